package org.wathiqa.prepare;

import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.MatOfFloat;
import org.opencv.core.MatOfInt;
import org.opencv.imgproc.Imgproc;

/**
 * How many pixels of a grey image sit at each level, and the two levels read off that: the paper's
 * and the print's. One count serves every question asked of the same image. Immutable once made.
 */
public final class GreyLevels {
  private final long[] counts;
  private final long total;

  private GreyLevels(long[] counts, long total) {
    this.counts = counts;
    this.total = total;
  }

  /** The levels of the 8-bit grey {@code grey}. */
  public static GreyLevels of(Mat grey) {
    byte[] pixels = new byte[(int) grey.total()];
    Mat dense = grey.isContinuous() ? grey : grey.clone();
    try {
      dense.get(0, 0, pixels);
    } finally {
      if (dense != grey) {
        dense.release();
      }
    }
    return of(pixels);
  }

  /** The levels of the 8-bit grey {@code grey} where the 8-bit {@code mask} is not zero. */
  public static GreyLevels of(Mat grey, Mat mask) {
    Mat histogram = new Mat();
    try {
      Imgproc.calcHist(List.of(grey), new MatOfInt(0), mask, histogram, new MatOfInt(256), new MatOfFloat(0, 256));
      float[] bins = new float[256];
      histogram.get(0, 0, bins);
      long[] counts = new long[256];
      long total = 0;
      for (int level = 0; level < 256; level++) {
        counts[level] = Math.round(bins[level]);
        total += counts[level];
      }
      return new GreyLevels(counts, total);
    } finally {
      histogram.release();
    }
  }

  /** The number of pixels counted. */
  public long total() {
    return total;
  }

  /** The levels of 8-bit grey {@code pixels}. */
  public static GreyLevels of(byte[] pixels) {
    long[] counts = new long[256];
    for (byte b : pixels) {
      counts[b & 0xff]++;
    }
    return new GreyLevels(counts, pixels.length);
  }

  /** The grey of the paper: the most common level among the brighter half. */
  public int paper() {
    int best = 128;
    for (int level = 129; level < 256; level++) {
      if (counts[level] > counts[best]) {
        best = level;
      }
    }
    return best;
  }

  /** The level at or below which {@code share} of the pixels lie: with a small share, the print's. */
  public int darkest(double share) {
    double wanted = share * total;
    long seen = 0;
    for (int level = 0; level < 256; level++) {
      seen += counts[level];
      if (seen >= wanted) {
        return level;
      }
    }
    return 255;
  }
}
