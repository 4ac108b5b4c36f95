package org.wathiqa.prepare;

import org.opencv.core.Mat;

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
