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

  /** Pixels copied out of OpenCV at a time: a large page is counted band by band. */
  private static final int BAND_PIXELS = 1 << 23;

  /**
   * The levels of the 8-bit grey {@code grey}. Counted here rather than by {@code calcHist}, in a
   * third less time: into four tallies in turn, so that runs of one level (the paper) do not wait on
   * each other's increments.
   */
  public static GreyLevels of(Mat grey) {
    long[] counts = new long[256];
    int width = grey.cols();
    int rows = Math.max(1, BAND_PIXELS / Math.max(1, width));
    byte[] pixels = new byte[Math.min(grey.rows(), rows) * width];
    for (int top = 0; top < grey.rows(); top += rows) {
      Mat band = grey.rowRange(top, Math.min(grey.rows(), top + rows));
      try {
        int n = band.rows() * width;
        band.get(0, 0, pixels);
        count(pixels, n, counts);
      } finally {
        band.release();
      }
    }
    return new GreyLevels(counts, grey.total());
  }

  /** Adds the levels of the first {@code n} of {@code pixels} to {@code counts}. */
  private static void count(byte[] pixels, int n, long[] counts) {
    int[] a = new int[256];
    int[] b = new int[256];
    int[] c = new int[256];
    int[] d = new int[256];
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      a[pixels[i] & 0xff]++;
      b[pixels[i + 1] & 0xff]++;
      c[pixels[i + 2] & 0xff]++;
      d[pixels[i + 3] & 0xff]++;
    }
    for (; i < n; i++) {
      a[pixels[i] & 0xff]++;
    }
    for (int level = 0; level < 256; level++) {
      counts[level] += (long) a[level] + b[level] + c[level] + d[level];
    }
  }

  /**
   * The levels of the 8-bit grey {@code grey} where the 8-bit {@code mask} is not zero, counted by
   * OpenCV (whose float counts are exact to 2^24 pixels: masks cover a stamp's area, not a page).
   */
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

  /**
   * Otsu's threshold: the level that best splits the pixels into a dark and a light class (greatest
   * variance between the classes), pixels at or below it dark. Computed step for step as OpenCV's
   * {@code THRESH_OTSU}, whose own count of the pixels is slower than {@link #of(Mat)}; it gives the
   * same level on pages, and may differ only where two levels split a histogram exactly equally well.
   */
  public int otsu() {
    double scale = 1.0 / total;
    double mean = 0;
    for (int level = 0; level < 256; level++) {
      mean += level * (double) counts[level];
    }
    mean *= scale;
    double darkMean = 0;
    double darkShare = 0;
    double bestVariance = 0;
    int best = 0;
    for (int level = 0; level < 256; level++) {
      double share = counts[level] * scale;
      darkMean *= darkShare;
      darkShare += share;
      double lightShare = 1.0 - darkShare;
      if (Math.min(darkShare, lightShare) < FLOAT_EPSILON || Math.max(darkShare, lightShare) > 1.0 - FLOAT_EPSILON) {
        continue;
      }
      darkMean = (darkMean + level * share) / darkShare;
      double lightMean = (mean - darkShare * darkMean) / lightShare;
      double variance = darkShare * lightShare * (darkMean - lightMean) * (darkMean - lightMean);
      if (variance > bestVariance) {
        bestVariance = variance;
        best = level;
      }
    }
    return best;
  }

  /** The gap between 1 and the next float: classes thinner than this share are empty. */
  private static final double FLOAT_EPSILON = Math.ulp(1.0f);

  /**
   * {@code grey} split by its {@linkplain #otsu() Otsu threshold} into {@code out}: {@code ink} where
   * a pixel is at or below it, 0 above; as {@code threshold} with {@code THRESH_BINARY_INV |
   * THRESH_OTSU}, in less time. {@code out} may be {@code grey}.
   */
  public static void splitDark(Mat grey, Mat out, double ink) {
    Imgproc.threshold(grey, out, of(grey).otsu(), ink, Imgproc.THRESH_BINARY_INV);
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
    count(pixels, pixels.length, counts);
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
