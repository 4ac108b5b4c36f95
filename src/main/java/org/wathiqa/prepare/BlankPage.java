package org.wathiqa.prepare;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Tells a page without print from a page with some: print leaves strokes well darker than the paper,
 * and speckle or paper grain, once smoothed, does not. Stateless and thread-safe.
 */
final class BlankPage {
  /** How much darker than the paper a smoothed pixel must be to count as ink. */
  static final int INK_CONTRAST = 50;
  /** Share of ink pixels below which a page holds no print. */
  static final double MIN_INK = 0.0015;

  private BlankPage() {}

  /** The share of {@code grey} covered by ink. */
  static double inkShare(Mat grey) {
    Mat smooth = new Mat();
    Mat ink = new Mat();
    try {
      Imgproc.medianBlur(grey, smooth, 3);
      Imgproc.GaussianBlur(smooth, smooth, new Size(3, 3), 0);
      int paper = InkSeparation.paperLevel(smooth);
      Imgproc.threshold(smooth, ink, Math.max(0, paper - INK_CONTRAST), 255, Imgproc.THRESH_BINARY_INV);
      return Core.countNonZero(ink) / (double) ink.total();
    } finally {
      smooth.release();
      ink.release();
    }
  }

  static boolean isBlank(Mat grey) {
    return inkShare(grey) < MIN_INK;
  }
}
