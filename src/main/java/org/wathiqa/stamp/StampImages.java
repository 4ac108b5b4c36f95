package org.wathiqa.stamp;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.wathiqa.prepare.GreyLevels;
import org.wathiqa.prepare.InkPoints;

/** Image scaling for the stamp stage; conversions to and from AWT are {@code prepare.Mats}'. Stateless. */
final class StampImages {
  private StampImages() {}

  /** Share of a crop's pixels taken as its darkest ink when its contrast is stretched. */
  private static final double INK_PERCENTILE = 0.01;

  /**
   * Stretches the grey {@code crop} in place so its paper (the median level) is white and its
   * darkest ink black: faded and pale stamps read as well as fresh ones.
   */
  static void stretch(Mat crop) {
    int[] counts = histogram(crop);
    int paper = level(counts, crop.total() / 2);
    int ink = level(counts, (long) Math.ceil(crop.total() * INK_PERCENTILE));
    if (paper - ink < 16) {
      return;
    }
    double alpha = 255.0 / (paper - ink);
    crop.convertTo(crop, -1, alpha, -ink * alpha);
  }

  private static int[] histogram(Mat grey) {
    byte[] pixels = new byte[(int) grey.total()];
    Mat dense = grey.isContinuous() ? grey : grey.clone();
    dense.get(0, 0, pixels);
    if (dense != grey) {
      dense.release();
    }
    int[] counts = new int[256];
    for (byte b : pixels) {
      counts[b & 0xff]++;
    }
    return counts;
  }

  /** The grey level below which {@code rank} pixels lie. */
  private static int level(int[] counts, long rank) {
    long seen = 0;
    for (int v = 0; v < counts.length; v++) {
      seen += counts[v];
      if (seen >= rank) {
        return v;
      }
    }
    return 255;
  }

  /**
   * Whitens the long straight rules along the grey {@code strip}: what is left of a stamp's circles
   * once its ring is unwrapped, or a register stamp's frame. A run of ink four times the image's
   * height long, or half its width, is no letter.
   */
  static void eraseRules(Mat strip) {
    Mat ink = new Mat();
    Mat rules = new Mat();
    try {
      Imgproc.threshold(strip, ink, 0, 255, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
      Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(Math.min(4 * strip.rows(), strip.cols() / 2), 1));
      Imgproc.morphologyEx(ink, rules, Imgproc.MORPH_OPEN, kernel);
      kernel.release();
      Imgproc.dilate(rules, rules, Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(1, 3)));
      strip.setTo(new org.opencv.core.Scalar(255), rules);
    } finally {
      ink.release();
      rules.release();
    }
  }

  /** Share of a framed block's height or width, from each edge, in which its frame's sides are looked for. */
  private static final double FRAME_ZONE = 0.15;
  /**
   * Grey level below which a pixel counts as the frame's ink: anything clearly darker than the
   * paper, which the crop is stretched to white; a faint frame is lighter than Otsu's split.
   */
  private static final double FRAME_INK = 200;
  /** Share of a row (or column) a side of a frame covers with ink, gaps and breaks in its line allowed for. */
  private static final double FRAME_COVER = 0.75;
  /** Share of a row (or column) still inked along the inner edge of a frame's side, cleared with it. */
  private static final double FRAME_EDGE = 0.25;
  /** Most rows (or columns) of such an edge, px: no more than a stroke, so a line of text beside it is kept. */
  private static final int FRAME_EDGE_PX = 3;

  /**
   * Whitens the grey {@code block}, a levelled register stamp, from each edge to the innermost line
   * of its frame on that side: a row (or column) near the edge inked across at least
   * {@link #FRAME_COVER} of the block. Broken, faint, noisy and double frames stay in part after
   * {@link #eraseRules}, and the engine reads their sides as strokes and digits ("|", "١").
   * No line of text is so solidly inked across, and none starts that near the edge.
   */
  static void clearOutsideFrame(Mat block) {
    int[] perRow = inkAcross(block, new Size(1, 3), 1);
    int[] perCol = inkAcross(block, new Size(3, 1), 0);
    int top = innermostSide(perRow, block.cols(), true);
    int bottom = innermostSide(perRow, block.cols(), false);
    int left = innermostSide(perCol, block.rows(), true);
    int right = innermostSide(perCol, block.rows(), false);
    org.opencv.core.Scalar white = new org.opencv.core.Scalar(255);
    if (top >= 0) {
      block.rowRange(0, top + 1).setTo(white);
    }
    if (bottom >= 0) {
      block.rowRange(bottom, block.rows()).setTo(white);
    }
    if (left >= 0) {
      block.colRange(0, left + 1).setTo(white);
    }
    if (right >= 0) {
      block.colRange(right, block.cols()).setTo(white);
    }
  }

  /**
   * The count of {@link #FRAME_INK} pixels in each row ({@code dim} 1) or column ({@code dim} 0) of
   * {@code block}, its ink first thickened by {@code spread}: a side of a frame left a pixel out of
   * true by the levelling still counts whole.
   */
  private static int[] inkAcross(Mat block, Size spread, int dim) {
    Mat ink = new Mat();
    Mat sums = new Mat();
    Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, spread);
    try {
      Imgproc.threshold(block, ink, FRAME_INK, 1, Imgproc.THRESH_BINARY_INV);
      Imgproc.dilate(ink, ink, kernel);
      Core.reduce(ink, sums, dim, Core.REDUCE_SUM, CvType.CV_32S);
      int[] counts = new int[(int) sums.total()];
      sums.get(0, 0, counts);
      return counts;
    } finally {
      ink.release();
      sums.release();
      kernel.release();
    }
  }

  /**
   * Index of the inner edge of the innermost line within {@link #FRAME_ZONE} of the start
   * ({@code fromStart}) or the end of {@code counts} whose ink covers {@link #FRAME_COVER} of
   * {@code across}, its softer edge included ({@link #FRAME_EDGE_PX} at most); -1 if there is none.
   */
  private static int innermostSide(int[] counts, int across, boolean fromStart) {
    int zone = (int) (counts.length * FRAME_ZONE);
    int found = -1;
    for (int k = 0; k < zone; k++) {
      if (counts[fromStart ? k : counts.length - 1 - k] >= FRAME_COVER * across) {
        found = k;
      }
    }
    if (found < 0) {
      return -1;
    }
    for (int k = 0; k < FRAME_EDGE_PX && found + 1 < zone
        && counts[fromStart ? found + 1 : counts.length - 2 - found] >= FRAME_EDGE * across; k++) {
      found++;
    }
    return fromStart ? found : counts.length - 1 - found;
  }

  /** Smallest tilt of a block of text worth turning, degrees. */
  private static final double MIN_TILT = 2;
  /** Largest tilt of a stamp's centre text looked for, degrees either way. */
  private static final double MAX_TILT = 90;
  /** Step between the tilts tried, degrees. */
  private static final double TILT_STEP = 3;
  /** Step of the finer search about the best tilt of a framed block, degrees. */
  private static final double FINE_STEP = 0.5;
  /**
   * Half-width of the running mean taken over the rows' ink of a block without a frame before
   * neighbouring rows are compared, px of the reader's crops (type ~30 px high). Unsmoothed, an
   * upright stroke turned along the rows (alif, lam, the digit one: Arabic stands on them) is a thin
   * row of ink as sharp-edged as a line of text, and two short lines turned a quarter turn could look
   * level. A framed block is not smoothed: its frame's long sides, each sharp in one row, are the
   * surest sign of its tilt.
   */
  private static final int ROW_MEAN = 2;
  /**
   * Share of its sharpness a tilt of a quarter turn gives up, less in proportion for smaller tilts:
   * stamps are pressed by hand, nearly upright, and a steep tilt must be clearly sharper to be taken.
   */
  private static final double STEEP_DOUBT = 0.4;
  /**
   * Length from which a straight piece of ink is a stroke rather than a letter, px of the crops the
   * reader scales stamps to, whose type is ~30 px high: a letter and a half.
   */
  private static final double STROKE_LENGTH = 45;
  /**
   * Length over thickness from which a piece of ink is a stroke: a written word, ascenders and
   * all, is seldom more than five times as long as it is high.
   */
  private static final double STROKE_THINNESS = 8;

  /**
   * The grey {@code block} turned so its lines run level: of the tilts tried, the one whose rows of
   * ink, long straight strokes left out, change most sharply from one to the next, steep tilts
   * discounted ({@link #STEEP_DOUBT}). The tilts are judged on the ink's pixels, each turned as a
   * point, rather than on the turned image: the same measure, without resampling the block once for
   * every tilt. The caller releases it.
   *
   * @param framed whether the block is a register stamp's, drawn in a frame (see {@link #ROW_MEAN})
   */
  static Mat levelled(Mat block, boolean framed) {
    double degrees = tilt(block, framed);
    return Math.abs(degrees) < MIN_TILT ? block.clone() : turned(block, degrees, 255);
  }

  /**
   * The dark pixels of the grey {@code block}, split from its paper by Otsu's threshold, without its
   * long straight strokes: a signature's stroke or a rule crossing a stamp is one dense row once
   * turned along it, which would outweigh the rows of faint stamp text.
   */
  private static InkPoints inkOf(Mat block) {
    Mat ink = new Mat();
    try {
      GreyLevels.splitDark(block, ink, 255);
      withoutStrokes(ink);
      return InkPoints.of(ink);
    } finally {
      ink.release();
    }
  }

  /**
   * Clears from the binary {@code ink} each connected piece at least {@link #STROKE_LENGTH} long and
   * {@link #STROKE_THINNESS} times as long as it is thick, length and thickness taken along and
   * across its main axis (from its second moments, as of a uniform bar).
   */
  static void withoutStrokes(Mat ink) {
    Mat labels = new Mat();
    try {
      int n = Imgproc.connectedComponents(ink, labels, 8, CvType.CV_32S);
      if (n < 2) {
        return;
      }
      int width = ink.cols();
      int[] label = new int[(int) labels.total()];
      labels.get(0, 0, label);
      double[] sx = new double[n];
      double[] sy = new double[n];
      double[] sxx = new double[n];
      double[] syy = new double[n];
      double[] sxy = new double[n];
      long[] count = new long[n];
      for (int i = 0; i < label.length; i++) {
        int k = label[i];
        if (k != 0) {
          double x = i % width;
          double y = i / width;
          count[k]++;
          sx[k] += x;
          sy[k] += y;
          sxx[k] += x * x;
          syy[k] += y * y;
          sxy[k] += x * y;
        }
      }
      boolean[] stroke = new boolean[n];
      boolean any = false;
      for (int k = 1; k < n; k++) {
        double mx = sx[k] / count[k];
        double my = sy[k] / count[k];
        double vx = sxx[k] / count[k] - mx * mx;
        double vy = syy[k] / count[k] - my * my;
        double cov = sxy[k] / count[k] - mx * my;
        double half = Math.sqrt(Math.max(0, (vx - vy) * (vx - vy) / 4 + cov * cov));
        double along = (vx + vy) / 2 + half;
        // a one-pixel line has no spread across, but a pixel's own width: 1/12 of a pixel squared
        double across = Math.max((vx + vy) / 2 - half, 1.0 / 12);
        double length = Math.sqrt(12 * along);
        stroke[k] = length >= STROKE_LENGTH && Math.sqrt(along / across) >= STROKE_THINNESS;
        any |= stroke[k];
      }
      if (any) {
        clearPieces(ink, label, stroke);
      }
    } finally {
      labels.release();
    }
  }

  /**
   * Clears in the continuous binary {@code ink} the pixels of the pieces marked in {@code clear},
   * each pixel's piece given by {@code label} (OpenCV's labels, row by row).
   */
  static void clearPieces(Mat ink, int[] label, boolean[] clear) {
    byte[] pixels = new byte[label.length];
    ink.get(0, 0, pixels);
    for (int i = 0; i < label.length; i++) {
      if (clear[label[i]]) {
        pixels[i] = 0;
      }
    }
    ink.put(0, 0, pixels);
  }

  /**
   * The tilt, degrees, by which {@link #levelled} turns {@code block}: of a framed block, refined to
   * {@link #FINE_STEP} about the best of the coarse steps, so the frame's sides come out straight
   * enough to be erased as rules.
   */
  static double tilt(Mat block, boolean framed) {
    InkPoints ink = inkOf(block);
    int mean = framed ? 0 : ROW_MEAN;
    double coarse = sharpest(ink, mean, -MAX_TILT, MAX_TILT, TILT_STEP);
    return framed ? sharpest(ink, mean, coarse - TILT_STEP / 2, coarse + TILT_STEP / 2, FINE_STEP) : coarse;
  }

  /** Of the tilts from {@code from} to {@code to} by {@code step}, the one whose rows are sharpest, steep ones discounted. */
  private static double sharpest(InkPoints ink, int mean, double from, double to, double step) {
    double degrees = from;
    double best = -1;
    for (double d = from; d <= to + 1e-9; d += step) {
      double sharpness = rowSharpness(ink, d, mean) * (1 - STEEP_DOUBT * Math.abs(d) / 90);
      if (sharpness > best) {
        best = sharpness;
        degrees = d;
      }
    }
    return degrees;
  }

  /**
   * Sum of squared differences between neighbouring rows' ink, each row first averaged with the
   * {@code mean} rows on either side, once turned {@code degrees} about the centre as
   * {@link #turned} turns an image: high when lines run level. Ink turned out of the block's frame is
   * lost, as it is from a turned image.
   */
  private static double rowSharpness(InkPoints ink, double degrees, int mean) {
    double a = Math.toRadians(degrees);
    float sin = (float) Math.sin(a);
    float cos = (float) Math.cos(a);
    float[] x = ink.x();
    float[] y = ink.y();
    int width = ink.width();
    int height = ink.height();
    float cx = width / 2f;
    float cy = height / 2f;
    double[] rows = new double[height + 1];
    for (int i = 0; i < x.length; i++) {
      float col = cos * x[i] + sin * y[i] + cx;
      float row = -sin * x[i] + cos * y[i] + cy;
      if (col >= 0 && col < width && row >= 0 && row < height) {
        // shared between the two rows it falls between, as resampling would: counted whole in one,
        // the ink of a page turned by 45 degrees would fill every other row and look sharpest
        int above = (int) row;
        float below = row - above;
        rows[above] += 1 - below;
        rows[above + 1] += below;
      }
    }
    double[] smooth = mean == 0 ? rows : runningMean(rows, mean);
    double sum = 0;
    for (int i = 1; i < smooth.length; i++) {
      double d = smooth[i] - smooth[i - 1];
      sum += d * d;
    }
    return sum;
  }

  /** The mean of each value of {@code values} and the {@code half} on either side that exist. */
  private static double[] runningMean(double[] values, int half) {
    double[] prefix = new double[values.length + 1];
    for (int i = 0; i < values.length; i++) {
      prefix[i + 1] = prefix[i] + values[i];
    }
    double[] mean = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      int lo = Math.max(0, i - half);
      int hi = Math.min(values.length, i + half + 1);
      mean[i] = (prefix[hi] - prefix[lo]) / (hi - lo);
    }
    return mean;
  }

  /** {@code image} turned by {@code degrees} about its centre, {@code fill} beyond it. The caller releases it. */
  private static Mat turned(Mat image, double degrees, int fill) {
    org.opencv.core.Point centre = new org.opencv.core.Point(image.cols() / 2.0, image.rows() / 2.0);
    Mat turn = Imgproc.getRotationMatrix2D(centre, degrees, 1);
    Mat out = new Mat();
    Imgproc.warpAffine(image, out, turn, image.size(), Imgproc.INTER_LINEAR, Core.BORDER_CONSTANT,
        new org.opencv.core.Scalar(fill));
    turn.release();
    return out;
  }

  /** {@code mat} scaled by {@code factor}, area-averaged when shrinking. The caller releases it. */
  static Mat scaled(Mat mat, double factor) {
    Mat out = new Mat();
    int interpolation = factor < 1 ? Imgproc.INTER_AREA : Imgproc.INTER_CUBIC;
    Imgproc.resize(mat, out, new Size(), factor, factor, interpolation);
    return out;
  }
}
