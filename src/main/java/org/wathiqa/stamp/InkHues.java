package org.wathiqa.stamp;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * The hues of coloured ink, which tell two stamps apart where one is pressed over the other: a stamp
 * is inked in one colour, and white paper or black print mixed into a pixel changes its saturation
 * and brightness, not its hue. Hues are OpenCV's, 0–179, and wrap round. Stateless.
 */
final class InkHues {
  /** Hue difference beyond which two inks are different stamps' (a scanned ink spreads ~±7). */
  static final int OTHER_HUE = 10;
  /** Hues a mode gathers either side of its own, to be robust to an ink's spread. */
  private static final int MODE_WINDOW = 2;
  /** Number of hues. */
  static final int HUES = 180;

  private InkHues() {}

  /** The hue channel of the BGR {@code page}. The caller releases it. */
  static Mat of(Mat page) {
    Mat hsv = ColourInk.hsv(page);
    Mat hue = new Mat();
    Core.extractChannel(hsv, hue, 0);
    hsv.release();
    return hue;
  }

  /** The hue channel of the BGR {@code page} reduced to {@code size}. The caller releases it. */
  static Mat of(Mat page, Size size) {
    Mat small = new Mat();
    Imgproc.resize(page, small, size, 0, 0, Imgproc.INTER_AREA);
    try {
      return of(small);
    } finally {
      small.release();
    }
  }

  /** The circular distance between hues {@code a} and {@code b}. */
  static int distance(int a, int b) {
    int d = Math.abs(a - b) % HUES;
    return Math.min(d, HUES - d);
  }

  /** The hue of the colour {@code #rrggbb}; grey has hue 0. */
  static int of(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    float[] hsb = java.awt.Color.RGBtoHSB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, null);
    return Math.round(hsb[0] * HUES) % HUES;
  }

  /**
   * The commonest hue of the ink pixels ({@code ink} non-zero) in {@code box} of {@code hue} lying
   * between {@code inner} and {@code outer} px from ({@code cx}, {@code cy}), or -1 when there are none.
   */
  static int mode(Mat hue, Mat ink, Rect box, double cx, double cy, double inner, double outer) {
    byte[] h = pixels(hue, box);
    byte[] m = pixels(ink, box);
    int[] counts = new int[HUES];
    int n = 0;
    for (int y = 0; y < box.height; y++) {
      double dy = box.y + y - cy;
      for (int x = 0; x < box.width; x++) {
        int i = y * box.width + x;
        double dx = box.x + x - cx;
        double r2 = dx * dx + dy * dy;
        if (m[i] != 0 && r2 >= inner * inner && r2 <= outer * outer) {
          counts[(h[i] & 0xff) % HUES]++;
          n++;
        }
      }
    }
    return n == 0 ? -1 : mode(counts);
  }

  /** The commonest hue of the ink pixels ({@code ink} non-zero) in {@code box} of {@code hue}, or -1. */
  static int mode(Mat hue, Mat ink, Rect box) {
    byte[] h = pixels(hue, box);
    byte[] m = pixels(ink, box);
    int[] counts = new int[HUES];
    int n = 0;
    for (int i = 0; i < m.length; i++) {
      if (m[i] != 0) {
        counts[(h[i] & 0xff) % HUES]++;
        n++;
      }
    }
    return n == 0 ? -1 : mode(counts);
  }

  /** The hue with most counts within {@link #MODE_WINDOW} of it; of equals, the one with most at itself. */
  static int mode(int[] counts) {
    int best = 0;
    int bestAround = -1;
    for (int c = 0; c < HUES; c++) {
      int around = 0;
      for (int d = -MODE_WINDOW; d <= MODE_WINDOW; d++) {
        around += counts[(c + d + HUES) % HUES];
      }
      if (around > bestAround || around == bestAround && counts[c] > counts[best]) {
        bestAround = around;
        best = c;
      }
    }
    return best;
  }

  /**
   * The ink pixels ({@code ink} non-zero) in {@code box} whose hue is more than {@link #OTHER_HUE}
   * from {@code own}: another stamp's. A mask the size of {@code box}; the caller releases it.
   */
  static Mat other(Mat hue, Mat ink, Rect box, int own) {
    byte[] h = pixels(hue, box);
    byte[] m = pixels(ink, box);
    byte[] out = new byte[m.length];
    for (int i = 0; i < m.length; i++) {
      if (m[i] != 0 && distance(h[i] & 0xff, own) > OTHER_HUE) {
        out[i] = (byte) 255;
      }
    }
    Mat other = new Mat(box.size(), org.opencv.core.CvType.CV_8UC1);
    other.put(0, 0, out);
    return other;
  }

  private static byte[] pixels(Mat image, Rect box) {
    Mat view = image.submat(box);
    Mat copy = view.clone();
    byte[] pixels = new byte[(int) copy.total()];
    copy.get(0, 0, pixels);
    copy.release();
    view.release();
    return pixels;
  }
}
