package org.wathiqa.stamp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.wathiqa.Box;

/**
 * Finds stamps in coloured ink: the coloured-ink mask, reduced to {@link StampScale#WORK_DPI}; round
 * stamps first, by their circles, then taken out but for ink of another hue within them (a second
 * stamp pressed over or under); what is left closed over gaps of uneven inking and split into
 * connected blobs, and blobs of stamp size named by the shape of their outline. Stateless and
 * thread-safe.
 */
final class ColourDetector {
  /** Share of a reduced pixel that must be ink for the pixel to count. */
  private static final double INK_SHARE = 0.15;
  /** Gaps in a stroke bridged before blobs are split, cm (uneven ink, a letter touching a frame). */
  private static final double GAP_CM = 0.1;
  /** Fewest coloured pixels, as a share of the page, worth looking at. */
  static final double MIN_PAGE_SHARE = 0.0005;
  /** Where a round stamp's own border starts, as a share of its radius: its hue is measured there. */
  private static final double OWN_BORDER = 0.85;

  private ColourDetector() {}

  /** Stamps in the BGR {@code page} at {@code dpi} whose coloured-ink mask is {@code mask}, boxes in its pixels. */
  static List<Candidate> find(Mat page, Mat mask, int dpi) {
    if (Core.countNonZero(mask) < MIN_PAGE_SHARE * mask.total()) {
      return List.of();
    }
    double factor = Math.min(1.0, (double) StampScale.WORK_DPI / dpi);
    double workDpi = dpi * factor;
    Mat small = StampImages.scaled(mask, factor);
    Mat hue = null;
    try {
      Imgproc.threshold(small, small, 255 * INK_SHARE, 255, Imgproc.THRESH_BINARY);
      InkGrid grid = new InkGrid(small, StampScale.slack(workDpi));
      hue = InkHues.of(page, small.size());
      List<Candidate> found = new ArrayList<>();
      List<CircleSearch.Circle> discs = new ArrayList<>();
      for (CircleSearch.Circle c : CircleSearch.find(small, workDpi)) {
        CircleSearch.Circle disc = new CircleSearch.Circle(c.x(), c.y(), Math.ceil(c.r() * 1.08), c.cover());
        Rect square = square(disc, small);
        int own = InkHues.mode(hue, small, square, c.x(), c.y(), c.r() * OWN_BORDER, disc.r());
        found.add(withColour(Candidate.round(c, factor, true, "#000000"), page, mask, own));
        discs.add(disc);
        Mat other = own < 0 ? null : InkHues.other(hue, small, square, own);
        Imgproc.circle(small, new org.opencv.core.Point(c.x(), c.y()), (int) disc.r(),
            new org.opencv.core.Scalar(0), -1);
        if (other != null) {
          Mat under = small.submat(square);
          under.setTo(new org.opencv.core.Scalar(255), other);
          under.release();
          other.release();
        }
      }
      InkGrid left = discs.isEmpty() ? grid : new InkGrid(small, StampScale.slack(workDpi));
      found.addAll(blobs(page, mask, small, hue, left, grid, workDpi, factor, discs));
      return withoutNested(found);
    } finally {
      small.release();
      if (hue != null) {
        hue.release();
      }
    }
  }

  /** The square around {@code disc}, clipped to {@code image}. */
  private static Rect square(CircleSearch.Circle disc, Mat image) {
    int x0 = Math.max(0, (int) Math.floor(disc.x() - disc.r()));
    int y0 = Math.max(0, (int) Math.floor(disc.y() - disc.r()));
    int x1 = Math.min(image.cols(), (int) Math.ceil(disc.x() + disc.r()) + 1);
    int y1 = Math.min(image.rows(), (int) Math.ceil(disc.y() + disc.r()) + 1);
    return new Rect(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
  }

  private static Candidate withColour(Candidate c, Mat page, Mat mask, int hue) {
    Box box = clip(c.box(), page.cols(), page.rows());
    return new Candidate(c.shape(), c.box(), c.cx(), c.cy(), c.radius(), true, medianColour(page, mask, box, hue));
  }

  /**
   * Register stamps and ovals among the blobs left once round stamps are taken out of {@code small}
   * (ink of another hue under a round stamp left in), each in the colour of its commonest hue. A
   * blob's border is checked on the ink as it was, {@code whole}, and mostly on the ink {@code left},
   * so a stamp underneath may fill where its strokes cross the border but cannot draw it; a frame the
   * discs cut is closed on the ink as it was.
   */
  private static List<Candidate> blobs(Mat page, Mat mask, Mat small, Mat hue, InkGrid left, InkGrid whole,
      double workDpi, double factor, List<CircleSearch.Circle> discs) {
    Mat closed = new Mat();
    int gap = Math.max(3, (int) Math.round(StampScale.px(GAP_CM, workDpi)) | 1);
    Imgproc.morphologyEx(small, closed, Imgproc.MORPH_CLOSE,
        Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new Size(gap, gap)));
    List<MatOfPoint> contours = new ArrayList<>();
    Mat hierarchy = new Mat();
    Imgproc.findContours(closed, contours, hierarchy, Imgproc.RETR_EXTERNAL, Imgproc.CHAIN_APPROX_SIMPLE);
    hierarchy.release();
    closed.release();
    List<Candidate> found = new ArrayList<>();
    for (MatOfPoint contour : contours) {
      Rect r = Imgproc.boundingRect(contour);
      boolean sized = stampSized(r, workDpi);
      String shape = sized ? Shapes.verified(contour, whole, left) : null;
      Rect frame = shape == null ? RegisterBehindDisc.frame(r, discs, whole, workDpi) : null;
      int own = InkHues.mode(hue, small, r);
      if (shape != null) {
        found.add(candidate(page, mask, shape, r, factor, own));
      } else if (frame != null && stampSized(frame, workDpi)) {
        found.add(candidate(page, mask, "rect", frame, factor, own));
      } else if (sized && Shapes.framed(contour, whole, left)) {
        found.add(candidate(page, mask, "rect", r, factor, own)); // a frame with specks or strokes hanging off it
      }
      contour.release();
    }
    return found;
  }

  /**
   * Drops a blob lying mostly inside a larger one of the same hue: a stamp's inner circle or its
   * centre, found apart. One of another hue is a second stamp pressed over the first.
   */
  static List<Candidate> withoutNested(List<Candidate> found) {
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : found) {
      long area = (long) c.box().w() * c.box().h();
      int hue = InkHues.of(c.color());
      boolean nested = found.stream().anyMatch(o -> o != c
          && (long) o.box().w() * o.box().h() > area
          && o.box().intersectionArea(c.box()) >= 0.6 * area
          && InkHues.distance(InkHues.of(o.color()), hue) <= InkHues.OTHER_HUE);
      if (!nested) {
        kept.add(c);
      }
    }
    return kept;
  }

  private static boolean stampSized(Rect r, double dpi) {
    double longSide = Math.max(r.width, r.height);
    double shortSide = Math.min(r.width, r.height);
    return longSide >= StampScale.px(2 * StampScale.MIN_RADIUS_CM, dpi)
        && longSide <= StampScale.px(StampScale.MAX_RECT_LONG_CM, dpi)
        && shortSide >= StampScale.px(StampScale.MIN_RECT_SHORT_CM, dpi);
  }

  private static Candidate candidate(Mat page, Mat mask, String shape, Rect r, double factor, int hue) {
    Box box = clip(new Box((int) Math.floor(r.x / factor), (int) Math.floor(r.y / factor),
        (int) Math.ceil(r.width / factor), (int) Math.ceil(r.height / factor)), page.cols(), page.rows());
    double radius = shape.equals("rect") ? 0 : (box.w() + box.h()) / 4.0;
    return new Candidate(shape, box, box.x() + box.w() / 2.0, box.y() + box.h() / 2.0, radius, true,
        medianColour(page, mask, box, hue));
  }

  static Box clip(Box b, int width, int height) {
    int x = Math.max(0, b.x());
    int y = Math.max(0, b.y());
    return new Box(x, y, Math.max(0, Math.min(width, b.right()) - x), Math.max(0, Math.min(height, b.bottom()) - y));
  }

  /**
   * The median colour of the ink pixels inside {@code box} whose hue is within
   * {@link InkHues#OTHER_HUE} of {@code hue} (any hue when it is negative), as {@code #rrggbb}.
   */
  static String medianColour(Mat page, Mat mask, Box box, int hue) {
    Rect roi = new Rect(box.x(), box.y(), box.w(), box.h());
    Mat pixels = page.submat(roi);
    Mat ink = mask.submat(roi);
    byte[] bgr = new byte[(int) pixels.total() * 3];
    byte[] m = new byte[(int) ink.total()];
    byte[] hues = hue < 0 ? null : hues(pixels);
    copyOut(pixels, bgr);
    copyOut(ink, m);
    int n = 0;
    int[][] channels = new int[3][m.length];
    for (int i = 0; i < m.length; i++) {
      if (m[i] != 0 && (hues == null || InkHues.distance(hues[i] & 0xff, hue) <= InkHues.OTHER_HUE)) {
        for (int c = 0; c < 3; c++) {
          channels[c][n] = bgr[3 * i + c] & 0xff;
        }
        n++;
      }
    }
    int[] median = new int[3];
    for (int c = 0; c < 3; c++) {
      int[] values = Arrays.copyOf(channels[c], Math.max(1, n));
      Arrays.sort(values);
      median[c] = values[values.length / 2];
    }
    return String.format(Locale.ROOT, "#%02x%02x%02x", median[2], median[1], median[0]);
  }

  private static byte[] hues(Mat bgr) {
    Mat hue = InkHues.of(bgr);
    byte[] hues = new byte[(int) hue.total()];
    hue.get(0, 0, hues);
    hue.release();
    return hues;
  }

  private static void copyOut(Mat view, byte[] into) {
    Mat copy = view.clone();
    copy.get(0, 0, into);
    copy.release();
    view.release();
  }
}
