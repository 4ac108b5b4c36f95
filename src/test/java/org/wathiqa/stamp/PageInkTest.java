package org.wathiqa.stamp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;
import org.wathiqa.Box;
import org.wathiqa.prepare.OpenCv;

/** The print a stamp is read from, without another stamp's ink where that stamp lies over it. */
class PageInkTest {
  private static final Color VIOLET = new Color(0x6a, 0x3d, 0x9a);
  private static final Color RED = new Color(0xb2, 0x2a, 0x2a);
  private static final Candidate ROUND = new Candidate("round", new Box(100, 100, 200, 200), 200, 200, 100, true, "#6a3d9a");
  private static final Candidate RECT = new Candidate("rect", new Box(130, 150, 140, 100), 200, 200, 0, true, "#b22a2a");

  @BeforeAll
  static void loadOpenCv() throws Exception {
    OpenCv.load();
  }

  /**
   * A white page with a violet circle of radius 100 round (200, 200), drawn 3 px wide, and what
   * {@code more} draws on it, starting in violet with the same stroke.
   */
  private static BufferedImage violetStamp(Consumer<Graphics2D> more) {
    BufferedImage page = new BufferedImage(400, 400, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 400, 400);
    g.setStroke(new BasicStroke(3));
    g.setColor(VIOLET);
    g.drawOval(100, 100, 200, 200);
    more.accept(g);
    g.dispose();
    return page;
  }

  /** The violet circle, its inner circle, and a red frame over it, (130, 150) to (270, 250). */
  private static BufferedImage page() {
    return violetStamp(g -> {
      g.drawOval(140, 140, 120, 120); // the inner circle, its sides inside the frame
      g.setColor(RED);
      g.drawRect(130, 150, 140, 100);
    });
  }

  private static int grey(Mat m, int x, int y) {
    return (int) m.get(y, x)[0];
  }

  @Test
  void printWithout_overlappingStampOfAnotherHue_leavesOutItsInkOnly() {
    try (PageInk ink = PageInk.of(page(), 200)) {
      assertTrue(grey(ink.print(), 140, 200) < 200, "the inner circle is ink in the print");
      Mat forRect = ink.printWithout(RECT, List.of(ROUND, RECT));
      Mat forRound = ink.printWithout(ROUND, List.of(ROUND, RECT));
      try {
        assertEquals(255, grey(forRect, 140, 200), "the violet circle, inside the frame, is paper for the frame");
        assertTrue(grey(forRect, 130, 200) < 200, "the frame's own side stays ink");
        assertEquals(255, grey(forRound, 130, 200), "the red frame is paper for the round stamp");
        assertTrue(grey(forRound, 200, 101) < 200, "the round stamp's own border stays ink");
      } finally {
        forRect.release();
        forRound.release();
      }
    }
  }

  @Test
  void printWithout_stampAloneOrOverlappedInItsOwnHue_isNull() {
    try (PageInk ink = PageInk.of(page(), 200)) {
      Candidate violetRect = new Candidate("rect", RECT.box(), 200, 200, 0, true, "#6e3a9e");
      assertNull(ink.printWithout(ROUND, List.of(ROUND)));
      assertNull(ink.printWithout(ROUND, List.of(ROUND, violetRect)));
    }
  }

  /** {@code ink} laid over white paper at {@code share} of its strength. */
  private static Color faint(Color ink, double share) {
    return new Color((int) Math.round(255 - share * (255 - ink.getRed())),
        (int) Math.round(255 - share * (255 - ink.getGreen())), (int) Math.round(255 - share * (255 - ink.getBlue())));
  }

  /**
   * A violet round stamp whose centre holds a bar of clear violet ink, (180, 199) to (199, 201), that
   * goes on in violet too faint to pass for ink, to x = 229; beside it, 4 px away, faint grey and
   * faint red strokes as pale.
   */
  private static BufferedImage blurredPage() {
    return violetStamp(g -> {
      g.fillRect(180, 199, 20, 3);
      g.setColor(faint(VIOLET, 0.15));
      g.fillRect(200, 199, 30, 3);
      g.setColor(new Color(228, 228, 228));
      g.fillRect(180, 195, 20, 1);
      g.setColor(faint(RED, 0.1));
      g.fillRect(180, 205, 20, 1);
    });
  }

  @Test
  void printFor_takesBackFaintInkOfTheStampsHueNearItsInk_only() {
    try (PageInk ink = PageInk.of(blurredPage(), 200)) {
      assertEquals(255, grey(ink.print(), 204, 200), "faint violet is too pale for the page's ink layer");
      Mat forRound = ink.printFor(ROUND, List.of(ROUND));
      try {
        assertTrue(grey(forRound, 204, 200) < 240, "faint violet beside the stamp's ink is its ink");
        assertEquals(255, grey(forRound, 226, 200), "faint violet far from any clear ink stays paper");
        assertEquals(255, grey(forRound, 190, 195), "a faint grey stroke as near stays paper");
        assertEquals(255, grey(forRound, 190, 205), "a faint stroke of another hue as near stays paper");
        assertTrue(grey(forRound, 190, 200) < 200, "the clear ink stays");
      } finally {
        forRound.release();
      }
    }
  }

  /** A grey page: a circle of radius 100 round (200, 200) in {@code stampGrey}, a black bar of print across it. */
  private static BufferedImage greyPage(int stampGrey) {
    BufferedImage page = new BufferedImage(400, 400, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 400, 400);
    g.setStroke(new BasicStroke(4));
    g.setColor(new Color(stampGrey, stampGrey, stampGrey));
    g.drawOval(100, 100, 200, 200);
    g.drawLine(160, 230, 240, 230); // a stroke of the stamp's centre text
    g.setColor(Color.BLACK);
    g.fillRect(60, 190, 280, 12); // a line of print across the stamp
    g.dispose();
    return page;
  }

  private static final Candidate GREY_ROUND = new Candidate("round", new Box(100, 100, 200, 200), 200, 200, 100, false, "#000000");

  @Test
  void withoutPrint_stampPalerThanThePrint_leavesTheStampAndTakesThePrintOut() {
    try (PageInk ink = PageInk.of(greyPage(170), 200)) {
      Mat without = ink.withoutPrint(GREY_ROUND, org.wathiqa.prepare.GreyLevels.of(ink.grey()));
      try {
        assertTrue(grey(ink.grey(), 200, 195) < 50, "print in the page");
        assertTrue(grey(without, 200, 195) > 230, "print taken out within the stamp");
        assertTrue(grey(without, 70, 195) < 50, "print beyond the stamp's reach left");
        assertEquals(grey(ink.grey(), 200, 101), grey(without, 200, 101), "the stamp's border kept");
        assertEquals(grey(ink.grey(), 200, 230), grey(without, 200, 230), "the stamp's own letters kept");
      } finally {
        without.release();
      }
    }
  }

  @Test
  void withoutPrint_stampAsDarkAsThePrint_isNull() {
    try (PageInk ink = PageInk.of(greyPage(20), 200)) {
      org.wathiqa.prepare.GreyLevels levels = org.wathiqa.prepare.GreyLevels.of(ink.grey());
      assertNull(ink.withoutPrint(GREY_ROUND, levels));
    }
    try (PageInk ink = PageInk.of(framedPage(20, false), 200)) {
      assertNull(ink.withoutPrint(GREY_FRAME, org.wathiqa.prepare.GreyLevels.of(ink.grey())));
    }
  }

  private static final Candidate GREY_FRAME = new Candidate("rect", new Box(100, 120, 200, 120), 200, 180, 0, false, "#000000");

  /**
   * A grey page: a register stamp's frame from (100, 120) to (300, 240) in {@code stampGrey}, a
   * stroke of its text inside, a black bar of print across it; with {@code speckled}, instead of the
   * frame specks 3 px wide every 5 px along its sides, so that a fifth of the way round each side
   * nothing is inked (noise, not a frame).
   */
  private static BufferedImage framedPage(int stampGrey, boolean speckled) {
    BufferedImage page = new BufferedImage(400, 400, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 400, 400);
    g.setColor(new Color(stampGrey, stampGrey, stampGrey));
    if (speckled) {
      for (int x = 100; x < 300; x += 5) {
        g.fillRect(x, 121, 3, 3);
        g.fillRect(x, 236, 3, 3);
      }
      for (int y = 120; y < 240; y += 5) {
        g.fillRect(101, y, 3, 3);
        g.fillRect(296, y, 3, 3);
      }
    } else {
      g.setStroke(new BasicStroke(3));
      g.drawRect(101, 121, 197, 117);
    }
    g.setStroke(new BasicStroke(4));
    g.drawLine(160, 210, 240, 210); // a stroke of the stamp's text
    g.setColor(Color.BLACK);
    g.fillRect(60, 170, 280, 12); // a line of print across the stamp
    g.dispose();
    return page;
  }

  @Test
  void withoutPrint_framePalerThanThePrint_leavesTheStampAndTakesThePrintOut() {
    try (PageInk ink = PageInk.of(framedPage(170, false), 200)) {
      Mat without = ink.withoutPrint(GREY_FRAME, org.wathiqa.prepare.GreyLevels.of(ink.grey()));
      try {
        assertTrue(grey(without, 200, 175) > 230, "print taken out within the frame");
        assertTrue(grey(without, 70, 175) < 50, "print beyond the frame left");
        assertEquals(grey(ink.grey(), 200, 122), grey(without, 200, 122), "the frame kept");
        assertEquals(grey(ink.grey(), 200, 210), grey(without, 200, 210), "the stamp's own text kept");
      } finally {
        without.release();
      }
    }
  }

  @Test
  void withoutPrint_frameOfNoOneGrey_isNull() {
    try (PageInk ink = PageInk.of(framedPage(170, true), 200)) {
      assertNull(ink.withoutPrint(GREY_FRAME, org.wathiqa.prepare.GreyLevels.of(ink.grey())));
    }
  }
}
