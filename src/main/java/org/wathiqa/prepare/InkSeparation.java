package org.wathiqa.prepare;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * Lifts coloured ink — blue, violet, red stamps and signatures — off a colour page, so the letters
 * under a stamp survive and stamp letters do not enter the page text. A pixel is coloured ink when it
 * is saturated and not dark; dark pixels stay, since black text under a stamp is dark whatever ink
 * lies on it. Stateless and thread-safe.
 */
public final class InkSeparation {
  /** HSV saturation (0–255) that is coloured ink on any paper. */
  public static final int MIN_SATURATION = 70;
  /** Saturation of faded ink on white paper. */
  public static final int MIN_FADED_SATURATION = 35;
  /** How far above the paper's own saturation ink must be. */
  public static final int PAPER_MARGIN = 35;
  /** Minimum HSV value (0–255) of coloured ink; darker pixels are taken as text. */
  public static final int MIN_VALUE = 70;
  /** How far (pixels) from clearly coloured ink faintly coloured pixels are taken as ink too. */
  static final int FADED_REACH = 4;
  /** Where between the print's grey (0) and the paper's (1) a pixel is print whose edges may be tinted. */
  static final double PRINT_LEVEL = 0.35;
  /** How far (pixels) from print its compression tint reaches. */
  static final int PRINT_REACH = 2;
  /** Saturation above the paper's that makes a pixel near ink faintly coloured. */
  static final int TINT_MARGIN = 12;
  /** Saturation of paper from which it is tinted and has a hue of its own. */
  static final int TINTED_PAPER = 15;
  /** Least hue difference (of 180) from tinted paper of ink that is only a little more saturated. */
  static final int HUE_APART = 15;
  /** How far above tinted paper's saturation ink of another hue must be. */
  static final int HUE_SATURATION_MARGIN = 10;
  /** Scale of the copy a page-wide median is taken over. */
  private static final double SAMPLE = 0.125;
  /** OpenCV's hue circle for 8-bit images. */
  private static final int HUE_TURN = 180;
  /** The least saturation of faintly coloured ink, however white the paper. */
  static final int MIN_TINT = 18;
  /** Share of the way from the print's grey to the paper's still taken as print under coloured ink. */
  static final double TEXT_REACH = 0.15;
  /** Share of the way from the stamp ink's grey to the print's that print under it must be darker by. */
  static final double STAMP_MARGIN = 0.3;
  /** How far (pixels) from lifted ink its pale fringe is cleared. */
  static final int HALO = 3;
  /** Where between the print's grey (0) and the paper's (1) a pixel near lifted ink becomes fringe. */
  static final double HALO_LEVEL = 0.6;
  /** The share of a page's pixels that are darkest print, whose grey is the print's. */
  public static final double DARKEST_SHARE = 0.005;
  /**
   * Paper kept around ink when the page is lifted part by part, px: more than the farthest reach of
   * any step from the ink ({@link #FADED_REACH} + {@link #HALO}, the dilations, and the print beside
   * a stroke) with room to spare.
   */
  static final int AREA_MARGIN = 24;

  private InkSeparation() {}

  /**
   * The result: the grey page without coloured ink, the mask of what was lifted, and the grey levels
   * of the page as returned where they were counted on the way (null where nothing was lifted).
   */
  record Separated(Mat grey, Mat inkMask, double inkFraction, GreyLevels levels) {}

  /**
   * Separates coloured ink from the 8-bit BGR {@code colour} page. The caller releases both mats of
   * the result.
   */
  static Separated separate(Mat colour) {
    Mat hsv = new Mat();
    Mat mask = new Mat();
    Mat grey = new Mat();
    try {
      Imgproc.cvtColor(colour, hsv, Imgproc.COLOR_BGR2HSV);
      int paperSaturation = paperSaturation(hsv);
      Core.inRange(hsv, new Scalar(0, minSaturation(paperSaturation), MIN_VALUE), new Scalar(180, 255, 255), mask);
      if (paperSaturation >= TINTED_PAPER) {
        addOtherHues(hsv, mask, paperSaturation);
      }
      Imgproc.cvtColor(colour, grey, Imgproc.COLOR_BGR2GRAY);
      double fraction = Core.countNonZero(mask) / (double) mask.total();
      GreyLevels levels = null;
      if (fraction > 0) {
        levels = GreyLevels.of(grey);
        int paper = levels.paper();
        int print = levels.darkest(DARKEST_SHARE);
        for (Rect area : inkAreas(mask)) {
          Mat h = hsv.submat(area);
          Mat m = mask.submat(area);
          Mat g = grey.submat(area);
          GreyLevels was = GreyLevels.of(g);
          lift(h, m, g, paper, print, paperSaturation);
          levels = levels.replacing(was, GreyLevels.of(g)); // lifting changes nothing outside its area
          h.release();
          m.release();
          g.release();
        }
      }
      return new Separated(grey, mask, fraction, levels);
    } finally {
      hsv.release();
    }
  }

  /**
   * Lifts the ink of {@code mask} off {@code grey}, widening the mask by its faded edges; the three
   * mats cover the same part of the page.
   */
  private static void lift(Mat hsv, Mat mask, Mat grey, int paper, int print, int paperSaturation) {
    Mat strokes = strokes(mask, grey, print + (paper - print) * PRINT_LEVEL);
    addFadedEdges(hsv, mask, strokes, paperSaturation);
    Imgproc.dilate(mask, mask, Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new org.opencv.core.Size(3, 3)));
    Mat darkText = new Mat();
    Imgproc.threshold(grey, darkText, textLevel(grey, strokes, paper, print), 255, Imgproc.THRESH_BINARY_INV);
    Core.subtract(mask, darkText, mask);
    darkText.release();
    grey.setTo(new Scalar(paper), mask);
    clearHalo(grey, strokes, paper, print);
    strokes.release();
  }

  /**
   * The parts of the page that hold the ink of {@code mask}, each with {@link #AREA_MARGIN} pixels
   * around its ink: rows with ink split where more than two margins of rows have none, and each such
   * band split the same way across. Lifting works within {@code AREA_MARGIN} of the ink, so it gives
   * the same page part by part as over the whole page, at the cost of the ink's area only.
   */
  static List<Rect> inkAreas(Mat mask) {
    List<Rect> areas = new ArrayList<>();
    for (int[] rows : runs(Mats.sums(mask, 1), 2 * AREA_MARGIN)) {
      Mat band = mask.rowRange(rows[0], rows[1]);
      for (int[] cols : runs(Mats.sums(band, 0), 2 * AREA_MARGIN)) {
        int x0 = Math.max(0, cols[0] - AREA_MARGIN);
        int y0 = Math.max(0, rows[0] - AREA_MARGIN);
        int x1 = Math.min(mask.cols(), cols[1] + AREA_MARGIN);
        int y1 = Math.min(mask.rows(), rows[1] + AREA_MARGIN);
        areas.add(new Rect(x0, y0, x1 - x0, y1 - y0));
      }
      band.release();
    }
    return areas;
  }

  /** Runs {@code [start, end)} of non-zero entries, runs fewer than {@code gap} zeros apart joined. */
  private static List<int[]> runs(int[] counts, int gap) {
    List<int[]> runs = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 0) {
        continue;
      }
      if (start >= 0 && i - end > gap) {
        runs.add(new int[] {start, end});
        start = -1;
      }
      if (start < 0) {
        start = i;
      }
      end = i + 1;
    }
    if (start >= 0) {
      runs.add(new int[] {start, end});
    }
    return runs;
  }

  /**
   * The grey at or below which a pixel under coloured ink is taken for print and kept: up to
   * {@value #TEXT_REACH} of the way from the print's grey to the paper's, so pale-grey print stays
   * whole where a stamp crosses it, yet at least {@value #STAMP_MARGIN} of the way from the stamp's
   * median grey (over {@code strokes}) towards the print's, so a stamp about as dark as the print is
   * still lifted; never below the level under which a pixel is text whatever its tint.
   */
  static double textLevel(Mat grey, Mat strokes, int paper, int print) {
    double level = print + (paper - print) * TEXT_REACH;
    GreyLevels stamp = GreyLevels.of(grey, strokes);
    if (stamp.total() > 0) {
      int ink = stamp.darkest(0.5);
      level = Math.min(level, ink - (ink - print) * STAMP_MARGIN);
    }
    return Math.max(MIN_VALUE * 0.8, level);
  }

  /**
   * Whitens the pale fringe that lifted ink leaves behind: the anti-aliased and compressed edges of
   * stamp strokes are too grey to count as coloured, yet the OCR model, which reads grey levels, sees
   * them as faint letters. Near lifted ink, anything nearer the paper's grey than the print's goes to
   * paper; letters under the stamp are darker and stay, on faded pages too.
   */
  private static void clearHalo(Mat grey, Mat strokes, int paper, int text) {
    Mat near = new Mat();
    Mat pale = new Mat();
    try {
      int reach = FADED_REACH + HALO;
      Imgproc.dilate(strokes, near, Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE,
          new org.opencv.core.Size(reach * 2 + 1, reach * 2 + 1)));
      Imgproc.threshold(grey, pale, text + (paper - text) * HALO_LEVEL, 255, Imgproc.THRESH_BINARY);
      Core.bitwise_and(near, pale, near);
      grey.setTo(new Scalar(paper), near);
    } finally {
      near.release();
      pale.release();
    }
  }

  /**
   * Adds to {@code mask} the pixels of a hue at least {@value #HUE_APART} (of 180) from the tinted
   * paper's and at least {@value #HUE_SATURATION_MARGIN} more saturated than it: a faded red stamp on
   * yellowed paper is only a little more saturated than the paper, too little for the paper's
   * margin, but of another colour. Print and its edges take the paper's hue.
   */
  private static void addOtherHues(Mat hsv, Mat mask, int paperSaturation) {
    Mat hue = new Mat();
    Mat apart = new Mat();
    Mat other = new Mat();
    Mat table = new Mat(1, 256, CvType.CV_8U);
    try {
      Core.extractChannel(hsv, hue, 0);
      int paperHue = median(hue);
      byte[] far = new byte[256];
      for (int h = 0; h < far.length; h++) {
        int d = Math.abs(h - paperHue);
        far[h] = (byte) (Math.min(d, HUE_TURN - d) >= HUE_APART ? 255 : 0); // either way round the circle
      }
      table.put(0, 0, far);
      Core.LUT(hue, table, apart);
      Core.inRange(hsv, new Scalar(0, paperSaturation + HUE_SATURATION_MARGIN, MIN_VALUE),
          new Scalar(180, 255, 255), other);
      Core.bitwise_and(other, apart, other);
      Core.bitwise_or(mask, other, mask);
    } finally {
      hue.release();
      apart.release();
      other.release();
      table.release();
    }
  }

  /**
   * The least saturation of ink on the page whose HSV image is {@code hsv}: {@value #PAPER_MARGIN}
   * above the paper's own (tinted or yellowed paper is slightly saturated), at least
   * {@value #MIN_FADED_SATURATION} so faded stamps are found on white paper, and at most
   * {@value #MIN_SATURATION}.
   */
  public static int minSaturation(Mat hsv) {
    return minSaturation(paperSaturation(hsv));
  }

  private static int minSaturation(int paperSaturation) {
    return Math.min(MIN_SATURATION, Math.max(MIN_FADED_SATURATION, paperSaturation + PAPER_MARGIN));
  }

  /**
   * Adds to {@code mask} the faintly coloured pixels within {@value #FADED_REACH} pixels of
   * {@code strokes}: the thin and faded parts of a stroke whose core is clearly coloured, which are
   * too grey to be taken for ink on their own.
   */
  private static void addFadedEdges(Mat hsv, Mat mask, Mat strokes, int paperSaturation) {
    Mat near = new Mat();
    Mat faint = new Mat();
    try {
      Imgproc.dilate(strokes, near, Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE,
          new org.opencv.core.Size(FADED_REACH * 2 + 1, FADED_REACH * 2 + 1)));
      int least = Math.max(MIN_TINT, paperSaturation + TINT_MARGIN);
      Core.inRange(hsv, new Scalar(0, least, MIN_VALUE), new Scalar(180, 255, 255), faint);
      Core.bitwise_and(near, faint, faint);
      Core.bitwise_or(mask, faint, mask);
    } finally {
      near.release();
      faint.release();
    }
  }

  /**
   * The pixels of {@code mask} that are not beside print darker than {@code dark}: compression
   * tints the edges of black letters, and those specks must not make the letters' own grey edges look
   * like faded ink.
   */
  private static Mat strokes(Mat mask, Mat grey, double dark) {
    Mat strokes = new Mat();
    Mat print = new Mat();
    try {
      Imgproc.threshold(grey, print, dark, 255, Imgproc.THRESH_BINARY_INV);
      Imgproc.dilate(print, print, Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE,
          new org.opencv.core.Size(PRINT_REACH * 2 + 1, PRINT_REACH * 2 + 1)));
      Core.subtract(mask, print, strokes);
      return strokes;
    } finally {
      print.release();
    }
  }

  /** The median saturation of the page whose HSV image is {@code hsv}: that of its paper. */
  private static int paperSaturation(Mat hsv) {
    Mat sample = new Mat();
    Mat s = new Mat();
    try {
      // the paper is most of the page: one pixel in eight each way tells its saturation
      Imgproc.resize(hsv, sample, new org.opencv.core.Size(), SAMPLE, SAMPLE, Imgproc.INTER_NEAREST);
      Core.extractChannel(sample, s, 1);
      return medianOf(s);
    } finally {
      sample.release();
      s.release();
    }
  }

  /** The median of a one-channel 8-bit image, over an eighth-size copy: the paper's on a page. */
  private static int median(Mat channel) {
    Mat small = new Mat();
    try {
      Imgproc.resize(channel, small, new org.opencv.core.Size(), SAMPLE, SAMPLE, Imgproc.INTER_AREA);
      return medianOf(small);
    } finally {
      small.release();
    }
  }

  /** The median of a one-channel 8-bit image. */
  public static int medianOf(Mat small) {
    byte[] values = new byte[(int) small.total()];
    small.get(0, 0, values);
    int[] histogram = new int[256];
    for (byte v : values) {
      histogram[v & 0xff]++;
    }
    int below = 0;
    for (int level = 0; level < 256; level++) {
      below += histogram[level];
      if (below > values.length / 2) {
        return level;
      }
    }
    return 0;
  }

  /** The grey level below which {@code share} of the pixels of {@code grey} lie. */
  static int darkestLevel(Mat grey, double share) {
    return GreyLevels.of(grey).darkest(share);
  }

  /** The grey of the paper: the most common level among the brighter half of the histogram. */
  static int paperLevel(Mat grey) {
    return GreyLevels.of(grey).paper();
  }
}
