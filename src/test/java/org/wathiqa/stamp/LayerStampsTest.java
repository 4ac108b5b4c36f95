package org.wathiqa.stamp;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
  void group_noStampLines_givesNoStamps() {
    assertEquals(List.of(), LayerStamps.group(List.of()));
  }
}
