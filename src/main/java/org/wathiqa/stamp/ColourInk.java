package org.wathiqa.stamp;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;
import org.wathiqa.prepare.InkSeparation;

/**
 * Tells coloured ink (blue, violet, red stamps) from black print and paper: a pixel is coloured ink
 * when it is saturated and not dark, as black text under a stamp stays dark whatever ink lies on
 * it. Stateless and thread-safe.
 */
final class ColourInk {
  static final int MIN_SATURATION = InkSeparation.MIN_SATURATION;
  static final int MIN_FADED_SATURATION = InkSeparation.MIN_FADED_SATURATION;
  static final int PAPER_MARGIN = InkSeparation.PAPER_MARGIN;
  static final int MIN_VALUE = InkSeparation.MIN_VALUE;

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

  /** The least saturation of ink on the page whose HSV image is {@code hsv}. */
  static int minSaturation(Mat hsv) {
    return InkSeparation.minSaturation(hsv);
  }

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
