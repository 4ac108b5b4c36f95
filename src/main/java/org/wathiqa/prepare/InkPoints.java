package org.wathiqa.prepare;

import org.opencv.core.Core;
import org.opencv.core.Mat;

/**
 * The inked pixels of a binary image as points about its centre, for measures that turn the ink
 * rather than resample the image for every angle tried (a page's skew, a stamp's tilt). Immutable
 * once made; the arrays are not copied, and are not to be changed.
 *
 * @param x each point's column less half the image's width
 * @param y each point's row less half the image's height
 * @param width the image's width
 * @param height the image's height
 */
public record InkPoints(float[] x, float[] y, int width, int height) {

  /** The non-zero pixels of the 8-bit binary {@code ink}. */
  public static InkPoints of(Mat ink) {
    Mat points = new Mat();
    try {
      Core.findNonZero(ink, points);
      int n = (int) points.total();
      int[] xy = new int[2 * n];
      if (n > 0) {
        points.get(0, 0, xy);
      }
      float cx = ink.cols() / 2f;
      float cy = ink.rows() / 2f;
      float[] x = new float[n];
      float[] y = new float[n];
      for (int i = 0; i < n; i++) {
        x[i] = xy[2 * i] - cx;
        y[i] = xy[2 * i + 1] - cy;
      }
      return new InkPoints(x, y, ink.cols(), ink.rows());
    } finally {
      points.release();
    }
  }

  /** The number of points. */
  public int count() {
    return x.length;
  }
}
