package org.wathiqa.stamp;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * Tells coloured ink (blue, violet, red stamps) from black print and paper: a pixel is coloured ink
 * when it is saturated and not dark, as black text under a stamp stays dark whatever ink lies on
 * it. Stateless and thread-safe.
 */
final class ColourInk {
  /** Minimum HSV saturation (0–255) of coloured ink; paper and grey print stay well below. */
  static final int MIN_SATURATION = 70;
  /** Minimum HSV value (0–255) of coloured ink; darker pixels are print. */
  static final int MIN_VALUE = 70;

  private ColourInk() {}

  /** The coloured-ink mask (255 = ink) of the BGR {@code colour} image. The caller releases it. */
  static Mat mask(Mat colour) {
    Mat hsv = new Mat();
    Mat mask = new Mat();
    try {
      Imgproc.cvtColor(colour, hsv, Imgproc.COLOR_BGR2HSV);
      Core.inRange(hsv, new Scalar(0, minSaturation(hsv), MIN_VALUE), new Scalar(180, 255, 255), mask);
      return mask;
    } finally {
      hsv.release();
    }
  }

  /**
   * The least saturation of ink on this page: {@value #PAPER_MARGIN} above the paper's own (tinted
   * or yellowed paper is slightly saturated), and never below {@value #MIN_FADED_SATURATION}, so
   * faded stamps are found on white paper while tinted paper stays paper.
   */
  static int minSaturation(Mat hsv) {
    Mat s = new Mat();
    Mat small = new Mat();
    try {
      Core.extractChannel(hsv, s, 1);
      Imgproc.resize(s, small, new org.opencv.core.Size(), 0.125, 0.125, Imgproc.INTER_AREA);
      byte[] values = new byte[(int) small.total()];
      small.get(0, 0, values);
      int[] sorted = new int[values.length];
      for (int i = 0; i < values.length; i++) {
        sorted[i] = values[i] & 0xff;
      }
      java.util.Arrays.sort(sorted);
      int paper = sorted.length == 0 ? 0 : sorted[sorted.length / 2];
      return Math.min(MIN_SATURATION, Math.max(MIN_FADED_SATURATION, paper + PAPER_MARGIN));
    } finally {
      s.release();
      small.release();
    }
  }

  /** Saturation of faded ink on white paper. */
  static final int MIN_FADED_SATURATION = 45;
  /** How far above the paper's saturation ink must be. */
  static final int PAPER_MARGIN = 35;

  /**
   * The coloured ink of the BGR {@code colour} image as dark strokes on white, graded by saturation
   * so stroke edges stay smooth for recognition. The caller releases it.
   */
  static Mat asPrint(Mat colour) {
    Mat hsv = new Mat();
    try {
      Imgproc.cvtColor(colour, hsv, Imgproc.COLOR_BGR2HSV);
      Mat s = new Mat();
      Core.extractChannel(hsv, s, 1);
      Mat v = new Mat();
      Core.extractChannel(hsv, v, 2);
      Mat dark = new Mat();
      Imgproc.threshold(v, dark, MIN_VALUE, 255, Imgproc.THRESH_BINARY_INV);
      // Saturation from half the ink threshold up maps to grey levels 255 down to 0.
      s.convertTo(s, -1, 255.0 / MIN_SATURATION, -255.0 / 2);
      s.setTo(new Scalar(0), dark);
      Mat print = new Mat();
      Core.bitwise_not(s, print);
      s.release();
      v.release();
      dark.release();
      return print;
    } finally {
      hsv.release();
    }
  }
}
