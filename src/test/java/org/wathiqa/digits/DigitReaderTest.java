package org.wathiqa.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wathiqa.Box;
import org.wathiqa.ocr.OcrLine;
import org.wathiqa.ocr.OcrWord;

/** The bundled reader on digit strings drawn in the printed fonts, with no OCR engine. */
class DigitReaderTest {
  private static final DigitReader READER = DigitReader.bundled();
  private static final int WORDS = 25;
  /** Share of numbers that must come back exactly. */
  private static final double MIN_EXACT = 0.7;
  /** Share of numbers that may come back changed but wrong. */
  private static final double MAX_WRONG = 0.05;

  @ParameterizedTest
  @EnumSource(names = {"AMIRI", "NOTO_NASKH", "DEJAVU_SANS", "KACST_ONE"})
  void read_garbledArabicIndicNumbers_restoresMostAndSpoilsFew(DigitFont font) {
    Random random = new Random(font.ordinal() * 31L + 5);
    int exact = 0;
    int wrong = 0;
    for (int i = 0; i < WORDS; i++) {
      String truth = number(random, font.font().canDisplay('/'));
      GlyphStrip strip = GlyphStrip.draw(font.font(), truth, 20 + random.nextInt(16),
          new GlyphStrip.Damage(false, 0.4, 8, random.nextLong()));
      String read = READER.read(strip.image(), new OcrWord(garble(truth), 0.5, GlyphStrip.inkBox(strip.image())), false);
      exact += truth.equals(read) ? 1 : 0;
      wrong += read != null && !truth.equals(read) && !garble(truth).equals(read) ? 1 : 0;
    }
    assertTrue(exact >= MIN_EXACT * WORDS, font + ": " + exact + " of " + WORDS + " numbers restored");
    assertTrue(wrong <= MAX_WRONG * WORDS, font + ": " + wrong + " of " + WORDS + " numbers changed for the worse");
  }

  @Test
  void bySeat_dotAtMidHeightIsTheZero_dotOnTheBaselineAStop() {
    Band band = new Band(100, 20);
    InkGlyph midHeight = new InkGlyph(0, 108, 4, 4, new boolean[16]);
    InkGlyph baseline = new InkGlyph(0, 116, 4, 4, new boolean[16]);
    assertEquals('\u0660', DigitReader.bySeat(new Guess('.', 3.0, 4.0), midHeight, band).label());
    assertEquals('.', DigitReader.bySeat(new Guess('\u0660', 3.0, 4.0), baseline, band).label());
    assertEquals(3.0, DigitReader.bySeat(new Guess('.', 3.0, 4.0), midHeight, band).distance());
    Guess two = new Guess('\u0662', 2.0, 4.0);
    assertEquals(two, DigitReader.bySeat(two, midHeight, band));
  }

  @Test
  void reread_lineWithoutDigits_comesBackUnchanged() {
    OcrLine line = new OcrLine("وزارة الداخلية", 0.9, new Box(0, 0, 10, 10),
        List.of(new OcrWord("وزارة", 0.9, new Box(0, 0, 5, 10))));
    assertEquals(line, READER.reread(new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_GRAY), List.of(line)).get(0));
  }

  @Test
  void reread_numberOnBlankPaper_keepsTextAndLowersConfidence() {
    BufferedImage blank = new BufferedImage(80, 40, BufferedImage.TYPE_BYTE_GRAY);
    blank.getRaster().setSamples(0, 0, 80, 40, 0, filled(80 * 40, 255));
    OcrWord word = new OcrWord("7017", 0.8, new Box(10, 10, 40, 20));
    OcrLine line = new OcrLine("التاريخ 7017", 0.8, new Box(0, 5, 80, 30), List.of(word));
    OcrLine out = READER.reread(blank, List.of(line)).get(0);
    assertEquals("التاريخ 7017", out.text());
    assertTrue(out.confidence() < line.confidence(), "confidence " + out.confidence());
  }

  @Test
  void reread_garbledYearInLine_replacesItInLineAndWord() {
    OcrLine out = yearRead(DigitFont.DEJAVU_SANS, "تشرين 17١17");
    assertEquals("تشرين ٢٠١٢", out.text());
    assertEquals("٢٠١٢", out.words().get(1).text());
  }

  @Test
  void reread_wordWrittenOtherwiseInLineText_rebuildsLineFromWords() {
    assertEquals("تشرين ٢٠١٢", yearRead(DigitFont.KACST_ONE, "تشرين 17\u200e١17").text());
  }

  /** The line {@code text}, with the words تشرين and 17١17, read again over ٢٠١٢ drawn in {@code font}. */
  private static OcrLine yearRead(DigitFont font, String text) {
    GlyphStrip strip = GlyphStrip.draw(font.font(), "٢٠١٢", 30, GlyphStrip.Damage.NONE);
    Box box = GlyphStrip.inkBox(strip.image());
    OcrLine line = new OcrLine(text, 0.7, box, List.of(new OcrWord("تشرين", 0.9, box),
        new OcrWord("17١17", 0.5, box)));
    return READER.reread(strip.image(), List.of(line)).get(0);
  }

  @ParameterizedTest
  @EnumSource(names = {"AMIRI", "NOTO_NASKH", "DEJAVU_SANS", "KACST_ONE"})
  void reread_dayTakenForAMarkBeforeAMonth_isReadAsTheDay(DigitFont font) {
    DigitReader reader = DigitReader.bundled(w -> w.equals("آب"));
    assertDaysRestored(font, new String[] {"٤", "٥", "٩", "١٢", "٢٣", "٣٠"}, day -> dayRead(reader, font, day, "©"),
        "التاريخ: %s آب ٢٠١٢", "التاريخ: © آب ٢٠١٢");
  }

  /**
   * All of {@code days} but one read back by {@code read} as {@code restored} with the day in it,
   * and none read otherwise than that or {@code unchanged}.
   */
  private static void assertDaysRestored(DigitFont font, String[] days, java.util.function.UnaryOperator<String> read,
      String restored, String unchanged) {
    int right = 0;
    int wrong = 0;
    for (String day : days) {
      String text = read.apply(day);
      right += text.equals(String.format(restored, day)) ? 1 : 0;
      wrong += !text.equals(String.format(restored, day)) && !text.equals(unchanged) ? 1 : 0;
    }
    assertTrue(right >= days.length - 1, font + ": " + right + " of " + days.length + " days restored");
    assertEquals(0, wrong, font + ": days read wrong");
  }

  @Test
  void reread_lettersBeforeAMonth_stayAsRead() {
    DigitReader reader = DigitReader.bundled(w -> w.equals("آب"));
    for (DigitFont font : new DigitFont[] {DigitFont.AMIRI, DigitFont.NOTO_NASKH}) {
      assertEquals("التاريخ: في آب ٢٠١٢", dayRead(reader, font, "في", "في"));
    }
  }

  @Test
  void reread_withoutMonthNames_leavesTheDayAlone() {
    assertEquals("التاريخ: © آب ٢٠١٢", dayRead(READER, DigitFont.AMIRI, "٥", "©"));
  }

  /** The line التاريخ: {@code read} آب ٢٠١٢, read again where {@code read} lies over {@code drawn}. */
  private static String dayRead(DigitReader reader, DigitFont font, String drawn, String read) {
    GlyphStrip strip = GlyphStrip.draw(font.font(), drawn, 30, GlyphStrip.Damage.NONE);
    Box box = GlyphStrip.inkBox(strip.image());
    Box elsewhere = new Box(0, 0, 1, 1);
    OcrLine line = new OcrLine("التاريخ: " + read + " آب ٢٠١٢", 0.8, box, List.of(
        new OcrWord("التاريخ:", 0.9, elsewhere), new OcrWord(read, 0.5, box), new OcrWord("آب", 0.9, elsewhere),
        new OcrWord("٢٠١٢", 0.9, elsewhere)));
    return reader.reread(strip.image(), List.of(line)).get(0).text();
  }

  @ParameterizedTest
  @EnumSource(names = {"AMIRI", "NOTO_NASKH", "DEJAVU_SANS", "KACST_ONE"})
  void reread_dayDroppedBetweenAWordAndAMonth_isPutBack(DigitFont font) {
    DigitReader reader = DigitReader.bundled(w -> w.equals("آب"));
    assertDaysRestored(font, new String[] {"٤", "٩", "١٢", "٢٣", "٣٠"}, day -> gapRead(reader, font, day, false),
        "القاهرة في %s آب ٢٠١٢", "القاهرة في آب ٢٠١٢");
  }

  @Test
  void reread_speckOfADayBeforeAMonth_isReplacedByTheDay() {
    DigitReader reader = DigitReader.bundled(w -> w.equals("آب"));
    for (DigitFont font : new DigitFont[] {DigitFont.AMIRI, DigitFont.NOTO_NASKH}) {
      assertEquals("القاهرة ٢٧ آب ٢٠١٢", gapRead(reader, font, "٢٧", true), font.toString());
    }
  }

  @Test
  void reread_lettersBetweenAWordAndAMonth_stayOutOfTheLine() {
    DigitReader reader = DigitReader.bundled(w -> w.equals("آب"));
    for (DigitFont font : new DigitFont[] {DigitFont.AMIRI, DigitFont.NOTO_NASKH}) {
      assertEquals("القاهرة في آب ٢٠١٢", gapRead(reader, font, "مقس", false), font.toString());
    }
  }

  /**
   * The line "القاهرة في آب ٢٠١٢" read again where {@code drawn} lies between في (to its right) and
   * آب (to its left), neither word box covering it; with {@code speck}, في is instead a speck of
   * the drawn ink, "/" read with no confidence, as the engine leaves of a day it lost.
   */
  private static String gapRead(DigitReader reader, DigitFont font, String drawn, boolean speck) {
    GlyphStrip strip = GlyphStrip.draw(font.font(), drawn, 30, GlyphStrip.Damage.NONE);
    Box ink = GlyphStrip.inkBox(strip.image());
    Box month = new Box(0, ink.y(), Math.max(1, ink.x() - 3), ink.h());
    Box before = new Box(ink.right() + 3, ink.y(), 20, ink.h());
    Box city = new Box(ink.right() + 30, ink.y(), 40, ink.h());
    Box elsewhere = new Box(0, 0, 1, 1);
    OcrWord fi = speck ? new OcrWord("/", 0.0, new Box(ink.x() + ink.w() / 2, ink.y() + ink.h() / 2, 2, 2))
        : new OcrWord("في", 0.9, before);
    String text = "القاهرة " + fi.text() + " آب ٢٠١٢";
    OcrLine line = new OcrLine(text, 0.8, ink, List.of(new OcrWord("القاهرة", 0.9, speck ? before : city), fi,
        new OcrWord("آب", 0.9, month), new OcrWord("٢٠١٢", 0.9, elsewhere)));
    return reader.reread(strip.image(), List.of(line)).get(0).text();
  }

  @Test
  void read_lettersOnly_givesNoNumber() {
    GlyphStrip strip = GlyphStrip.draw(DigitFont.AMIRI.font(), "مقس", 30, GlyphStrip.Damage.NONE);
    assertNull(READER.read(strip.image(), new OcrWord("77", 0.5, GlyphStrip.inkBox(strip.image())), false));
  }

  /** Two to eight digits, a date from six digits on where the font has a slash. */
  private static String number(Random random, boolean slashes) {
    StringBuilder s = new StringBuilder();
    int n = 2 + random.nextInt(7);
    for (int i = 0; i < n; i++) {
      s.append((char) ('\u0660' + random.nextInt(10)));
      if (slashes && n >= 6 && (i == 1 || i == 3)) {
        s.append('/');
      }
    }
    return s.toString();
  }

  /** What the engine makes of Arabic-Indic digits: ٢ ٣ as 7, ٠ as a dot, ٥ lost, the rest as Western. */
  private static String garble(String truth) {
    StringBuilder s = new StringBuilder();
    for (char c : truth.toCharArray()) {
      switch (c) {
        case '٢', '٣' -> s.append('7');
        case '٠' -> s.append('.');
        case '٥' -> { }
        default -> s.append(c >= '\u0660' && c <= '\u0669' ? (char) ('0' + c - '\u0660') : c);
      }
    }
    return s.length() == 0 || !NumberText.hasDigit(s) ? "1" + s : s.toString();
  }

  private static int[] filled(int n, int v) {
    int[] a = new int[n];
    java.util.Arrays.fill(a, v);
    return a;
  }

}
