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
    Mat hsv = hsv(colour);
    try {
      return maskOf(hsv);
    } finally {
      hsv.release();
    }
  }

  /** The HSV form of the BGR {@code colour} image. The caller releases it. */
  static Mat hsv(Mat colour) {
    Mat hsv = new Mat();
    Imgproc.cvtColor(colour, hsv, Imgproc.COLOR_BGR2HSV);
    return hsv;
  }

  /** The coloured-ink mask of a BGR image whose HSV form is {@code hsv}. The caller releases it. */
  static Mat maskOf(Mat hsv) {
    Mat mask = new Mat();
    Core.inRange(hsv, new Scalar(0, minSaturation(hsv), MIN_VALUE), new Scalar(180, 255, 255), mask);
    return mask;
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
    Mat hsv = hsv(colour);
    try {
      Mat grey = new Mat();
      Imgproc.cvtColor(colour, grey, Imgproc.COLOR_BGR2GRAY);
      try {
        return printOf(hsv, grey);
      } finally {
        grey.release();
      }
    } finally {
      hsv.release();
    }
  }

  /**
   * The stamp ink of a colour page as grey print: the page's grey levels, which keep thin and pale
   * strokes whole, where the page is at least faintly coloured (or next to such a pixel), and paper
   * elsewhere, so black print under or beside the stamp drops out. {@code hsv} is the page's HSV form. The caller releases the result.
   */
  static Mat printOf(Mat hsv, Mat grey) {
    Mat s = new Mat();
    Mat v = new Mat();
    Mat ink = new Mat();
    Mat dark = new Mat();
    try {
      Core.extractChannel(hsv, s, 1);
      Core.extractChannel(hsv, v, 2);
      Imgproc.threshold(s, ink, minSaturation(hsv) / 2.0, 255, Imgproc.THRESH_BINARY);
      Imgproc.dilate(ink, ink, Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new org.opencv.core.Size(3, 3)));
      Imgproc.threshold(v, dark, MIN_VALUE, 255, Imgproc.THRESH_BINARY);
      Core.bitwise_and(ink, dark, ink);
      Core.bitwise_not(ink, ink);
      Mat print = grey.clone();
      print.setTo(new Scalar(255), ink);
      return print;
    } finally {
      s.release();
      v.release();
      ink.release();
      dark.release();
    }
  }
}
