package org.wathiqa.prepare;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Finds the skew of text lines by the sharpness of the horizontal projection profile, the angle at
 * which ink rows and blank rows alternate most crisply. Searches ±{@value #MAX_DEGREES}° coarse to
 * fine on a reduced copy of the page. Stateless and thread-safe.
 */
final class Deskew {
  static final double MAX_DEGREES = 10;
  private static final int WORK_WIDTH = 1000;

  private Deskew() {}

  /**
   * The skew of {@code grey} in degrees; rotating the page by this angle counter-clockwise about its
   * centre (OpenCV's convention) makes its lines level.
   */
  static double estimate(Mat grey) {
    Mat ink = inkMask(grey);
    try {
      double best = search(ink, -MAX_DEGREES, MAX_DEGREES, 1.0);
      best = search(ink, best - 1, best + 1, 0.2);
      return search(ink, best - 0.2, best + 0.2, 0.05);
    } finally {
      ink.release();
    }
  }

  private static Mat inkMask(Mat grey) {
    double f = Math.min(1.0, (double) WORK_WIDTH / grey.cols());
    Mat small = new Mat();
    Imgproc.resize(grey, small, new Size(), f, f, Imgproc.INTER_AREA);
    Mat ink = new Mat();
    Imgproc.threshold(small, ink, 0, 255, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
    small.release();
    return ink;
  }

  private static double search(Mat ink, double from, double to, double step) {
    double bestAngle = 0;
    double bestScore = -1;
    for (double a = from; a <= to + 1e-9; a += step) {
      double score = sharpness(ink, a);
      if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && Math.abs(a) < Math.abs(bestAngle))) {
        bestScore = score;
        bestAngle = a;
      }
    }
    return bestAngle;
  }

  private static double sharpness(Mat ink, double degrees) {
    Mat rotated = rotate(ink, degrees, Imgproc.INTER_NEAREST, new Scalar(0));
    Mat rows = new Mat();
    try {
      Core.reduce(rotated, rows, 1, Core.REDUCE_SUM, org.opencv.core.CvType.CV_64F);
      double[] sums = new double[rows.rows()];
      rows.get(0, 0, sums);
      double score = 0;
      for (int i = 1; i < sums.length; i++) {
        double d = sums[i] - sums[i - 1];
        score += d * d;
      }
      return score;
    } finally {
      rotated.release();
      rows.release();
    }
  }

  /** {@code src} rotated by {@code degrees} about its centre, same size. */
  static Mat rotate(Mat src, double degrees, int interpolation, Scalar border) {
    Mat m = Imgproc.getRotationMatrix2D(new Point(src.cols() / 2.0, src.rows() / 2.0), degrees, 1.0);
    Mat dst = new Mat();
    try {
      Imgproc.warpAffine(src, dst, m, src.size(), interpolation, Core.BORDER_CONSTANT, border);
    } finally {
      m.release();
    }
    return dst;
  }
}
