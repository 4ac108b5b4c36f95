package org.wathiqa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wathiqa.ocr.OcrLine;
import org.wathiqa.ocr.ScriptedEngine;
import org.wathiqa.prepare.ImageDiff;
import org.wathiqa.prepare.OpenCv;
import org.wathiqa.prepare.StampOutlines;

/** Lines under a black stamp read again with the stamp's thin strokes closed over. */
class UnderStampTest {
  private static final StampOutlines.Circle STAMP = new StampOutlines.Circle(200, 150, 80);

  @BeforeAll
  static void load() throws Exception {
    OpenCv.load();
  }

  private static BufferedImage paper() {
    BufferedImage page = new BufferedImage(400, 300, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 400, 300);
    g.dispose();
    return page;
  }

  /** Heavy print: a line of thick strokes across the page, through the stamp. */
  private static void print(BufferedImage page) {
    Graphics2D g = page.createGraphics();
    g.setColor(Color.BLACK);
    for (int x = 20; x < 380; x += 24) {
      g.fillRect(x, 140, 16, 10);
      g.fillRect(x + 4, 122, 8, 28);
    }
    g.dispose();
  }

  /** A stamp of thin strokes: its outline, ring letters and centre text; and a thin rule outside it. */
  private static void thinInk(BufferedImage page) {
    Graphics2D g = page.createGraphics();
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(2));
    g.drawOval(120, 70, 160, 160);
    for (int i = 0; i < 16; i++) {
      double a = Math.toRadians(i * 22.5);
      int x = (int) (200 + 66 * Math.cos(a));
      int y = (int) (150 + 66 * Math.sin(a));
      g.drawLine(x - 5, y - 6, x + 5, y + 6);
    }
    g.drawLine(160, 135, 240, 160);
    g.drawLine(20, 30, 100, 30); // outside the stamp: left alone
    g.dispose();
  }

  @Test
  void withoutThinStrokes_closesTheStampsThinInk_keepsHeavyPrint_andInkOutsideTheStamp() {
    BufferedImage stamped = paper();
    print(stamped);
    thinInk(stamped);
    BufferedImage expected = paper();
    print(expected);
    Graphics2D g = expected.createGraphics();
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(2));
    g.drawLine(20, 30, 100, 30);
    g.dispose();

    BufferedImage cleared = UnderStamp.withoutThinStrokes(stamped, List.of(STAMP), 5);

    ImageDiff.assertClose("under-stamp-thin-strokes", expected, cleared, 1.5);
    assertTrue(grey(cleared, 60, 30) < 128, "the thin rule outside the stamp stays");
    assertTrue(grey(cleared, 200, 145) < 128, "the heavy print inside the stamp stays");
  }

  private static int grey(BufferedImage image, int x, int y) {
    return image.getRaster().getSample(x, y, 0);
  }

  @Test
  void reread_unsureLineAcrossTheStamp_takesTheSurerReadingInWords() throws Exception {
    OcrLine across = new OcrLine(">\" رئيس\" المكتب", 0.05, new Box(60, 120, 280, 32));
    ScriptedEngine engine = new ScriptedEngine("رئيس المكتب", 0.8, "رئيس المكتب", 0.7);

    List<OcrLine> out = UnderStamp.reread(List.of(across), paper(), List.of(STAMP), engine, 300);

    assertEquals("رئيس المكتب", out.get(0).text());
    assertEquals(0.8, out.get(0).confidence(), 1e-9);
    assertEquals(2, engine.calls(), "one reading per stroke width");
  }

  @Test
  void reread_keepsTheFirstReading_whenTheNewOneIsFragmentsOrNotClearlySurer() throws Exception {
    OcrLine across = new OcrLine("الطبيب الدرعي", 0.3, new Box(60, 120, 280, 32));
    ScriptedEngine engine = new ScriptedEngine("عن ا ت", 0.9, "الطبيب الشرعي", 0.4);

    List<OcrLine> out = UnderStamp.reread(List.of(across), paper(), List.of(STAMP), engine, 300);

    assertSame(across, out.get(0));
  }

  @Test
  void reread_leavesSureLines_linesAwayFromStamps_andPagesWithoutStampsUnread() throws Exception {
    OcrLine sure = new OcrLine("رئيس المكتب", 0.9, new Box(60, 120, 280, 32));
    OcrLine away = new OcrLine("ر ا", 0.1, new Box(20, 260, 100, 30));
    ScriptedEngine engine = new ScriptedEngine("رئيس المكتب", 0.95);

    assertEquals(List.of(sure, away), UnderStamp.reread(List.of(sure, away), paper(), List.of(STAMP), engine, 300));
    assertEquals(List.of(away), UnderStamp.reread(List.of(away), paper(), List.of(), engine, 300));
    assertEquals(0, engine.calls());
  }
}
