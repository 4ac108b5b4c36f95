package org.wathiqa.stamp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wathiqa.Box;
import org.wathiqa.Stamp;
import org.wathiqa.ocr.OcrEngine;
import org.wathiqa.ocr.OcrLine;

/** Detection, shape, colour and box on pages drawn with Java2D, with an engine that reads nothing. */
class StampFinderTest {
  private static final int DPI = 150;
  private static final OcrEngine SILENT = new OcrEngine() {
    @Override
    public List<OcrLine> recognize(BufferedImage page, int dpi) {
      return List.of();
    }

    @Override
    public void close() {}
  };
  private static Font font;

  @BeforeAll
  static void loadFont() throws Exception {
    try (InputStream in = StampFinderTest.class.getResourceAsStream(
        "/org/wathiqa/fixtures/fonts/NotoNaskhArabic-Regular.ttf")) {
      font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(18f);
    }
  }

  private static BufferedImage page(int type) {
    BufferedImage page = new BufferedImage(1240, 1750, type);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, page.getWidth(), page.getHeight());
    g.setColor(Color.BLACK);
    g.setFont(font.deriveFont(28f));
    for (int y = 200; y < 1600; y += 60) {
      g.drawString("نرجو الموافقة على دفن الجثث مجهولة الهوية الموجودة في براد المشفى", 150, y);
    }
    g.dispose();
    return page;
  }

  private static void roundStamp(BufferedImage page, Color ink, int cx, int cy, int r) {
    Graphics2D g = page.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(ink);
    g.setStroke(new BasicStroke(4));
    g.drawOval(cx - r, cy - r, 2 * r, 2 * r);
    g.setStroke(new BasicStroke(2));
    int inner = (int) (r * 0.6);
    g.drawOval(cx - inner, cy - inner, 2 * inner, 2 * inner);
    g.setFont(font);
    g.drawString("قيادة الشرطة", cx - 45, cy + 6);
    g.dispose();
  }

  private static void rectStamp(BufferedImage page, Color ink, int x, int y, int w, int h) {
    Graphics2D g = page.createGraphics();
    g.setColor(ink);
    g.setStroke(new BasicStroke(3));
    g.drawRect(x, y, w, h);
    g.setFont(font);
    g.drawString("وارد رقم ٣٣٤٦", x + 40, y + h / 2);
    g.dispose();
  }

  @Test
  void find_blueRoundStampOverText_returnsRoundStampWithItsBoxAndColour() throws Exception {
    BufferedImage page = page(BufferedImage.TYPE_3BYTE_BGR);
    roundStamp(page, new Color(0x2a, 0x3a, 0x9a), 600, 900, 115);
    List<Stamp> stamps = new StampFinder().find(page, DPI, SILENT);
    assertEquals(1, stamps.size(), stamps.toString());
    Stamp s = stamps.get(0);
    assertEquals("round", s.shape());
    assertTrue(s.box().iou(new Box(483, 783, 234, 234)) > 0.8, s.box().toString());
    assertTrue(s.color().startsWith("#") && s.color().length() == 7);
    int blue = Integer.parseInt(s.color().substring(5), 16);
    int red = Integer.parseInt(s.color().substring(1, 3), 16);
    assertTrue(blue > red + 40, s.color());
  }

  @Test
  void find_redRectangularStamp_returnsRect() throws Exception {
    BufferedImage page = page(BufferedImage.TYPE_INT_RGB);
    rectStamp(page, new Color(0xb2, 0x2a, 0x2a), 400, 500, 260, 140);
    List<Stamp> stamps = new StampFinder().find(page, DPI, SILENT);
    assertEquals(1, stamps.size(), stamps.toString());
    assertEquals("rect", stamps.get(0).shape());
    assertTrue(stamps.get(0).box().iou(new Box(400, 500, 262, 142)) > 0.8, stamps.get(0).box().toString());
  }

  @Test
  void find_registerStampPressedHalfOverARoundOne_findsBothWithTheWholeFrame() throws Exception {
    BufferedImage page = page(BufferedImage.TYPE_3BYTE_BGR);
    Color violet = new Color(0x7a, 0x3c, 0x9e);
    roundStamp(page, violet, 600, 900, 115);
    rectStamp(page, violet, 620, 830, 300, 150);
    List<Stamp> stamps = new StampFinder().find(page, DPI, SILENT);
    assertEquals(2, stamps.size(), stamps.toString());
    Stamp rect = stamps.stream().filter(s -> s.shape().equals("rect")).findFirst().orElseThrow();
    assertTrue(rect.box().iou(new Box(620, 830, 302, 152)) > 0.8, rect.box().toString());
  }

  @Test
  void find_blackRegisterStampCrossedByPrint_findsItsFrame() throws Exception {
    BufferedImage page = page(BufferedImage.TYPE_BYTE_GRAY); // lines of print every 60 px, across the frame
    Graphics2D g = page.createGraphics();
    g.setColor(Color.BLACK);
    for (int x = 400; x < 700; x += 12) { // a thin frame, its ink broken as a photocopy breaks it
      g.fillRect(x, 470, 10, 2);
      g.fillRect(x, 620, 10, 2);
    }
    for (int y = 470; y < 622; y += 12) {
      g.fillRect(400, y, 2, 10);
      g.fillRect(698, y, 2, 10);
    }
    g.setFont(font.deriveFont(30f));
    g.drawString("بحضور الطبيب عبد الله منير الدروبي", 250, 478); // print over the top side
    g.drawString("يرجى الاطلاع وإجراء اللازم", 300, 560);       // and across the left side
    g.dispose();
    List<Stamp> stamps = new StampFinder().find(page, DPI, SILENT);
    assertEquals(1, stamps.size(), stamps.toString());
    assertEquals("rect", stamps.get(0).shape());
    assertTrue(stamps.get(0).box().iou(new Box(400, 470, 300, 152)) > 0.8, stamps.get(0).box().toString());
  }

  @Test
  void find_blackRegisterStampPressedAskewAcrossPrint_findsItsFrame() throws Exception {
    BufferedImage page = page(BufferedImage.TYPE_BYTE_GRAY); // lines of print every 60 px, across the frame
    Graphics2D g = page.createGraphics();
    g.setColor(Color.BLACK);
    g.rotate(Math.toRadians(8), 550, 545);
    for (int x = 400; x < 700; x += 12) { // a frame 300 x 150, its ink broken as a photocopy breaks it
      g.fillRect(x, 470, 10, 3);
      g.fillRect(x, 620, 10, 3);
    }
    for (int y = 470; y < 623; y += 12) {
      g.fillRect(400, y, 3, 10);
      g.fillRect(697, y, 3, 10);
    }
    g.dispose();
    List<Stamp> stamps = new StampFinder().find(page, DPI, SILENT);
    assertEquals(1, stamps.size(), stamps.toString());
    assertEquals("rect", stamps.get(0).shape());
    // the frame's bounding box once turned 8 degrees: 300 cos 8 + 150 sin 8 by 300 sin 8 + 150 cos 8
    assertTrue(stamps.get(0).box().iou(new Box(391, 450, 318, 190)) > 0.75, stamps.get(0).box().toString());
  }

  @Test
  void find_blackRoundStampOnGreyPage_findsItByOutline() throws Exception {
    BufferedImage page = page(BufferedImage.TYPE_BYTE_GRAY);
    roundStamp(page, Color.BLACK, 600, 900, 115);
    List<Stamp> stamps = new StampFinder().find(page, DPI, SILENT);
    assertEquals(1, stamps.size(), stamps.toString());
    assertEquals("round", stamps.get(0).shape());
    assertTrue(stamps.get(0).box().iou(new Box(483, 783, 234, 234)) > 0.7, stamps.get(0).box().toString());
  }

  @Test
  void find_paleGreyRoundStampOnGreyPage_findsItThoughItIsLighterThanThePrintThreshold() throws Exception {
    BufferedImage page = page(BufferedImage.TYPE_BYTE_GRAY); // black print: the threshold falls between it and paper
    roundStamp(page, new Color(165, 165, 165), 600, 900, 115); // a coloured stamp scanned in grey
    List<Stamp> stamps = new StampFinder().find(page, DPI, SILENT);
    assertEquals(1, stamps.size(), stamps.toString());
    assertEquals("round", stamps.get(0).shape());
    assertTrue(stamps.get(0).box().iou(new Box(483, 783, 234, 234)) > 0.7, stamps.get(0).box().toString());
  }

  @Test
  void find_blueStampTouchedBySignature_keepsTheCircleBoxAndNoSecondStamp() throws Exception {
    BufferedImage page = page(BufferedImage.TYPE_3BYTE_BGR);
    Color blue = new Color(0x2a, 0x3a, 0x9a);
    roundStamp(page, blue, 600, 900, 115);
    Graphics2D g = page.createGraphics();
    g.setColor(blue);
    g.setStroke(new BasicStroke(3));
    g.drawPolyline(new int[] {260, 330, 380, 420, 470, 520, 560}, new int[] {960, 900, 990, 910, 1000, 930, 960}, 7);
    g.dispose();
    List<Stamp> stamps = new StampFinder().find(page, DPI, SILENT);
    assertEquals(1, stamps.size(), stamps.toString());
    assertEquals("round", stamps.get(0).shape());
    assertTrue(stamps.get(0).box().iou(new Box(483, 783, 234, 234)) > 0.8, stamps.get(0).box().toString());
  }

  @Test
  void find_blackRegisterStampOnGreyPage_findsItsFrame() throws Exception {
    BufferedImage page = page(BufferedImage.TYPE_BYTE_GRAY);
    rectStamp(page, Color.BLACK, 400, 500, 260, 140);
    List<Stamp> stamps = new StampFinder().find(page, DPI, SILENT);
    assertEquals(1, stamps.size(), stamps.toString());
    assertEquals("rect", stamps.get(0).shape());
    assertTrue(stamps.get(0).box().iou(new Box(400, 500, 262, 142)) > 0.8, stamps.get(0).box().toString());
  }

  @Test
  void find_redRegisterStampPressedOverAVioletRoundOne_findsBothInTheirColours() throws Exception {
    BufferedImage page = page(BufferedImage.TYPE_3BYTE_BGR);
    roundStamp(page, new Color(0x6a, 0x3d, 0x9a), 600, 900, 115);
    rectStamp(page, new Color(0xb2, 0x2a, 0x2a), 520, 870, 180, 100); // within the round stamp, across its ring
    List<Stamp> stamps = new StampFinder().find(page, DPI, SILENT);
    assertEquals(2, stamps.size(), stamps.toString());
    Stamp round = stamps.stream().filter(s -> s.shape().equals("round")).findFirst().orElseThrow();
    Stamp rect = stamps.stream().filter(s -> s.shape().equals("rect")).findFirst().orElseThrow();
    assertTrue(round.box().iou(new Box(483, 783, 234, 234)) > 0.8, round.box().toString());
    assertTrue(rect.box().iou(new Box(520, 870, 182, 102)) > 0.8, rect.box().toString());
    assertTrue(InkHues.distance(InkHues.of(round.color()), InkHues.of("#6a3d9a")) <= InkHues.OTHER_HUE, round.color());
    assertTrue(InkHues.distance(InkHues.of(rect.color()), InkHues.of("#b22a2a")) <= InkHues.OTHER_HUE, rect.color());
  }

  @Test
  void find_blueSignatureAcrossARedRoundStamp_findsOnlyTheStamp() throws Exception {
    BufferedImage page = page(BufferedImage.TYPE_3BYTE_BGR);
    roundStamp(page, new Color(0xb2, 0x2a, 0x2a), 600, 900, 115);
    Graphics2D g = page.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(0x18, 0x23, 0x6c));
    g.setStroke(new BasicStroke(3));
    int[] xs = new int[21];
    int[] ys = new int[21];
    for (int i = 0; i < xs.length; i++) { // a zigzag signature across the bottom of the ring
      xs[i] = 480 + 12 * i;
      ys[i] = i % 2 == 0 ? 1030 : 975;
    }
    g.drawPolyline(xs, ys, xs.length);
    g.dispose();
    List<Stamp> stamps = new StampFinder().find(page, DPI, SILENT);
    assertEquals(1, stamps.size(), stamps.toString());
    assertEquals("round", stamps.get(0).shape());
  }

  @Test
  void find_textOnly_findsNoStamp() throws Exception {
    assertEquals(List.of(), new StampFinder().find(page(BufferedImage.TYPE_3BYTE_BGR), DPI, SILENT));
  }
}
