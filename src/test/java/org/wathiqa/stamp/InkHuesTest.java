package org.wathiqa.stamp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.wathiqa.prepare.OpenCv;

class InkHuesTest {

  @BeforeAll
  static void loadOpenCv() throws Exception {
    OpenCv.load();
  }

  @Test
  void distance_wrapsRoundRed() {
    assertEquals(10, InkHues.distance(175, 5));
    assertEquals(10, InkHues.distance(5, 175));
    assertEquals(25, InkHues.distance(110, 135));
    assertEquals(0, InkHues.distance(0, 180));
  }

  @Test
  void of_hex_givesOpenCvsHue() {
    assertEquals(0, InkHues.of("#b22a2a"));   // red
    assertEquals(110, InkHues.of("#1f4fb0")); // blue
    assertEquals(135, InkHues.of("#6a3d9a")); // violet
    assertEquals(60, InkHues.of("#00ff00"));  // green, 120 degrees
  }

  @Test
  void of_page_agreesWithTheHexHueOfItsInk() {
    Mat page = new Mat(40, 40, CvType.CV_8UC3, new Scalar(0x9a, 0x3d, 0x6a)); // BGR of #6a3d9a
    Mat hue = InkHues.of(page, new org.opencv.core.Size(20, 20));
    try {
      assertEquals(20, hue.rows());
      assertEquals(InkHues.of("#6a3d9a"), (int) hue.get(7, 9)[0], 1);
    } finally {
      page.release();
      hue.release();
    }
  }

  @Test
  void mode_countsInkOnlyAndWrapsRoundRed() {
    Mat hue = new Mat(10, 10, CvType.CV_8UC1, new Scalar(120));
    Mat ink = Mat.zeros(10, 10, CvType.CV_8UC1);
    try {
      hue.submat(new Rect(0, 0, 10, 4)).setTo(new Scalar(178)); // 40 px of red either side of 0
      hue.submat(new Rect(0, 4, 10, 2)).setTo(new Scalar(1));   // 20 px
      ink.submat(new Rect(0, 0, 10, 6)).setTo(new Scalar(255)); // the blue below is paper
      int mode = InkHues.mode(hue, ink, new Rect(0, 0, 10, 10));
      assertEquals(0, InkHues.distance(mode, 179), 1, "mode " + mode);
      assertEquals(-1, InkHues.mode(hue, ink, new Rect(0, 6, 10, 4)));
    } finally {
      hue.release();
      ink.release();
    }
  }

  @Test
  void mode_withinARing_leavesOutTheRest() {
    Mat hue = new Mat(21, 21, CvType.CV_8UC1, new Scalar(60));
    Mat ink = new Mat(21, 21, CvType.CV_8UC1, new Scalar(255));
    try {
      int ring = 0;
      for (int y = 0; y < 21; y++) {
        for (int x = 0; x < 21; x++) {
          double r = Math.hypot(x - 10, y - 10);
          if (r >= 6 && r <= 10) {
            hue.put(y, x, 0);
            ring++;
          }
        }
      }
      assertTrue(ring < 21 * 21 / 2, "the ring holds less than half the ink: " + ring);
      assertEquals(60, InkHues.mode(hue, ink, new Rect(0, 0, 21, 21)));
      assertEquals(0, InkHues.mode(hue, ink, new Rect(0, 0, 21, 21), 10, 10, 6, 10));
    } finally {
      hue.release();
      ink.release();
    }
  }

  @Test
  void other_marksInkOfAnotherHueOnly() {
    Mat hue = new Mat(4, 4, CvType.CV_8UC1, new Scalar(135));
    Mat ink = new Mat(4, 4, CvType.CV_8UC1, new Scalar(255));
    try {
      hue.put(0, 0, 145);               // within the spread of the stamp's own ink
      hue.put(0, 1, 146);               // just beyond it
      hue.put(1, 0, 0);                 // red
      hue.put(1, 1, 0);
      ink.put(1, 1, 0);                 // red, but paper
      Mat other = InkHues.other(hue, ink, new Rect(0, 0, 4, 4), 135);
      try {
        assertEquals(0, (int) other.get(0, 0)[0]);
        assertEquals(255, (int) other.get(0, 1)[0]);
        assertEquals(255, (int) other.get(1, 0)[0]);
        assertEquals(0, (int) other.get(1, 1)[0]);
        assertEquals(2, org.opencv.core.Core.countNonZero(other));
      } finally {
        other.release();
      }
    } finally {
      hue.release();
      ink.release();
    }
  }
}
