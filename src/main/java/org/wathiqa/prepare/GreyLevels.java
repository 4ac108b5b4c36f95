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

  /**
   * Rows counted in one histogram call: OpenCV returns counts as floats, exact up to 2^24, so a
   * large page is counted band by band and the bands' counts added.
   */
  private static final int BAND_PIXELS = 1 << 23;

  /** The levels of the 8-bit grey {@code grey}. */
  public static GreyLevels of(Mat grey) {
    long[] counts = new long[256];
    int rows = Math.max(1, BAND_PIXELS / Math.max(1, grey.cols()));
    for (int top = 0; top < grey.rows(); top += rows) {
      Mat band = grey.rowRange(top, Math.min(grey.rows(), top + rows));
      Mat all = new Mat();
      try {
        add(histogram(band, all), counts);
      } finally {
        band.release();
        all.release();
      }
    }
    return new GreyLevels(counts, grey.total());
  }

  /** The levels of the 8-bit grey {@code grey} where the 8-bit {@code mask} is not zero. */
  public static GreyLevels of(Mat grey, Mat mask) {
    long[] counts = new long[256];
    long total = add(histogram(grey, mask), counts);
    return new GreyLevels(counts, total);
  }

  /** The 256 bins of {@code grey}'s histogram where {@code mask} (empty for all) is not zero. */
  private static float[] histogram(Mat grey, Mat mask) {
    Mat histogram = new Mat();
    try {
      Imgproc.calcHist(List.of(grey), new MatOfInt(0), mask, histogram, new MatOfInt(256), new MatOfFloat(0, 256));
      float[] bins = new float[256];
      histogram.get(0, 0, bins);
      return bins;
    } finally {
      histogram.release();
    }
  }

  /** Adds {@code bins} to {@code counts}; returns their sum. */
  private static long add(float[] bins, long[] counts) {
    long total = 0;
    for (int level = 0; level < 256; level++) {
      long n = Math.round(bins[level]);
      counts[level] += n;
      total += n;
    }
    return total;
  }

  /**
   * These levels once part of the image has changed: {@code before} counted over that part as it
   * was, {@code after} over the same part as it is now. Far cheaper than counting the whole image
   * again when the part is small.
   */
  GreyLevels replacing(GreyLevels before, GreyLevels after) {
    if (before.total != after.total) {
      throw new IllegalArgumentException("a part counted " + before.total + " pixels before and "
          + after.total + " after");
    }
    long[] changed = counts.clone();
    for (int level = 0; level < changed.length; level++) {
      changed[level] += after.counts[level] - before.counts[level];
    }
    return new GreyLevels(changed, total);
  }

  /** The number of pixels counted at {@code level}. */
  long count(int level) {
    return counts[level];
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
