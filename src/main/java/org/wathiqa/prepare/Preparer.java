package org.wathiqa.prepare;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.wathiqa.Preparation;

/**
 * Makes a page image ready for OCR: grey, coloured ink lifted, large print reduced to the letter
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

  public Preparer(boolean rescale, boolean deskew) {
    this(rescale, deskew, true);
  }

  /**
   * @param rescale reduce pages whose letters are much taller than {@value #TARGET_GLYPH} pixels
   * @param deskew level skewed pages
   * @param separateInk lift coloured stamp and signature ink off colour pages
   */
  public Preparer(boolean rescale, boolean deskew, boolean separateInk) {
    this.rescale = rescale;
    this.deskew = deskew;
    this.separateInk = separateInk;
  }

  /** Prepares {@code page}, read at {@code dpi}. */
  public PreparedPage prepare(BufferedImage page, int dpi) {
    List<Preparation.Step> steps = new ArrayList<>();
    Grey grey = greyWithoutColouredInk(page);
    if (grey.inkFraction() > 0) {
      steps.add(Preparation.Step.INK_SEPARATION);
    }
    double inkFraction = Math.max(0, grey.inkFraction());
    Mat probe = resize(grey.mat(), probeScale(grey.mat()));
    try {
      if (BlankPage.isBlank(probe)) {
        steps.add(Preparation.Step.BLANK);
        return new PreparedPage(Mats.toImage(grey.mat()), dpi, 0, 1.0,
            inverse(1.0, 0, grey.mat().cols(), grey.mat().rows()), true, false, steps, inkFraction);
      }
      double scale = rescale ? scaleFor(probe, probeScale(grey.mat())) : 1.0;
      return levelled(grey.mat(), dpi, scale, Layout.isDenseBlock(probe), steps, inkFraction);
    } finally {
      if (probe != grey.mat()) {
        probe.release();
      }
      grey.mat().release();
    }
  }

  private PreparedPage levelled(Mat grey, int dpi, double scale, boolean denseBlock, List<Preparation.Step> steps,
      double inkFraction) {
    if (scale != 1.0) {
      steps.add(Preparation.Step.RESCALE);
    }
    Mat scaled = resize(grey, scale);
    try {
      double skew = deskew ? Deskew.estimate(scaled) : 0;
      double applied = Math.abs(skew) >= MIN_SKEW ? skew : 0;
      if (applied != 0) {
        steps.add(Preparation.Step.DESKEW);
      }
      Mat level = applied == 0 ? scaled
          : Deskew.rotate(scaled, applied, Imgproc.INTER_CUBIC, new Scalar(InkSeparation.paperLevel(scaled)));
      try {
        return new PreparedPage(Mats.toImage(level), (int) Math.round(dpi * scale), skew, scale,
            inverse(scale, applied, scaled.cols(), scaled.rows()), false, denseBlock, steps, inkFraction);
      } finally {
        if (level != scaled) {
          level.release();
        }
      }
    } finally {
      if (scaled != grey) {
        scaled.release();
      }
    }
  }

  /** Measurements are taken on a copy at most {@value #PROBE_WIDTH} pixels wide. */
  private static double probeScale(Mat grey) {
    return Math.min(1.0, (double) PROBE_WIDTH / grey.cols());
  }

  /** A grey page and the share of its pixels lifted as coloured ink, or -1 where nothing was lifted. */
  private record Grey(Mat mat, double inkFraction) {}

  private Grey greyWithoutColouredInk(BufferedImage page) {
    if (!separateInk || !Mats.hasColour(page)) {
      return new Grey(Mats.grey(page), -1);
    }
    Mat colour = Mats.bgr(page);
    try {
      InkSeparation.Separated separated = InkSeparation.separate(colour);
      separated.inkMask().release();
      return new Grey(separated.grey(), separated.inkFraction());
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
