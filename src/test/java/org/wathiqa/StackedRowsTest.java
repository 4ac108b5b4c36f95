package org.wathiqa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wathiqa.ocr.OcrLine;
import org.wathiqa.ocr.ScriptedEngine;

/** Rows of print beside a black register stamp read again when the engine joined or lost them. */
class StackedRowsTest {
  /** The register stamp, pressed over rows 1 and 2 of the letter's body. */
  private static final Box STAMP = new Box(250, 80, 150, 120);
  private static final OcrLine HEADING = new OcrLine("الموضوع: تقرير طبي شرعي", 0.9, new Box(20, 20, 560, 20));
  private static final OcrLine TAIL = new OcrLine("وتبين بالكشف الظاهري سبب الوفاة", 0.9, new Box(20, 300, 560, 20));
  private static final OcrLine FIRST = new OcrLine("تم الكشف على جثة المدعو", 0.9, new Box(20, 100, 560, 20));
  /** What the engine made of rows 1 and 2 and the stamp between them: one tall line. */
  private static final OcrLine JOINED = new OcrLine("تم الكشف قبلامثة إٍِ تحباي", 0.9, new Box(20, 100, 560, 70));

  /**
   * A letter's rows of words (20 px high, words 40 px wide 10 px apart, from x = 20 to 560) at
   * y = 20, 100, 150 and 300, and over rows 1 and 2 a stamp: its frame and small type between them.
   */
  private static BufferedImage page() {
    BufferedImage page = new BufferedImage(600, 400, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 600, 400);
    g.setColor(Color.BLACK);
    for (int y : new int[] {20, 100, 150, 300}) {
      for (int x = 20; x <= 520; x += 50) {
        g.fillRect(x, y + 6, 40, 10);
        g.fillRect(x + 5, y, 4, 20);
      }
    }
    g.drawRect(STAMP.x(), STAMP.y(), STAMP.w() - 1, STAMP.h() - 1);
    for (int x = 265; x < 385; x += 12) {
      g.fillRect(x, 128, 8, 14); // the stamp's own type, between the rows
    }
    g.dispose();
    return page;
  }

  @Test
  void rows_areFoundInTheColumnsClearOfTheStamp() {
    Box area = new Box(20, 60, 560, 160);

    List<int[]> rows = StackedRows.rows(page(), area, STAMP, 128, 20);

    assertEquals(2, rows.size(), "the stamp's type between the rows joins neither");
    assertArrayEquals(new int[] {100, 120}, rows.get(0));
    assertArrayEquals(new int[] {150, 170}, rows.get(1));
  }

  @Test
  void span_runsFromTheStampToTheFirstAndLastWordOfTheRow() {
    assertArrayEquals(new int[] {20, 560}, StackedRows.span(page(), new int[] {150, 170}, STAMP, 128, 20));
  }

  @Test
  void reread_aLineOverTwoRowsAcrossTheStamp_isReadRowByRow() throws Exception {
    ScriptedEngine engine = new ScriptedEngine("تم الكشف على جثة المدعو", 0.9, "المحالة من قبل النيابة العامة", 0.85);

    List<OcrLine> out = StackedRows.reread(List.of(HEADING, JOINED, TAIL), page(), List.of(STAMP), engine, 300);

    assertEquals(List.of("الموضوع: تقرير طبي شرعي", "تم الكشف على جثة المدعو", "المحالة من قبل النيابة العامة",
        "وتبين بالكشف الظاهري سبب الوفاة"), out.stream().map(OcrLine::text).toList());
    assertEquals(2, engine.calls());
  }

  @Test
  void reread_aRowNoLineCovers_isReadAloneAcrossItsWords_andTakesItsPlace() throws Exception {
    ScriptedEngine engine = new ScriptedEngine("المحالة من قبل النيابة العامة", 0.85);

    List<OcrLine> out = StackedRows.reread(List.of(HEADING, FIRST, TAIL), page(), List.of(STAMP), engine, 300);

    assertEquals(List.of(HEADING, FIRST), out.subList(0, 2));
    assertEquals("المحالة من قبل النيابة العامة", out.get(2).text());
    assertEquals(20 - 4, out.get(2).box().x(), "read from the row's first word, on a margin of a fifth of a line");
    assertEquals(TAIL, out.get(3));
  }

  @Test
  void reread_keepsTheLine_whenARowReadsUnsureOrInFragments() throws Exception {
    List<OcrLine> lines = List.of(HEADING, JOINED, TAIL);

    assertEquals(lines, StackedRows.reread(lines, page(), List.of(STAMP),
        new ScriptedEngine("تم الكشف على جثة المدعو", 0.9, "المحالة من قبل النيابة", 0.4), 300));
    assertEquals(lines, StackedRows.reread(lines, page(), List.of(STAMP),
        new ScriptedEngine("تم الكشف على جثة المدعو", 0.9, "ا ل م ن", 0.9), 300));
  }

  @Test
  void reread_readsNothing_withoutRegisterStamps_orBesideAStampWithNoPrint() throws Exception {
    ScriptedEngine engine = new ScriptedEngine("تم الكشف على جثة المدعو", 0.9);
    List<OcrLine> lines = List.of(HEADING, FIRST, TAIL);

    assertEquals(lines, StackedRows.reread(lines, page(), List.of(), engine, 300));
    assertEquals(lines, StackedRows.reread(lines, page(), List.of(new Box(200, 200, 100, 60)), engine, 300));
    assertEquals(0, engine.calls());
  }
}
