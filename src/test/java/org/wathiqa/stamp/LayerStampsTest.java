package org.wathiqa.stamp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wathiqa.Box;
import org.wathiqa.Line;
import org.wathiqa.Stamp;

class LayerStampsTest {

  static Line line(String text, int x, int y, int w, int h) {
    return new Line(text, 1, new Box(x, y, w, h));
  }

  @Test
  void group_ringWithCentreLines_isOneRoundStampRingFirst() {
    List<Stamp> stamps = LayerStamps.group(List.of(
        line("الشرطة العسكرية", 833, 1607, 216, 91),
        line("2013", 887, 1687, 77, 56),
        line("* الجمهورية العربية السورية * الشرطة العسكرية", 773, 1437, 394, 459)));
    assertEquals(1, stamps.size());
    Stamp s = stamps.get(0);
    assertEquals("round", s.shape());
    assertEquals("* الجمهورية العربية السورية * الشرطة العسكرية", s.ringText());
    assertEquals("الشرطة العسكرية 2013", s.centerText());
    assertEquals(s.ringText() + " " + s.centerText(), s.text());
    assertEquals(new Box(773, 1437, 394, 459), s.box());
  }

  @Test
  void group_linesOneUnderAnotherAwayFromRings_areOneRectangularStamp() {
    List<Stamp> stamps = LayerStamps.group(List.of(
        line("تاريخ: 23/5/2011", 758, 1031, 375, 74),
        line("مكتب المحافظ", 802, 894, 301, 71),
        line("صادر رقم: 876", 790, 963, 318, 72),
        line("مكتب", 748, 1762, 116, 58),
        line("جمهوريةمصرالعربية٭وزارةالإدارةالمحلية", 608, 1645, 394, 374)));
    assertEquals(2, stamps.size());
    Stamp rect = stamps.get(1);
    assertEquals("rect", rect.shape());
    assertEquals("مكتب المحافظ صادر رقم: 876 تاريخ: 23/5/2011", rect.text());
    assertNull(rect.ringText());
    assertEquals("مكتب", stamps.get(0).centerText());
  }

  @Test
  void group_ringOverTheTopOnly_isStillARing() {
    // short ring text covers the upper arc: its box is wider than high
    List<Stamp> stamps = LayerStamps.group(List.of(
        line("السجل المدني", 701, 1646, 202, 75),
        line("جمهوريةالعراق٭وزارةالداخلية", 631, 1510, 341, 240)));
    assertEquals(1, stamps.size());
    assertEquals("round", stamps.get(0).shape());
    assertEquals("السجل المدني", stamps.get(0).centerText());
  }

  @Test
  void group_ringOverTheTopOnly_takesTheYearBelowItsTextIntoTheCentre() {
    List<Stamp> stamps = LayerStamps.group(List.of(
        line("المشفى", 724, 1991, 96, 56),
        line("العسكري", 719, 2040, 120, 60),
        line("٢٠٠٩", 748, 2100, 76, 45),
        line("جمهوريةالعراق٭وزارةالصحة", 619, 1900, 318, 199)));
    assertEquals(1, stamps.size());
    assertEquals("المشفى العسكري ٢٠٠٩", stamps.get(0).centerText());
    assertEquals(new Box(619, 1900, 318, 318), stamps.get(0).box(), "the circle's square, hanging from the text's top");
  }

  @Test
  void group_smallStampAtLowResolution_isStillARing() {
    List<Stamp> stamps = LayerStamps.group(List.of(
        line("النيابة العامة", 150, 160, 60, 22),
        line("* جمهورية مصر العربية * وزارة العدل", 110, 110, 140, 135)));
    assertEquals(List.of("round"), stamps.stream().map(Stamp::shape).toList());
  }

  @Test
  void isRing_straightLinesAndShortWords_areNot() {
    assertFalse(LayerStamps.isRing(line("الشرطة العسكرية", 833, 1607, 216, 91)));
    assertFalse(LayerStamps.isRing(line("النيابة العامة بسوهاج", 991, 1141, 446, 75)));
    assertFalse(LayerStamps.isRing(line("2013", 887, 1687, 77, 56)));
    assertFalse(LayerStamps.isRing(line("مكتب", 748, 1762, 116, 58)));
  }

  @Test
  void group_registerStampOverARing_keepsItsLinesOutOfTheCentre() {
    List<Stamp> stamps = LayerStamps.group(List.of(
        line("المشفى", 1382, 1751, 140, 52),
        line("العسكري", 1375, 1805, 158, 53),
        line("المشفى العسكري بالبصرة", 1221, 1541, 502, 70),
        line("وارد رقم: 6125", 1313, 1610, 314, 63),
        line("تاريخ: 27/10/2017", 1275, 1674, 385, 66),
        line("جمهورية العراق ٭ وزارة الصحة", 1283, 1632, 339, 254)));
    assertEquals(List.of("round", "rect"), stamps.stream().map(Stamp::shape).toList());
    assertEquals("المشفى العسكري", stamps.get(0).centerText());
    assertEquals("المشفى العسكري بالبصرة وارد رقم: 6125 تاريخ: 27/10/2017", stamps.get(1).text());
  }

  @Test
  void group_noStampLines_givesNoStamps() {
    assertEquals(List.of(), LayerStamps.group(List.of()));
  }
}
