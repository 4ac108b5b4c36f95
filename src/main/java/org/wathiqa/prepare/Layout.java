package org.wathiqa.prepare;

import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/**
 * Tells a page set as one dense block of justified lines (a book or journal page) from a page of
 * separate blocks (a letter: letterhead, number block beside it, short lines, a signature). Most
 * lines of a dense page run the full width of its text without a wide gap inside, or nearly all run
 * the full width and some have a gap (verse set as two halves). Stateless and
 * thread-safe.
 */
final class Layout {
  /** Fewest lines for a page to count as a dense block. */
  static final int MIN_LINES = 8;
  /** Share of lines that must run the full width without a wide gap. */
  static final double FULL_SHARE = 0.6;
  /** A line this share of the text width or wider runs the full width. */
  static final double FULL_WIDTH = 0.85;
  /** A gap inside a line wider than this share of the text width parts two blocks. */
  static final double BLOCK_GAP = 0.08;
  /**
   * A page with verse (two halves of a line with a wide gap between them) is dense when nearly all
   * its lines span the text's width and a good share of them without a gap. On a letter at most half
   * the lines span the width (the letterhead row and the body); on a journal page with verse, nine
   * in ten do.
   */
  static final double VERSE_WIDE_SHARE = 0.8;
  static final double VERSE_FULL_SHARE = 0.4;

  private Layout() {}

  /** Whether the grey page {@code probe} is one dense block of lines. */
  static boolean isDenseBlock(Mat probe) {
    Mat ink = new Mat();
    try {
      Imgproc.medianBlur(probe, ink, 3); // speckle would stretch every line to the page's width
      GreyLevels.splitDark(ink, ink, 1);
      int[][] lines = withoutThin(lineSpans(ink));
      if (lines.length < MIN_LINES) {
        return false;
      }
      int width = textWidth(lines);
      int full = 0;
      int wide = 0;
      for (int[] line : lines) {
        boolean spans = line[1] - line[0] >= FULL_WIDTH * width;
        wide += spans ? 1 : 0;
        full += spans && line[2] <= BLOCK_GAP * width ? 1 : 0;
      }
      return full >= FULL_SHARE * lines.length || wide >= VERSE_WIDE_SHARE * lines.length && full >= VERSE_FULL_SHARE * lines.length;
    } finally {
      ink.release();
    }
  }

  /** Bands much thinner than the typical one are rows of dots and marks, not lines. */
  private static int[][] withoutThin(int[][] bands) {
    if (bands.length == 0) {
      return bands;
    }
    int[] heights = java.util.Arrays.stream(bands).mapToInt(b -> b[3]).sorted().toArray();
    int typical = heights[heights.length / 2];
    return java.util.Arrays.stream(bands).filter(b -> b[3] >= 0.5 * typical).toArray(int[][]::new);
  }

  /** For each band of inked rows: its leftmost and rightmost ink column, widest inner gap, height. */
  private static int[][] lineSpans(Mat ink) {
    int[] rows = Mats.sums(ink, 1);
    int minInk = Math.max(2, ink.cols() / 200);
    java.util.List<int[]> spans = new java.util.ArrayList<>();
    int start = -1;
    for (int y = 0; y <= rows.length; y++) {
      boolean inked = y < rows.length && rows[y] >= minInk;
      if (inked && start < 0) {
        start = y;
      } else if (!inked && start >= 0) {
        if (y - start >= 3) {
          int[] span = span(ink.rowRange(start, y));
          spans.add(new int[] {span[0], span[1], span[2], y - start});
        }
        start = -1;
      }
    }
    return spans.toArray(new int[0][]);
  }

  private static int[] span(Mat band) {
    int[] cols = Mats.sums(band, 0);
    band.release();
    int left = -1;
    int right = -1;
    int gap = 0;
    int last = -1;
    for (int x = 0; x < cols.length; x++) {
      if (cols[x] < 2) {
        continue;
      }
      if (left < 0) {
        left = x;
      } else {
        gap = Math.max(gap, x - last - 1);
      }
      last = x;
      right = x;
    }
    return new int[] {Math.max(0, left), Math.max(0, right), gap};
  }

  /** The width of the text: the 90th percentile of line widths, so a stray mark does not count. */
  private static int textWidth(int[][] lines) {
    int[] widths = new int[lines.length];
    for (int i = 0; i < lines.length; i++) {
      widths[i] = lines[i][1] - lines[i][0];
    }
    java.util.Arrays.sort(widths);
    return Math.max(1, widths[(int) Math.floor(0.9 * (widths.length - 1))]);
  }
}
