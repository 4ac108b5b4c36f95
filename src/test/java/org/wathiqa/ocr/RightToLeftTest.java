package org.wathiqa.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wathiqa.Box;

/** Lines put back into reading order, and specks between Arabic words dropped, on word boxes alone. */
class RightToLeftTest {
  private static final int HEIGHT = 80;

  /** A word of {@code text} whose box spans {@code [left, right)} at the line's full height. */
  private static OcrWord word(String text, int left, int right) {
    return word(text, left, right, HEIGHT);
  }

  private static OcrWord word(String text, int left, int right, int height) {
    return new OcrWord(text, 0.9, new Box(left, 100 + (HEIGHT - height) / 2, right - left, height));
  }

  private static OcrLine line(OcrWord... words) {
    StringBuilder text = new StringBuilder();
    for (OcrWord w : words) {
      text.append(text.length() > 0 ? " " : "").append(w.text());
    }
    return new OcrLine(text.toString(), 0.9, new Box(0, 100, 2000, HEIGHT), List.of(words));
  }

  private static List<String> texts(OcrLine line) {
    List<String> out = new ArrayList<>();
    line.words().forEach(w -> out.add(w.text()));
    return out;
  }

  @Test
  void ordered_partRightOfASpeckGivenLast_isPutFirst() {
    OcrLine engine = line(word("ومعظم", 1140, 1279), word("من", 1043, 1110), word("يخدرون", 835, 1018),
        word("تسكينا", 217, 375), word("٠", 1309, 1323, 15), word("بوصمة", 1729, 1875), word("التخدر", 1557, 1707),
        word("بالافيون", 1352, 1533));
    OcrLine fixed = RightToLeft.ordered(engine);
    assertEquals(List.of("بوصمة", "التخدر", "بالافيون", "٠", "ومعظم", "من", "يخدرون", "تسكينا"), texts(fixed));
    assertEquals("بوصمة التخدر بالافيون ٠ ومعظم من يخدرون تسكينا", fixed.text());
  }

  @Test
  void ordered_lineAlreadyRightToLeft_isLeftAsItIs() {
    OcrLine engine = line(word("بتاريخ", 1500, 1700), word("12", 1250, 1290), word("/", 1300, 1315),
        word("4", 1330, 1360), word("تم", 1000, 1100), word("الكشف", 800, 950));
    assertSame(engine, RightToLeft.ordered(engine));
  }

  @Test
  void ordered_numberOfSeveralWordsInAReorderedLine_staysLeftToRight() {
    OcrLine engine = line(word("الكشف", 800, 950), word("بتاريخ", 1500, 1700), word("12", 1250, 1290),
        word("/", 1300, 1315), word("4", 1330, 1360), word("تم", 1000, 1100));
    assertEquals(List.of("بتاريخ", "12", "/", "4", "تم", "الكشف"), texts(RightToLeft.ordered(engine)));
  }

  @Test
  void ordered_dateLineGivenLeftToRight_isPutRightToLeft() {
    // التاريخ: ٣٠ أكتوبر ٢٠١٧ as the engine gave it: its words from left to right on the page
    OcrLine engine = line(word("٢٠١٧", 900, 980), word("أكتوبر", 1000, 1130), word("٣٠", 1150, 1190),
        word("التاريخ:", 1210, 1380));
    assertEquals(List.of("التاريخ:", "٣٠", "أكتوبر", "٢٠١٧"), texts(RightToLeft.ordered(engine)));
  }

  @Test
  void ordered_oneArabicWord_isNotJudged() {
    OcrLine engine = line(word("الرقم:", 200, 300), word("٤٥٧٢", 400, 500), word("/", 510, 520), word("7", 600, 650));
    assertSame(engine, RightToLeft.ordered(engine));
  }

  @Test
  void withoutSpecks_smallMarkBetweenArabicWords_isDropped() {
    OcrLine engine = line(word("أرق", 1787, 1881), word("متتابع", 1615, 1768), word("٠", 1576, 1590, 16),
        word("بل", 1488, 1547), word("ويصاب", 1286, 1461));
    assertEquals(List.of("أرق", "متتابع", "بل", "ويصاب"), texts(RightToLeft.withoutSpecks(engine)));
    assertEquals("أرق متتابع بل ويصاب", RightToLeft.withoutSpecks(engine).text());
    OcrLine plus = line(word("من", 1787, 1881), word("أيعابه", 1615, 1768), word("+", 1576, 1590, 25),
        word("وتخلفه", 1388, 1547), word("عن", 1286, 1361));
    assertEquals("من أيعابه وتخلفه عن", RightToLeft.withoutSpecks(plus).text());
  }

  @Test
  void withoutSpecks_digitOfTextHeightOrAStopEndingTheLine_stay() {
    OcrLine day = line(word("دمشق", 1700, 1850), word("في", 1600, 1680), word("٥", 1550, 1580, 40),
        word("آب", 1450, 1530), word("٢٠١٣", 1300, 1430));
    assertSame(day, RightToLeft.withoutSpecks(day));
    OcrLine stop = line(word("وتفضلوا", 1600, 1850), word("بقبول", 1400, 1580), word("الاحترام", 1100, 1380),
        word(".", 1080, 1090, 10));
    assertSame(stop, RightToLeft.withoutSpecks(stop));
    OcrLine zero = line(word("العدد:", 1700, 1850), word("الرقم", 1500, 1650), word("٠", 1470, 1480, 15),
        word("٤٩٢/م", 1350, 1460), word("ع", 1300, 1330));
    assertSame(zero, RightToLeft.withoutSpecks(zero));
  }
}
