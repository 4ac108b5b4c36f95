package org.wathiqa.prepare;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfFloat;
import org.opencv.core.MatOfInt;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * Lifts coloured ink — blue, violet, red stamps and signatures — off a colour page, so the letters
 * under a stamp survive and stamp letters do not enter the page text. A pixel is coloured ink when it
 * is saturated and not dark; dark pixels stay, since black text under a stamp is dark whatever ink
 * lies on it. Stateless and thread-safe.
 */
public final class InkSeparation {
  /** HSV saturation (0–255) that is coloured ink on any paper. */
  public static final int MIN_SATURATION = 70;
  /** Saturation of faded ink on white paper. */
  public static final int MIN_FADED_SATURATION = 45;
  /** How far above the paper's own saturation ink must be. */
  public static final int PAPER_MARGIN = 35;
  /** Minimum HSV value (0–255) of coloured ink; darker pixels are taken as text. */
  public static final int MIN_VALUE = 70;

  private InkSeparation() {}

  /** The result: the grey page without coloured ink, and the mask of what was lifted. */
  record Separated(Mat grey, Mat inkMask, double inkFraction) {}

  /**
   * Separates coloured ink from the 8-bit BGR {@code colour} page. The caller releases both mats of
   * the result.
   */
  static Separated separate(Mat colour) {
    Mat hsv = new Mat();
    Mat mask = new Mat();
    Mat grey = new Mat();
    try {
      Imgproc.cvtColor(colour, hsv, Imgproc.COLOR_BGR2HSV);
      Core.inRange(hsv, new Scalar(0, minSaturation(hsv), MIN_VALUE), new Scalar(180, 255, 255), mask);
      Imgproc.cvtColor(colour, grey, Imgproc.COLOR_BGR2GRAY);
      double fraction = Core.countNonZero(mask) / (double) mask.total();
      if (fraction > 0) {
        Imgproc.dilate(mask, mask, Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new org.opencv.core.Size(3, 3)));
        Mat darkText = new Mat();
        Imgproc.threshold(grey, darkText, MIN_VALUE * 0.8, 255, Imgproc.THRESH_BINARY_INV);
        Core.subtract(mask, darkText, mask);
        darkText.release();
        grey.setTo(new Scalar(paperLevel(grey)), mask);
      }
      return new Separated(grey, mask, fraction);
    } finally {
      hsv.release();
    }
  }

  /**
   * The least saturation of ink on the page whose HSV image is {@code hsv}: {@value #PAPER_MARGIN}
   * above the paper's own (tinted or yellowed paper is slightly saturated), at least
   * {@value #MIN_FADED_SATURATION} so faded stamps are found on white paper, and at most
   * {@value #MIN_SATURATION}.
   */
  public static int minSaturation(Mat hsv) {
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

  /** The grey of the paper: the most common level among the brighter half of the histogram. */
  static int paperLevel(Mat grey) {
    Mat hist = new Mat();
    try {
      List<Mat> images = new ArrayList<>(List.of(grey));
      Imgproc.calcHist(images, new MatOfInt(0), new Mat(), hist, new MatOfInt(256), new MatOfFloat(0, 256));
      int best = 255;
      double bestCount = -1;
      for (int level = 128; level < 256; level++) {
        double count = hist.get(level, 0)[0];
        if (count > bestCount) {
          bestCount = count;
          best = level;
        }
      }
      return best;
    } finally {
      hist.release();
    }
  }
}
