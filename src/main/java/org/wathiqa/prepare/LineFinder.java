package org.wathiqa.prepare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;
import org.wathiqa.Box;

/**
 * Finds the text lines of a levelled page, and splits a line where a wide gap separates blocks set
 * side by side (a letterhead on the right, the number and date on the left). Ink that cannot be
 * text — borders, shadowed edges, rules, frames, specks — is left out first. Lines come top to
 * bottom; the segments of one line right to left, the reading order of Arabic. Stateless and
 * thread-safe.
 */
final class LineFinder {
  private static final int STAT_LEFT = Imgproc.CC_STAT_LEFT;
  private static final int STAT_TOP = Imgproc.CC_STAT_TOP;
  private static final int STAT_WIDTH = Imgproc.CC_STAT_WIDTH;
  private static final int STAT_HEIGHT = Imgproc.CC_STAT_HEIGHT;
  private static final int STAT_AREA = Imgproc.CC_STAT_AREA;

  private LineFinder() {}

  /** The line segments of {@code grey}, in its pixels, in reading order. */
  static List<Box> find(Mat grey) {
    Mat ink = textInk(grey);
    try {
      int[] rows = rowProfile(ink);
      List<int[]> bands = bands(rows);
      List<Box> segments = new ArrayList<>();
      for (int[] band : bands) {
        segments.addAll(segments(ink, band));
      }
      return segments;
    } finally {
      ink.release();
    }
  }

  /** The median height of the ink components of {@code grey} large enough to be letters, in pixels. */
  static int typicalGlyphHeight(Mat grey) {
    Mat binary = new Mat();
    Mat labels = new Mat();
    Mat stats = new Mat();
    Mat centroids = new Mat();
    try {
      Imgproc.threshold(grey, binary, 0, 255, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
      int n = Imgproc.connectedComponentsWithStats(binary, labels, stats, centroids, 8, CvType.CV_32S);
      int[][] s = new int[n][5];
      for (int i = 1; i < n; i++) {
        stats.get(i, 0, s[i]);
      }
      return typicalHeight(s, n);
    } finally {
      binary.release();
      labels.release();
      stats.release();
      centroids.release();
    }
  }

  /** Binary ink (255) of the components shaped like writing. */
  static Mat textInk(Mat grey) {
    Mat binary = new Mat();
    Imgproc.threshold(grey, binary, 0, 255, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
    Mat labels = new Mat();
    Mat stats = new Mat();
    Mat centroids = new Mat();
    try {
      int n = Imgproc.connectedComponentsWithStats(binary, labels, stats, centroids, 8, CvType.CV_32S);
      int[][] s = new int[n][5];
      for (int i = 1; i < n; i++) {
        stats.get(i, 0, s[i]);
      }
      int glyph = typicalHeight(s, n);
      boolean[] keep = new boolean[n];
      for (int i = 1; i < n; i++) {
        keep[i] = looksLikeText(s[i], glyph, grey.cols());
      }
      return mask(labels, keep);
    } finally {
      binary.release();
      labels.release();
      stats.release();
      centroids.release();
    }
  }

  private static int typicalHeight(int[][] s, int n) {
    int[] heights = new int[n];
    int count = 0;
    for (int i = 1; i < n; i++) {
      if (s[i][STAT_AREA] >= 30 && s[i][STAT_HEIGHT] < 400) {
        heights[count++] = s[i][STAT_HEIGHT];
      }
    }
    if (count == 0) {
      return 20;
    }
    int[] sorted = Arrays.copyOf(heights, count);
    Arrays.sort(sorted);
    return Math.max(8, sorted[count / 2]);
  }

  private static boolean looksLikeText(int[] c, int glyph, int pageWidth) {
    int w = c[STAT_WIDTH];
    int h = c[STAT_HEIGHT];
    int area = c[STAT_AREA];
    if (area < 6) {
      return false; // speck
    }
    if (h > 6 * glyph) {
      return false; // border, shadowed edge, tall frame
    }
    if (w > pageWidth / 2 && h < 2 * glyph) {
      return false; // rule across the page
    }
    if (h < glyph / 2 && w > 12 * glyph) {
      return false; // underline or thin rule
    }
    boolean large = w > 4 * glyph && h > 3 * glyph;
    return !(large && area < 0.12 * w * h); // hollow frame of a stamp or box
  }

  private static Mat mask(Mat labels, boolean[] keep) {
    int rows = labels.rows();
    int cols = labels.cols();
    int[] l = new int[rows * cols];
    labels.get(0, 0, l);
    byte[] out = new byte[rows * cols];
    for (int i = 0; i < l.length; i++) {
      if (l[i] > 0 && keep[l[i]]) {
        out[i] = (byte) 255;
      }
    }
    Mat m = new Mat(rows, cols, CvType.CV_8UC1);
    m.put(0, 0, out);
    return m;
  }

  private static int[] rowProfile(Mat ink) {
    Mat sums = new Mat();
    try {
      Core.reduce(ink, sums, 1, Core.REDUCE_SUM, CvType.CV_32S);
      int[] rows = new int[sums.rows()];
      sums.get(0, 0, rows);
      for (int i = 0; i < rows.length; i++) {
        rows[i] /= 255;
      }
      return rows;
    } finally {
      sums.release();
    }
  }

  /** Runs of inked rows, with dots and marks joined to their line and touching lines split. */
  static List<int[]> bands(int[] rows) {
    List<int[]> raw = new ArrayList<>();
    int start = -1;
    for (int y = 0; y <= rows.length; y++) {
      boolean inked = y < rows.length && rows[y] > 0;
      if (inked && start < 0) {
        start = y;
      } else if (!inked && start >= 0) {
        raw.add(new int[] {start, y});
        start = -1;
      }
    }
    int typical = medianHeight(raw);
    List<int[]> joined = joinThin(raw, typical);
    typical = medianHeight(joined);
    List<int[]> split = new ArrayList<>();
    for (int[] band : joined) {
      splitTall(rows, band, typical, split);
    }
    return split;
  }

  private static int medianHeight(List<int[]> bands) {
    if (bands.isEmpty()) {
      return 1;
    }
    int[] h = bands.stream().mapToInt(b -> b[1] - b[0]).sorted().toArray();
    return Math.max(1, h[h.length / 2]);
  }

  /** A band much thinner than a line (a row of dots or harakat) joins its nearer neighbour. */
  private static List<int[]> joinThin(List<int[]> bands, int typical) {
    List<int[]> out = new ArrayList<>();
    for (int[] band : bands) {
      out.add(band.clone());
    }
    boolean changed = true;
    while (changed && out.size() > 1) {
      changed = false;
      for (int i = 0; i < out.size(); i++) {
        int[] b = out.get(i);
        if (b[1] - b[0] >= typical * 0.45) {
          continue;
        }
        int gapUp = i > 0 ? b[0] - out.get(i - 1)[1] : Integer.MAX_VALUE;
        int gapDown = i + 1 < out.size() ? out.get(i + 1)[0] - b[1] : Integer.MAX_VALUE;
        int gap = Math.min(gapUp, gapDown);
        if (gap > typical * 0.6) {
          continue;
        }
        int j = gapUp <= gapDown ? i - 1 : i + 1;
        int[] other = out.get(j);
        other[0] = Math.min(other[0], b[0]);
        other[1] = Math.max(other[1], b[1]);
        out.remove(i);
        changed = true;
        break;
      }
    }
    return out;
  }

  /** Splits a band holding several touching lines at its thinnest rows. */
  private static void splitTall(int[] rows, int[] band, int typical, List<int[]> out) {
    int height = band[1] - band[0];
    if (height < typical * 1.7 || typical < 4) {
      out.add(band);
      return;
    }
    int from = band[0] + (int) (typical * 0.6);
    int to = band[1] - (int) (typical * 0.6);
    int cut = -1;
    int least = Integer.MAX_VALUE;
    for (int y = from; y < to; y++) {
      if (rows[y] < least) {
        least = rows[y];
        cut = y;
      }
    }
    int peak = Arrays.stream(rows, band[0], band[1]).max().orElse(0);
    if (cut < 0 || least > peak * 0.35) {
      out.add(band);
      return;
    }
    splitTall(rows, new int[] {band[0], cut}, typical, out);
    splitTall(rows, new int[] {cut, band[1]}, typical, out);
  }

  /** The pieces of one band separated by gaps wide enough to part blocks, right to left. */
  private static List<Box> segments(Mat ink, int[] band) {
    int height = band[1] - band[0];
    Mat strip = ink.rowRange(band[0], band[1]);
    Mat sums = new Mat();
    int[] cols;
    try {
      Core.reduce(strip, sums, 0, Core.REDUCE_SUM, CvType.CV_32S);
      cols = new int[sums.cols()];
      sums.get(0, 0, cols);
    } finally {
      sums.release();
      strip.release();
    }
    int maxGap = Math.max(12, (int) (height * 2.5));
    List<Box> pieces = new ArrayList<>();
    int left = -1;
    int lastInk = -1;
    for (int x = 0; x < cols.length; x++) {
      if (cols[x] == 0) {
        continue;
      }
      if (left < 0) {
        left = x;
      } else if (x - lastInk > maxGap) {
        pieces.add(piece(left, lastInk, band, ink.cols(), ink.rows()));
        left = x;
      }
      lastInk = x;
    }
    if (left >= 0) {
      pieces.add(piece(left, lastInk, band, ink.cols(), ink.rows()));
    }
    pieces.removeIf(b -> b.w() < 4 || b.h() < 4 || b.w() * b.h() < 120);
    List<Box> rtl = new ArrayList<>(pieces);
    java.util.Collections.reverse(rtl);
    return rtl;
  }

  private static Box piece(int left, int right, int[] band, int width, int height) {
    int h = band[1] - band[0];
    int padY = Math.max(2, h / 6);
    int padX = Math.max(4, h / 3);
    int x0 = Math.max(0, left - padX);
    int x1 = Math.min(width, right + 1 + padX);
    int y0 = Math.max(0, band[0] - padY);
    int y1 = Math.min(height, band[1] + padY);
    return new Box(x0, y0, x1 - x0, y1 - y0);
  }
}
