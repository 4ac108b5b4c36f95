package org.wathiqa.prepare;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * Finds pages scanned on their side or upside down. Between lines of print lie rows without ink,
 * while hardly a column of a page of lines is without ink, so a page with many more empty columns
 * than empty rows lies on its side. Arabic letters rise well above their
 * baseline — the row where a line holds most ink — and hang only a little below it, so a page whose
 * lines carry more ink below their baseline than above is upside down. A page is turned only when the
 * evidence is clear; otherwise it is left as it is. Stateless and thread-safe.
 */
final class Orientation {
  /** How many times the share of empty rows the share of empty columns must be for a page on its side. */
  static final double SIDEWAYS = 1.6;
  /** How many times more lines must vote upside down than upright to call the page upside down. */
  static final double UPSIDE_DOWN = 2.0;
  /** How much more ink one side of a line's baseline must hold for the line to vote. */
  static final double LINE_VOTE = 1.3;
  /** Least share of empty lines between lines of print; a page of lines has far more. */
  static final double MIN_EMPTY = 0.2;
  /** Share of the page's width and height left out on each side. */
  static final double MARGIN = 0.06;
  /** Side in pixels of the window whose lightest pixel is taken as the paper: wider than any stroke. */
  static final int PAPER_WINDOW = 41;
  /** Grey levels by which ink is darker than the paper around it. */
  static final int INK_CONTRAST = 40;
  /** How many times the band's median row the baseline row must hold for the line to vote. */
  static final double PEAK = 1.5;
  /** Fewest voting lines needed to judge up from down. */
  static final int MIN_LINES = 3;

  private Orientation() {}

  /**
   * The ink of a grey page as the orientation tests see it, measured once for both; the caller
   * closes it.
   */
  static final class Ink implements AutoCloseable {
    private final Mat ink = new Mat();
    /** Ink per row and per column, counted when first asked for. */
    private double[] rows;
    private double[] columns;

    Ink(Mat probe) {
      inkOf(probe, ink);
    }

    private Ink() {}

    /**
     * This ink turned by {@code degrees} about its centre, as {@link Deskew#rotate} turns a page:
     * the ink of the page once levelled, without measuring it again. The caller closes both.
     */
    Ink turned(double degrees) {
      Ink out = new Ink();
      Mat m = Imgproc.getRotationMatrix2D(new Point(ink.cols() / 2.0, ink.rows() / 2.0), degrees, 1.0);
      try {
        Imgproc.warpAffine(ink, out.ink, m, ink.size(), Imgproc.INTER_NEAREST, Core.BORDER_CONSTANT, new Scalar(0));
      } finally {
        m.release();
      }
      return out;
    }

    /** Whether the lines run from top to bottom: the page lies on its side. */
    boolean sideways() {
      return clearlyMore(emptyShare(columns()), emptyShare(rows()));
    }

    /** Whether the page clearly has lines running across and is upside down. */
    boolean upsideDown() {
      boolean across = clearlyMore(emptyShare(rows()), emptyShare(columns()));
      return across && baselineVote(rows()) > 0;
    }

    private double[] rows() {
      if (rows == null) {
        rows = profile(ink, 1);
      }
      return rows;
    }

    private double[] columns() {
      if (columns == null) {
        columns = profile(ink, 0);
      }
      return columns;
    }

    @Override
    public void close() {
      ink.release();
    }
  }

  /** Whether the lines of the grey page {@code probe} run from top to bottom: the page lies on its side. */
  static boolean isSideways(Mat probe) {
    try (Ink ink = new Ink(probe)) {
      return ink.sideways();
    }
  }

  /** Whether the level grey page {@code probe} clearly has lines running across and is upside down. */
  static boolean isUpsideDown(Mat probe) {
    try (Ink ink = new Ink(probe)) {
      return ink.upsideDown();
    }
  }

  /** Whether a share of empty lines is both large and {@value #SIDEWAYS} times the other direction's. */
  private static boolean clearlyMore(double share, double other) {
    return share >= MIN_EMPTY && share > SIDEWAYS * other;
  }

  /**
   * Marks as ink (1) what is clearly darker than the paper around it, so uneven light does not count
   * as print; the page's margins, where a scanner lid's shadow or a black border lies, are left out.
   */
  static void inkOf(Mat page, Mat ink) {
    int dx = (int) (page.cols() * MARGIN);
    int dy = (int) (page.rows() * MARGIN);
    Mat probe = page.submat(dy, page.rows() - dy, dx, page.cols() - dx);
    Mat background = new Mat();
    try {
      Imgproc.dilate(probe, background,
          Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new org.opencv.core.Size(PAPER_WINDOW, PAPER_WINDOW)));
      Core.subtract(background, probe, ink);
      Imgproc.threshold(ink, ink, INK_CONTRAST, 1, Imgproc.THRESH_BINARY);
    } finally {
      background.release();
      probe.release();
    }
  }

  /** Ink per row ({@code dim} 1) or per column ({@code dim} 0) of a 0/1 image. */
  static double[] profile(Mat ink, int dim) {
    int[] sums = Mats.sums(ink, dim);
    double[] p = new double[sums.length];
    for (int i = 0; i < sums.length; i++) {
      p[i] = sums[i];
    }
    return p;
  }

  /**
   * Share of the lines across the inked span of {@code profile} that hold (almost) no ink: high for
   * rows of a page of lines (the gaps between them), low for its columns.
   */
  static double emptyShare(double[] profile) {
    int first = -1;
    int last = -1;
    double max = 0;
    for (int i = 0; i < profile.length; i++) {
      if (profile[i] > 0) {
        first = first < 0 ? i : first;
        last = i;
      }
      max = Math.max(max, profile[i]);
    }
    if (first < 0) {
      return 0;
    }
    int empty = 0;
    for (int i = first; i <= last; i++) {
      if (profile[i] <= max / 50) {
        empty++;
      }
    }
    return (double) empty / (last - first + 1);
  }

  /**
   * +1 if clearly more lines of a 0/1 image with ink per row {@code rows} carry more ink below their
   * baseline than above (the page is upside down), -1 if clearly more carry it above (upright), 0 if
   * unclear.
   */
  static int baselineVote(double[] rows) {
    int up = 0;
    int down = 0;
    for (int[] band : bands(rows)) {
      int base = band[0];
      for (int y = band[0]; y < band[1]; y++) {
        if (rows[y] > rows[base]) {
          base = y;
        }
      }
      if (!hasPeak(rows, band, base)) {
        continue;
      }
      double above = 0;
      double below = 0;
      for (int y = band[0]; y < band[1]; y++) {
        if (y < base) {
          above += rows[y];
        } else if (y > base) {
          below += rows[y];
        }
      }
      if (above > LINE_VOTE * below) {
        up++;
      } else if (below > LINE_VOTE * above) {
        down++;
      }
    }
    if (up + down < MIN_LINES) {
      return 0;
    }
    return down > UPSIDE_DOWN * up ? 1 : up > UPSIDE_DOWN * down ? -1 : 0;
  }

  /** Whether the band's busiest row stands out from its typical row, as a line of script's baseline does. */
  private static boolean hasPeak(double[] rows, int[] band, int base) {
    double[] sorted = java.util.Arrays.copyOfRange(rows, band[0], band[1]);
    java.util.Arrays.sort(sorted);
    return rows[base] > PEAK * sorted[sorted.length / 2];
  }

  /** Runs of rows holding more than a twentieth of the busiest row's ink: {start, end} pairs. */
  private static java.util.List<int[]> bands(double[] rows) {
    double max = 0;
    for (double r : rows) {
      max = Math.max(max, r);
    }
    double floor = max / 20;
    java.util.List<int[]> bands = new java.util.ArrayList<>();
    int start = -1;
    for (int y = 0; y <= rows.length; y++) {
      boolean inked = y < rows.length && rows[y] > floor;
      if (inked && start < 0) {
        start = y;
      } else if (!inked && start >= 0) {
        if (y - start >= 4) {
          bands.add(new int[] {start, y});
        }
        start = -1;
      }
    }
    return bands;
  }
}
