package org.wathiqa.prepare;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.wathiqa.Preparation;

/**
 * Makes a page image ready for OCR: grey, coloured ink lifted, faded print stretched to black on
 * white, large print reduced to the letter
 * height the model reads best, skew removed. Each step can be
 * switched off. Immutable and thread-safe; {@link OpenCv#load()} must have run.
 */
public final class Preparer {
  /** Letter height in pixels (median ink component) that the OCR model reads best, measured. */
  public static final int TARGET_GLYPH = 28;
  private static final int PROBE_WIDTH = 1800;
  /** Smaller skews are measured but left alone: lines stay apart, and resampling costs more. */
  private static final double MIN_SKEW = 1.0;

  private final boolean rescale;
  private final boolean deskew;
  private final boolean separateInk;
  private final boolean orient;
  private final boolean contrast;

  public Preparer(boolean rescale, boolean deskew) {
    this(rescale, deskew, true);
  }

  public Preparer(boolean rescale, boolean deskew, boolean separateInk) {
    this(rescale, deskew, separateInk, true);
  }

  /** A preparer that leaves the page's contrast as it is; see the five-argument constructor. */
  public Preparer(boolean rescale, boolean deskew, boolean separateInk, boolean orient) {
    this(rescale, deskew, separateInk, orient, false);
  }

  /**
   * @param rescale reduce pages whose letters are much taller than {@value #TARGET_GLYPH} pixels
   * @param deskew level skewed pages
   * @param separateInk lift coloured stamp and signature ink off colour pages
   * @param orient turn pages scanned on their side or upside down upright
   * @param contrast stretch faded print and grey paper to black and white
   */
  public Preparer(boolean rescale, boolean deskew, boolean separateInk, boolean orient, boolean contrast) {
    this.contrast = contrast;
    this.rescale = rescale;
    this.deskew = deskew;
    this.separateInk = separateInk;
    this.orient = orient;
  }

  /** Prepares {@code page}, read at {@code dpi}. */
  public PreparedPage prepare(BufferedImage page, int dpi) {
    List<Preparation.Step> steps = new ArrayList<>();
    Grey grey = greyWithoutColouredInk(page);
    if (grey.inkFraction() > 0) {
      steps.add(Preparation.Step.INK_SEPARATION);
    }
    GreyLevels levels = grey.levels();
    // black print on white paper has no range left to stretch: its grey levels need not be counted
    if (contrast && !Mats.isBlackAndWhite(page)) {
      if (levels == null) {
        levels = GreyLevels.of(grey.mat());
      }
      if (Contrast.stretch(grey.mat(), levels)) {
        steps.add(Preparation.Step.CONTRAST);
        levels = null;
      }
    }
    Page work = new Page(grey.mat(), steps, Math.max(0, grey.inkFraction()), dpi, levels);
    Mat probe = resize(work.grey, probeScale(work.grey));
    Orientation.Ink ink = null;
    try {
      if (BlankPage.isBlank(probe)) {
        steps.add(Preparation.Step.BLANK);
        return new PreparedPage(Mats.toImage(work.grey), dpi, 0, 1.0,
            inverse(1.0, 0, work.grey.cols(), work.grey.rows()), true, false, steps, work.inkFraction, 0);
      }
      ink = orient ? new Orientation.Ink(probe) : null;
      if (ink != null && ink.sideways()) {
        ink.close();
        ink = null;
        probe = work.turnQuarter(probe);
      }
      double scale = rescale ? scaleFor(probe, probeScale(work.grey)) : 1.0;
      return levelled(work, scale, Layout.isDenseBlock(probe), ink);
    } finally {
      if (ink != null) {
        ink.close();
      }
      if (probe != work.grey) {
        probe.release();
      }
      work.grey.release();
    }
  }

  /** The page being prepared: its grey image and what was done to it so far. */
  private static final class Page {
    Mat grey;
    final List<Preparation.Step> steps;
    final double inkFraction;
    final int dpi;
    final int originalHeight;
    /**
     * The grey levels of {@code grey} where already counted, else null. A quarter turn moves pixels
     * without changing them, so they hold for the turned page too.
     */
    final GreyLevels levels;
    boolean quarterTurned;

    Page(Mat grey, List<Preparation.Step> steps, double inkFraction, int dpi, GreyLevels levels) {
      this.grey = grey;
      this.levels = levels;
      this.steps = steps;
      this.inkFraction = inkFraction;
      this.dpi = dpi;
      this.originalHeight = grey.rows();
    }

    /**
     * Turns the page a quarter clockwise, releasing {@code probe} (which may be the page itself);
     * returns the probe of the turned page, which may be the page itself.
     */
    Mat turnQuarter(Mat probe) {
      Mat turned = new Mat();
      Core.rotate(grey, turned, Core.ROTATE_90_CLOCKWISE);
      if (probe != grey) {
        probe.release();
      }
      grey.release();
      grey = turned;
      quarterTurned = true;
      steps.add(Preparation.Step.ORIENTATION);
      return resize(grey, probeScale(grey));
    }
  }

  /**
   * The page scaled and levelled, and turned if upside down; {@code ink}, if not null, is the
   * orientation ink of the page as it lies, turned with the page where it is levelled.
   */
  private PreparedPage levelled(Page page, double scale, boolean denseBlock, Orientation.Ink ink) {
    if (scale != 1.0) {
      page.steps.add(Preparation.Step.RESCALE);
    }
    Mat scaled = resize(page.grey, scale);
    try {
      double skew = deskew ? Deskew.estimate(scaled) : 0;
      double applied = Math.abs(skew) >= MIN_SKEW ? skew : 0;
      if (applied != 0) {
        page.steps.add(Preparation.Step.DESKEW);
      }
      Mat level = applied == 0 ? scaled
          : Deskew.rotate(scaled, applied, Imgproc.INTER_CUBIC, new Scalar(paperLevel(page, scaled)));
      try {
        boolean flip = orient && isUpsideDown(level, applied, ink);
        if (flip && !page.quarterTurned) {
          page.steps.add(Preparation.Step.ORIENTATION);
        }
        double[] inverse = turnedBack(inverse(scale, applied, scaled.cols(), scaled.rows()), page, flip,
            level.cols(), level.rows());
        int turn = (page.quarterTurned ? 90 : 0) + (flip ? 180 : 0);
        return new PreparedPage(flip ? halfTurned(level) : Mats.toImage(level), (int) Math.round(page.dpi * scale),
            skew, scale, inverse, false, denseBlock, page.steps, page.inkFraction, turn);
      } finally {
        if (level != scaled) {
          level.release();
        }
      }
    } finally {
      if (scaled != page.grey) {
        scaled.release();
      }
    }
  }

  /**
   * Whether {@code level}, the page levelled by turning it {@code applied} degrees, is upside down:
   * told from {@code ink}, the orientation ink of the page before levelling, where there is one.
   */
  private static boolean isUpsideDown(Mat level, double applied, Orientation.Ink ink) {
    if (ink == null) {
      return isUpsideDown(level);
    }
    if (applied == 0) {
      return ink.upsideDown();
    }
    try (Orientation.Ink levelled = ink.turned(applied)) {
      return levelled.upsideDown();
    }
  }

  private static boolean isUpsideDown(Mat level) {
    Mat probe = resize(level, probeScale(level));
    try {
      return Orientation.isUpsideDown(probe);
    } finally {
      if (probe != level) {
        probe.release();
      }
    }
  }

  /** The paper's grey on {@code scaled}, the page as scaled: counted already unless it was scaled. */
  private static int paperLevel(Page page, Mat scaled) {
    return scaled == page.grey && page.levels != null ? page.levels.paper() : InkSeparation.paperLevel(scaled);
  }

  private static BufferedImage halfTurned(Mat level) {
    Mat turned = new Mat();
    try {
      Core.rotate(level, turned, Core.ROTATE_180);
      return Mats.toImage(turned);
    } finally {
      turned.release();
    }
  }

  /**
   * {@code inverse}, which maps the level image back to the page being prepared, extended to undo a
   * half turn of the level image ({@code width} x {@code height}) before it and a quarter turn of the
   * page as read after it.
   */
  private static double[] turnedBack(double[] inverse, Page page, boolean halfTurn, int width, int height) {
    double[] m = inverse;
    if (halfTurn) {
      m = compose(m, new double[] {-1, 0, width, 0, -1, height});
    }
    if (page.quarterTurned) {
      m = compose(new double[] {0, 1, 0, -1, 0, page.originalHeight}, m);
    }
    return m;
  }

  /** The affine map that applies {@code second} after {@code first}; both 2x3, row-major. */
  static double[] compose(double[] second, double[] first) {
    return new double[] {
      second[0] * first[0] + second[1] * first[3], second[0] * first[1] + second[1] * first[4],
      second[0] * first[2] + second[1] * first[5] + second[2],
      second[3] * first[0] + second[4] * first[3], second[3] * first[1] + second[4] * first[4],
      second[3] * first[2] + second[4] * first[5] + second[5]
    };
  }

  /** Measurements are taken on a copy at most {@value #PROBE_WIDTH} pixels wide. */
  private static double probeScale(Mat grey) {
    return Math.min(1.0, (double) PROBE_WIDTH / grey.cols());
  }

  /**
   * A grey page, the share of its pixels lifted as coloured ink (-1 where nothing was lifted), and
   * its grey levels where they were counted on the way (else null).
   */
  private record Grey(Mat mat, double inkFraction, GreyLevels levels) {}

  private Grey greyWithoutColouredInk(BufferedImage page) {
    if (!separateInk || !Mats.hasColour(page)) {
      return new Grey(Mats.grey(page), -1, null);
    }
    Mat colour = Mats.bgr(page);
    try {
      InkSeparation.Separated separated = InkSeparation.separate(colour);
      separated.inkMask().release();
      return new Grey(separated.grey(), separated.inkFraction(), separated.levels());
    } finally {
      colour.release();
    }
  }

  /**
   * The factor that brings the page's typical letter height to {@value #TARGET_GLYPH} pixels, if
   * letters are more than a third taller than that; smaller letters are left alone, since enlarging
   * a page enlarges its noise as much as its letters.
   */
  static double scaleFor(Mat probe, double probeScale) {
    double glyph = LetterHeight.of(probe) / probeScale;
    return glyph > TARGET_GLYPH * 4 / 3.0 ? TARGET_GLYPH / glyph : 1.0;
  }

  private static Mat resize(Mat grey, double scale) {
    if (scale == 1.0) {
      return grey;
    }
    Mat out = new Mat();
    Imgproc.resize(grey, out, new Size(), scale, scale, scale > 1 ? Imgproc.INTER_CUBIC : Imgproc.INTER_AREA);
    return out;
  }

  /** Maps prepared pixels back: undo the rotation about the centre, then the scale. */
  static double[] inverse(double scale, double skewDegrees, int width, int height) {
    double a = Math.toRadians(skewDegrees);
    double cos = Math.cos(a);
    double sin = Math.sin(a);
    double cx = width / 2.0;
    double cy = height / 2.0;
    // forward: x' = cos*(x-cx) + sin*(y-cy) + cx ; y' = -sin*(x-cx) + cos*(y-cy) + cy
    // inverse: x = cos*(x'-cx) - sin*(y'-cy) + cx ; y = sin*(x'-cx) + cos*(y'-cy) + cy
    double s = 1 / scale;
    return new double[] {
      s * cos, -s * sin, s * (cx - cos * cx + sin * cy),
      s * sin, s * cos, s * (cy - sin * cx - cos * cy)
    };
  }
}
