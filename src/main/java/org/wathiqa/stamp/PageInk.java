package org.wathiqa.stamp;

import java.awt.image.BufferedImage;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;
import org.wathiqa.Box;
import org.wathiqa.Stamp;
import org.wathiqa.prepare.GreyLevels;
import org.wathiqa.prepare.InkSeparation;
import org.wathiqa.prepare.Mats;
import org.wathiqa.prepare.StampOutlines;

/**
 * One page as the stamp stage sees it: its grey image and, on a colour page, its colours, the mask
 * of coloured ink and that ink as dark print on white, all made from one HSV conversion. Holds
 * native memory: close it; closing twice is safe. Not thread-safe.
 *
 * @param grey the page in grey
 * @param bgr the page in colour, or null on a grey page
 * @param mask the coloured-ink mask (255 = ink), or null on a grey page
 * @param print the coloured ink as dark strokes on white, or null on a grey page
 * @param scale the layers' size over the page's
 * @param dpi the layers' resolution
 */
record PageInk(Mat grey, Mat bgr, Mat mask, Mat print, double scale, int dpi) implements AutoCloseable {
  /**
   * Highest resolution the stamp stage works at, dpi: a stamp is read from a crop scaled to a fixed
   * size, so finer pages only cost time.
   */
  static final int MAX_DPI = 200;
  /** Where the cut between print and a paler stamp's ink lies, as a share of the way from print to stamp. */
  static final double PRINT_CUT = 0.5;
  /** Angles at which a round stamp's border is sampled for its grey. */
  private static final int BORDER_SAMPLES = 360;
  /** How far inside its radius a round stamp's border is looked for, as a share of the radius. */
  private static final double BORDER_REACH = 0.04;
  /** How far from a stamp's clearly coloured ink its faint pixels are looked for, px. */
  static final int FAINT_REACH = 6;
  /** How much darker than the paper a faint pixel of a stamp's ink must be, grey levels. */
  static final int FAINT_DARKER = 8;
  /** How far above the paper's saturation a faint pixel of a stamp's ink must be. */
  static final int FAINT_SATURATION = 4;
  /** Share of a register stamp's short side inward of its box within which its frame is looked for. */
  private static final double FRAME_REACH = 0.1;
  /**
   * Most grey levels between the median and the upper quartile of a frame's darkest pixels: a
   * drawn frame has one grey all round; darkest pixels of noise, or of paper where no frame was
   * drawn, spread up to the paper's.
   */
  static final int FRAME_SPREAD = 24;

  /** The layers of {@code page} at {@code dpi}, reduced to at most {@link #MAX_DPI}. */
  static PageInk of(BufferedImage page, int dpi) {
    double scale = Math.min(1.0, (double) MAX_DPI / dpi);
    int workDpi = (int) Math.round(dpi * scale);
    if (!Mats.hasColour(page)) {
      return new PageInk(reduced(Mats.grey(page), scale), null, null, null, scale, workDpi);
    }
    Mat bgr = reduced(Mats.bgr(page), scale);
    Mat grey = new Mat();
    Imgproc.cvtColor(bgr, grey, Imgproc.COLOR_BGR2GRAY);
    Mat hsv = ColourInk.hsv(bgr);
    try {
      return new PageInk(grey, bgr, ColourInk.maskOf(hsv), ColourInk.printOf(hsv, grey), scale, workDpi);
    } finally {
      hsv.release();
    }
  }

  /** {@code image} scaled by {@code scale}, released and replaced when that changes it. */
  private static Mat reduced(Mat image, double scale) {
    if (scale >= 1.0) {
      return image;
    }
    Mat small = StampImages.scaled(image, scale);
    image.release();
    return small;
  }

  /** {@code stamp}, read on these layers, with its box in pixels of the page as read. */
  Stamp toPage(Stamp stamp, int width, int height) {
    if (scale >= 1.0) {
      return stamp;
    }
    Box b = stamp.box();
    Box box = ColourDetector.clip(new Box((int) Math.floor(b.x() / scale), (int) Math.floor(b.y() / scale),
        (int) Math.ceil(b.w() / scale), (int) Math.ceil(b.h() / scale)), width, height);
    return new Stamp(stamp.shape(), stamp.color(), stamp.text(), stamp.ringText(), stamp.centerText(),
        stamp.confidence(), box);
  }

  /**
   * The coloured ink as print, as {@link #print()}, without the ink of the other coloured stamps
   * {@code found} of another hue that overlap {@code stamp}, where they overlap it; null when none
   * do. The caller releases it.
   */
  Mat printWithout(Candidate stamp, List<Candidate> found) {
    int own = InkHues.of(stamp.color());
    List<Candidate> others = found.stream()
        .filter(o -> o != stamp && o.coloured() && o.box().intersectionArea(stamp.box()) > 0)
        .filter(o -> InkHues.distance(InkHues.of(o.color()), own) > InkHues.OTHER_HUE)
        .toList();
    if (others.isEmpty()) {
      return null;
    }
    Mat without = print.clone();
    for (Candidate other : others) {
      Box shared = ColourDetector.clip(overlap(StampReader.area(stamp), other.box()), print.cols(), print.rows());
      if (shared.w() > 0 && shared.h() > 0) {
        whiten(without, shared, InkHues.of(other.color()));
      }
    }
    return without;
  }

  /**
   * The coloured ink as print for reading {@code stamp}, a coloured one: as {@link #printWithout}
   * gives it, and within the stamp's area also the faint pixels of the stamp's own hue near its ink
   * ({@link #addFaintInk}). A new mat; the caller releases it.
   */
  Mat printFor(Candidate stamp, List<Candidate> found) {
    Mat without = printWithout(stamp, found);
    Mat out = without != null ? without : print.clone();
    Box area = ColourDetector.clip(StampReader.area(stamp), print.cols(), print.rows());
    if (area.w() > 0 && area.h() > 0) {
      addFaintInk(out, new Rect(area.x(), area.y(), area.w(), area.h()), InkHues.of(stamp.color()));
    }
    return out;
  }

  /**
   * Puts back into {@code out}, within {@code roi}, the page's grey where a pixel is faintly coloured
   * in {@code hue} and darker than the paper, within {@value #FAINT_REACH} px of ink already there:
   * the thin or blurred strokes of a stamp, whose pixels are mostly paper and too grey to pass for
   * ink on their own. Their hue still tells them from paper, print and other stamps' ink.
   */
  private void addFaintInk(Mat out, Rect roi, int hue) {
    Mat part = out.submat(roi);
    Mat g = grey.submat(roi);
    Mat colours = bgr.submat(roi);
    Mat hsv = ColourInk.hsv(colours);
    Mat near = new Mat();
    try {
      int n = (int) hsv.total();
      byte[] px = new byte[n * 3];
      hsv.get(0, 0, px);
      byte[] greys = new byte[n];
      g.get(0, 0, greys);
      Imgproc.threshold(part, near, 254, 255, Imgproc.THRESH_BINARY_INV);
      Imgproc.dilate(near, near, Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE,
          new org.opencv.core.Size(2 * FAINT_REACH + 1, 2 * FAINT_REACH + 1)));
      byte[] reach = new byte[n];
      near.get(0, 0, reach);
      int paper = GreyLevels.of(greys).paper();
      int paperSaturation = paperSaturation(hsv);
      byte[] ink = new byte[n];
      part.get(0, 0, ink);
      for (int i = 0; i < n; i++) {
        int grey = greys[i] & 0xff;
        if (reach[i] != 0 && (ink[i] & 0xff) == 255 && grey <= paper - FAINT_DARKER
            && (px[3 * i + 2] & 0xff) >= ColourInk.MIN_VALUE
            && (px[3 * i + 1] & 0xff) >= paperSaturation + FAINT_SATURATION
            && InkHues.distance(px[3 * i] & 0xff, hue) <= InkHues.OTHER_HUE) {
          ink[i] = (byte) grey;
        }
      }
      part.put(0, 0, ink);
    } finally {
      part.release();
      g.release();
      colours.release();
      hsv.release();
      near.release();
    }
  }

  /** The median saturation of the HSV {@code hsv}: its paper's, on a stamp's area, which is mostly paper. */
  private static int paperSaturation(Mat hsv) {
    Mat saturation = new Mat();
    try {
      Core.extractChannel(hsv, saturation, 1);
      return InkSeparation.medianOf(saturation);
    } finally {
      saturation.release();
    }
  }

  private static Box overlap(Box a, Box b) {
    int x = Math.max(a.x(), b.x());
    int y = Math.max(a.y(), b.y());
    return new Box(x, y, Math.max(0, Math.min(a.right(), b.right()) - x), Math.max(0, Math.min(a.bottom(), b.bottom()) - y));
  }

  /** Paper where the ink in {@code box} of {@code print} is within {@link InkHues#OTHER_HUE} of {@code hue}. */
  private void whiten(Mat print, Box box, int hue) {
    Rect roi = new Rect(box.x(), box.y(), box.w(), box.h());
    Mat colours = bgr.submat(roi);
    Mat hues = InkHues.of(colours);
    colours.release();
    byte[] h = new byte[(int) hues.total()];
    hues.get(0, 0, h);
    hues.release();
    byte[] out = new byte[h.length];
    for (int i = 0; i < h.length; i++) {
      if (InkHues.distance(h[i] & 0xff, hue) <= InkHues.OTHER_HUE) {
        out[i] = (byte) 255;
      }
    }
    Mat other = new Mat(roi.size(), CvType.CV_8UC1);
    other.put(0, 0, out);
    Mat part = print.submat(roi);
    part.setTo(new Scalar(255), other);
    part.release();
    other.release();
  }

  /**
   * The grey page with the print taken out around {@code stamp}, when the stamp's ink, the grey of
   * a round stamp's border or a register stamp's frame, is clearly lighter than the print (a
   * coloured stamp scanned in grey): within the stamp, pixels darker than a cut between the two
   * greys, and their neighbours, become paper, so the letters over the stamp leave its own. {@code
   * levels} are the grey page's. Null for a stamp as dark as the print, or a frame found no darker
   * than halfway to that from the paper, or of no one grey. The caller releases it.
   */
  Mat withoutPrint(Candidate stamp, GreyLevels levels) {
    int print = levels.darkest(InkSeparation.DARKEST_SHARE);
    int stampInk = stamp.round() ? borderInk(stamp) : frameInk(stamp, levels.paper());
    if (stampInk < 0 || stampInk - print < StampOutlines.PALER) {
      return null;
    }
    Box reach = ColourDetector.clip(StampReader.area(stamp), grey.cols(), grey.rows());
    Mat without = grey.clone();
    if (reach.w() == 0 || reach.h() == 0) {
      return without;
    }
    Rect roi = new Rect(reach.x(), reach.y(), reach.w(), reach.h());
    Mat part = without.submat(roi);
    Mat dark = new Mat();
    Imgproc.threshold(part, dark, print + PRINT_CUT * (stampInk - print), 255, Imgproc.THRESH_BINARY_INV);
    Imgproc.dilate(dark, dark, Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new org.opencv.core.Size(3, 3)));
    part.setTo(new Scalar(levels.paper()), dark);
    dark.release();
    part.release();
    return without;
  }

  /**
   * The grey of a register stamp's frame: along each side, at every pixel, the darkest pixel within
   * {@link #FRAME_REACH} of the short side inward of the box's edge; the median of those, so print
   * crossing the frame here and there does not count. -1 when they spread more than {@link
   * #FRAME_SPREAD} above it (no frame of one grey) or it lies within half of {@link
   * StampOutlines#PALER} of {@code paper} (no frame drawn).
   */
  private int frameInk(Candidate stamp, int paper) {
    Box b = ColourDetector.clip(stamp.box(), grey.cols(), grey.rows());
    if (b.w() < 4 || b.h() < 4) {
      return -1;
    }
    byte[] px = greyPixels(b);
    int reach = Math.max(2, (int) Math.round(FRAME_REACH * Math.min(b.w(), b.h())));
    int[] darkest = new int[2 * (b.w() + b.h())];
    int n = 0;
    for (int x = 0; x < b.w(); x++) {
      int top = 255;
      int bottom = 255;
      for (int k = 0; k < reach; k++) {
        top = Math.min(top, px[k * b.w() + x] & 0xff);
        bottom = Math.min(bottom, px[(b.h() - 1 - k) * b.w() + x] & 0xff);
      }
      darkest[n++] = top;
      darkest[n++] = bottom;
    }
    for (int y = 0; y < b.h(); y++) {
      int left = 255;
      int right = 255;
      for (int k = 0; k < reach; k++) {
        left = Math.min(left, px[y * b.w() + k] & 0xff);
        right = Math.min(right, px[y * b.w() + b.w() - 1 - k] & 0xff);
      }
      darkest[n++] = left;
      darkest[n++] = right;
    }
    java.util.Arrays.sort(darkest, 0, n);
    int median = darkest[n / 2];
    return darkest[3 * n / 4] - median > FRAME_SPREAD || paper - median < StampOutlines.PALER / 2 ? -1 : median;
  }

  /** The grey page's pixels within {@code box} (inside the page), row by row. */
  private byte[] greyPixels(Box box) {
    Mat view = grey.submat(new Rect(box.x(), box.y(), box.w(), box.h()));
    Mat copy = view.clone();
    byte[] pixels = new byte[box.w() * box.h()];
    copy.get(0, 0, pixels);
    copy.release();
    view.release();
    return pixels;
  }

  /**
   * The grey of a round stamp's outer border: at each of {@link #BORDER_SAMPLES} angles the darkest
   * pixel a little either side of its radius, and the median of those, so print crossing the border
   * at a few angles does not count.
   */
  private int borderInk(Candidate stamp) {
    Box square = ColourDetector.clip(new Box((int) Math.floor(stamp.cx() - stamp.radius()) - 2,
        (int) Math.floor(stamp.cy() - stamp.radius()) - 2, (int) Math.ceil(2 * stamp.radius()) + 5,
        (int) Math.ceil(2 * stamp.radius()) + 5), grey.cols(), grey.rows());
    if (square.w() == 0 || square.h() == 0) {
      return 255;
    }
    byte[] pixels = greyPixels(square);
    int[] darkest = new int[BORDER_SAMPLES];
    double reachIn = Math.max(2, stamp.radius() * BORDER_REACH);
    for (int i = 0; i < BORDER_SAMPLES; i++) {
      double a = 2 * Math.PI * i / BORDER_SAMPLES;
      int min = 255;
      for (double r = stamp.radius() - reachIn; r <= stamp.radius() + 1; r++) {
        int x = (int) Math.round(stamp.cx() + r * Math.cos(a)) - square.x();
        int y = (int) Math.round(stamp.cy() + r * Math.sin(a)) - square.y();
        if (x >= 0 && y >= 0 && x < square.w() && y < square.h()) {
          min = Math.min(min, pixels[y * square.w() + x] & 0xff);
        }
      }
      darkest[i] = min;
    }
    java.util.Arrays.sort(darkest);
    return darkest[BORDER_SAMPLES / 2];
  }

  boolean coloured() {
    return bgr != null;
  }

  @Override
  public void close() {
    for (Mat m : new Mat[] {grey, bgr, mask, print}) {
      if (m != null) {
        m.release();
      }
    }
  }
}
