package org.wathiqa.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wathiqa.Box;

class StampOutlinesTest {
  private static final int CX = 500;
  private static final int CY = 400;

  @BeforeAll
  static void loadOpenCv() throws Exception {
    OpenCv.load();
  }

  /** A grey page with a line of print crossing a black stamp of two drawn circles. */
  static BufferedImage photocopy() {
    BufferedImage page = new BufferedImage(1000, 800, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = LayoutTest.paper(page);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    LayoutTest.line(g, 900, 390, 120, 90, 150, 60, 110, 80, 130); // crosses the stamp
    LayoutTest.line(g, 900, 700, 120, 90, 150);                    // far from it
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(5));
    g.drawOval(CX - 150, CY - 150, 300, 300);
    g.drawOval(CX - 95, CY - 95, 190, 190);
    g.dispose();
    return page;
  }

  /** Ink on the circle of {@code radius}, away from the line of print crossing it (y 390–412). */
  static int inkOn(BufferedImage page, double radius) {
    int n = 0;
    for (int i = 0; i < 360; i++) {
      double a = Math.toRadians(i);
      int x = (int) Math.round(CX + radius * Math.cos(a));
      int y = (int) Math.round(CY + radius * Math.sin(a));
      if ((y < 385 || y > 417) && page.getRaster().getSample(x, y, 0) < 128) {
        n++;
      }
    }
    return n;
  }

  static int ink(BufferedImage page, Box box) {
    int n = 0;
    for (int y = box.y(); y < box.bottom(); y++) {
      for (int x = box.x(); x < box.right(); x++) {
        n += page.getRaster().getSample(x, y, 0) < 128 ? 1 : 0;
      }
    }
    return n;
  }

  @Test
  void erase_removesBothCircles_andLeavesThePrint() {
    BufferedImage page = photocopy();
    // the stamp as found: centre a little off, radius a little out
    StampOutlines.Erased erased = StampOutlines.erase(page, List.of(new StampOutlines.Circle(CX + 3, CY - 2, 155)));

    assertTrue(inkOn(page, 150) > 300 && inkOn(page, 95) > 200, "the circles are drawn");
    assertTrue(inkOn(page, 150) < 360, "the line crosses the outer circle");
    assertEquals(0, inkOn(erased.image(), 150), "outer circle");
    assertEquals(0, inkOn(erased.image(), 95), "inner circle");
    Box far = new Box(0, 690, 1000, 40);
    assertEquals(ink(page, far), ink(erased.image(), far), "print away from the stamp is untouched");
    Box crossing = new Box(0, 385, 1000, 32);
    assertTrue(ink(erased.image(), crossing) > 0.85 * ink(page, crossing),
        "the line under the stamp loses only where the circles cross it");
    assertEquals(1, erased.stamps().size());
  }

  /** The lines of print of {@link #photocopy()}, with no stamp. */
  static BufferedImage printOnly() {
    BufferedImage page = new BufferedImage(1000, 800, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = LayoutTest.paper(page);
    LayoutTest.line(g, 900, 390, 120, 90, 150, 60, 110, 80, 130);
    LayoutTest.line(g, 900, 700, 120, 90, 150);
    g.dispose();
    return page;
  }

  /** {@link #printOnly()} under a round stamp in {@code ink}: two circles, ring text between them and centre text. */
  static BufferedImage stamped(Color ink) {
    BufferedImage page = printOnly();
    Graphics2D g = page.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(ink);
    g.setStroke(new BasicStroke(5));
    g.drawOval(CX - 150, CY - 150, 300, 300);
    g.drawOval(CX - 95, CY - 95, 190, 190);
    for (int i = 0; i < 12; i++) {
      double a = Math.toRadians(200 + i * 12);
      g.fillRect((int) (CX + 122 * Math.cos(a)) - 6, (int) (CY + 122 * Math.sin(a)) - 8, 12, 16); // ring letters
    }
    g.fillRect(CX - 50, CY - 50, 100, 14); // centre text above the line of print
    g.dispose();
    return page;
  }

  @Test
  void erase_stampPaler_thanThePrint_goesWholeAndLeavesThePrint() {
    BufferedImage page = stamped(new Color(110, 110, 110));

    StampOutlines.Erased erased = StampOutlines.erase(page, List.of(new StampOutlines.Circle(CX + 2, CY + 1, 152)));

    int x = CX - 160;
    int y = CY - 160;
    ImageDiff.assertClose("stamp-paler-than-print", printOnly().getSubimage(x, y, 320, 320),
        erased.image().getSubimage(x, y, 320, 320), 1.5); // the print keeps all but slivers where the circles crossed it
  }

  @Test
  void erase_stampLighterThanHalfwayFromPrintToPaper_isStillFound_andGoesWhole() {
    BufferedImage page = stamped(new Color(165, 165, 165));

    StampOutlines.Erased erased = StampOutlines.erase(page, List.of(new StampOutlines.Circle(CX - 2, CY + 3, 148)));

    assertEquals(1, erased.stamps().size(), "its outlines are found though lighter than the print's halfway grey");
    int x = CX - 160;
    int y = CY - 160;
    ImageDiff.assertClose("stamp-lighter-than-halfway", printOnly().getSubimage(x, y, 320, 320),
        erased.image().getSubimage(x, y, 320, 320), 1.5);
  }

  @Test
  void erase_stampAsDarkAsThePrint_keepsItsText() {
    BufferedImage page = stamped(Color.BLACK);

    StampOutlines.Erased erased = StampOutlines.erase(page, List.of(new StampOutlines.Circle(CX + 2, CY + 1, 152)));

    Box centreText = new Box(CX - 50, CY - 50, 100, 14);
    assertEquals(ink(page, centreText), ink(erased.image(), centreText), "black centre text cannot be told from print");
    assertEquals(0, inkOn(erased.image(), 150), "the circles still go");
  }

  @Test
  void withinStamp_isTrueForWhatLiesInsideTheStamp_notForALinePassingUnderIt() {
    StampOutlines.Erased erased = StampOutlines.erase(photocopy(), List.of(new StampOutlines.Circle(CX, CY, 152)));

    assertTrue(erased.withinStamp(new Box(CX - 60, CY - 120, 120, 25), 0.4), "ring text at the top, read unsure");
    assertFalse(erased.withinStamp(new Box(CX - 60, CY - 120, 120, 25), 0.9), "a line under the stamp read clearly");
    assertFalse(erased.withinStamp(new Box(100, 385, 800, 32), 0.4), "the line crossing the stamp");
    assertFalse(erased.withinStamp(new Box(100, 690, 300, 32), 0.4), "a line elsewhere");
  }

  @Test
  void aPlaceWithoutDrawnCircles_isLeftAlone() {
    BufferedImage page = photocopy();

    StampOutlines.Erased erased = StampOutlines.erase(page, List.of(new StampOutlines.Circle(200, 650, 60)));

    assertSame(page, erased.image());
    assertTrue(erased.stamps().isEmpty());
    assertFalse(erased.withinStamp(new Box(180, 640, 40, 20), 0.1));
  }

  @Test
  void pixel_isMathRound_orMinusOneBelowZero() {
    java.util.Random random = new java.util.Random(11);
    double[] edges = {Math.nextDown(0.5), 0.5, Math.nextUp(0.5), -0.5, Math.nextDown(-0.5), Math.nextUp(-0.5), 0.0,
        -0.0, Math.nextDown(1.5), 1.5, Math.nextDown(2.5), 2.5, Math.nextDown(4096.5), 4096.5, -1e-300, 1e-300};
    for (double v : edges) {
      assertEquals(Math.max(-1, Math.round(v)), StampOutlines.pixel(v), "at " + v);
    }
    for (int i = 0; i < 1_000_000; i++) {
      double v = (random.nextDouble() - 0.25) * 8000;
      assertEquals(Math.max(-1, Math.round(v)), StampOutlines.pixel(v), "at " + v);
      double near = Math.floor(v) + 0.5 + (random.nextInt(5) - 2) * Math.ulp(v); // around the halves
      assertEquals(Math.max(-1, Math.round(near)), StampOutlines.pixel(near), "at " + near);
    }
  }
}
