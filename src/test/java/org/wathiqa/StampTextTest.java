package org.wathiqa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StampTextTest {
  /** A black register stamp over a letter, read with the print under it. */
  private static final Stamp REGISTER = new Stamp("rect", "#000000",
      "فرع الشرطة العسكرية بحمص وارد رقم: ٢٨٦٤ تاريخ: ٢٢/٥/٢٠١٣", null, null, 0.8, new Box(800, 640, 700, 320));
  private static final Stamp ROUND = new Stamp("round", "#000000", "الجمهورية العربية السورية وزارة الصحة مديرية الصحة",
      "الجمهورية العربية السورية وزارة الصحة", "مديرية الصحة", 0.8, new Box(300, 1700, 480, 480));

  private static List<String> texts(List<Line> lines) {
    return lines.stream().map(Line::text).toList();
  }

  @Test
  void aLineInsideARegisterStamp_thatTheStampReadingRepeats_isTheStampsText() {
    List<Line> lines = List.of(
        new Line("الموضوع: إحالة موقوفين", 0.9, new Box(1580, 900, 620, 90)),
        new Line("فرع الشرطة العسكرية بحمص", 0.96, new Box(840, 670, 610, 100)),
        new Line("تاريخ: ٢٢/٥/٢٠١٣", 0.9, new Box(900, 850, 300, 60)));

    assertEquals(List.of("الموضوع: إحالة موقوفين"), texts(PageProcessor.withoutStampText(lines, List.of(REGISTER))));
  }

  @Test
  void printUnderARegisterStamp_thatItsReadingDoesNotHold_staysInTheText() {
    List<Line> lines = List.of(new Line("سري للغاية", 0.9, new Box(900, 760, 300, 60)),
        new Line("فرع الشرطة العسكرية بحمص", 0.96, new Box(100, 300, 610, 100)));

    assertEquals(texts(lines), texts(PageProcessor.withoutStampText(lines, List.of(REGISTER))),
        "the first is not in the stamp's reading, the second lies outside the stamp");
  }

  @Test
  void fragmentsReadWithinARegisterStamp_areTheStampsInk_butNotOutsideIt() {
    List<Line> lines = List.of(
        new Line("[ سم سح |", 0.77, new Box(900, 700, 200, 50)),
        new Line("1 د مد ب 7ج", 0.73, new Box(880, 800, 260, 50)),
        new Line("1 د مد ب 7ج", 0.73, new Box(100, 800, 260, 50)));

    assertEquals(List.of("1 د مد ب 7ج"), texts(PageProcessor.withoutStampText(lines, List.of(REGISTER))),
        "the last lies outside the stamp");
  }

  @Test
  void aTitleUnderARoundStamp_thatSaysWhatItsCentreSays_staysInTheText() {
    List<Line> lines = List.of(new Line("مدير الصحة", 0.93, new Box(350, 1900, 210, 60)));

    assertEquals(texts(lines), texts(PageProcessor.withoutStampText(lines, List.of(ROUND))));
  }

  @Test
  void shortScraps_areNotMatchedAgainstAStampReading() {
    List<Line> lines = List.of(new Line("رقم", 0.9, new Box(900, 760, 100, 60)));

    assertEquals(texts(lines), texts(PageProcessor.withoutStampText(lines, List.of(REGISTER))));
  }
}
