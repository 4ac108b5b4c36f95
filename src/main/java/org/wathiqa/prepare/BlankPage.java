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
  /** How many times {@link #MIN_INK} a shrunk page must hold to be taken as print without a closer look. */
  static final int CLEAR_MARGIN = 4;
  /** Fewest pixels of the shrunk copy: a page at least about 400 x 400. */
  static final int MIN_SHRUNK_PIXELS = 10_000;

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
    return !clearlyInked(grey) && inkShare(grey) < MIN_INK;
  }

  /**
   * Whether a copy of the page at a quarter of its size already holds {@value #CLEAR_MARGIN} times the
   * ink a blank page may: most pages of print, told at a sixteenth of the cost. Shrinking averages
   * ink into the paper around it, so what is still dark there was ink at full size.
   */
  static boolean clearlyInked(Mat grey) {
    if (grey.total() < MIN_SHRUNK_PIXELS * 16) {
      return false; // too small for a shrunk copy to tell
    }
    Mat small = new Mat();
    Mat ink = new Mat();
    try {
      Imgproc.resize(grey, small, new Size(), 0.25, 0.25, Imgproc.INTER_AREA);
      int paper = InkSeparation.paperLevel(small);
      Imgproc.threshold(small, ink, Math.max(0, paper - INK_CONTRAST), 255, Imgproc.THRESH_BINARY_INV);
      return Core.countNonZero(ink) > CLEAR_MARGIN * MIN_INK * ink.total();
    } finally {
      small.release();
      ink.release();
    }
  }
}
