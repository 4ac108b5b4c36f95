package org.wathiqa.stamp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;
import org.wathiqa.prepare.Mats;
import org.wathiqa.prepare.OpenCv;

/** Bold print cleared from a black stamp's centre, measured against the type of its ring. */
class BoldPrintTest {
  /** The stamp's centre is the crop's; its ring's type lies between these radii. */
  private static final double BAND_INNER = 100;
  private static final double BAND_OUTER = 130;
  private static final double CENTRE = 90;

  @BeforeAll
  static void loadOpenCv() throws Exception {
    OpenCv.load();
  }

  /**
   * A 300 px white square with a ring of short radial strokes {@code ringStroke} px wide between
   * radii 105 and 125 round its centre, standing for the ring's type, and what {@code more} draws.
   */
  private static Mat stamp(float ringStroke, Consumer<Graphics2D> more) {
    BufferedImage image = new BufferedImage(300, 300, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 300, 300);
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(ringStroke));
    for (int i = 0; i < 48; i++) {
      double a = 2 * Math.PI * i / 48;
      g.drawLine((int) Math.round(150 + 105 * Math.cos(a)), (int) Math.round(150 + 105 * Math.sin(a)),
          (int) Math.round(150 + 125 * Math.cos(a)), (int) Math.round(150 + 125 * Math.sin(a)));
    }
    more.accept(g);
    g.dispose();
    return Mats.grey(image);
  }

  /** How many pixels of {@code m} darker than mid grey lie in the rectangle from (x0, y0) to (x1, y1). */
  private static int dark(Mat m, int x0, int y0, int x1, int y1) {
    int n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        n += m.get(y, x)[0] < 128 ? 1 : 0;
      }
    }
    return n;
  }

  /**
   * A bar 10 px thick across the whole stamp (20..280, 110..120), as a line of bold print, and a
   * line 2 px thick within its centre (100..200, 180..182).
   */
  private static void boldAndThin(Graphics2D g) {
    g.fillRect(20, 110, 260, 10);
    g.fillRect(100, 180, 100, 2);
  }

  @Test
  void clear_removesStrokesFarBolderThanTheRingsType_keepsThinOnes() {
    Mat crop = stamp(2, BoldPrintTest::boldAndThin);
    try {
      assertTrue(dark(crop, 100, 108, 200, 122) > 900);
      assertTrue(BoldPrint.clear(crop, CENTRE, BAND_INNER, BAND_OUTER));
      assertEquals(0, dark(crop, 100, 108, 200, 122), "the bold bar is print");
      assertTrue(dark(crop, 105, 178, 195, 184) >= 170, "the thin line is the stamp's");
      assertTrue(dark(crop, 20, 108, 40, 122) > 150, "the print beyond the centre is left");
    } finally {
      crop.release();
    }
  }

  @Test
  void clear_keepsBoldTextWithinTheCentre() {
    Mat crop = stamp(2, g -> g.fillRect(100, 140, 100, 10));
    try {
      int before = dark(crop, 100, 138, 200, 152);
      assertFalse(BoldPrint.clear(crop, CENTRE, BAND_INNER, BAND_OUTER));
      assertEquals(before, dark(crop, 100, 138, 200, 152), "bold, but the stamp's own: it stays inside");
    } finally {
      crop.release();
    }
  }

  @Test
  void clear_keepsTheCentreWhenTheRingsTypeIsAsBold() {
    Mat crop = stamp(9, BoldPrintTest::boldAndThin);
    try {
      int before = dark(crop, 100, 108, 200, 122);
      assertFalse(BoldPrint.clear(crop, CENTRE, BAND_INNER, BAND_OUTER));
      assertEquals(before, dark(crop, 100, 108, 200, 122));
    } finally {
      crop.release();
    }
  }

  @Test
  void clear_leavesTheCropWhenTheRingHoldsTooLittleTypeToMeasure() {
    Mat crop = stamp(2, g -> {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 300, 300);
      g.setColor(Color.BLACK);
      boldAndThin(g);
    });
    try {
      assertFalse(BoldPrint.clear(crop, CENTRE, BAND_INNER, BAND_OUTER));
      assertTrue(dark(crop, 100, 108, 200, 122) > 900);
    } finally {
      crop.release();
    }
  }

  @Test
  void ringHalfWidth_isHalfTheStrokeOfTheRingsType() {
    Mat crop = stamp(4, g -> {});
    Mat ink = new Mat();
    Mat distance = new Mat();
    try {
      org.wathiqa.prepare.GreyLevels.splitDark(crop, ink, 255);
      org.opencv.imgproc.Imgproc.distanceTransform(ink, distance, org.opencv.imgproc.Imgproc.DIST_L2, 3);
      double half = BoldPrint.ringHalfWidth(distance, BAND_INNER, BAND_OUTER);
      assertTrue(half >= 1.5 && half <= 3, "half width " + half);
    } finally {
      crop.release();
      ink.release();
      distance.release();
    }
  }
}
