package org.wathiqa.stamp;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.RotatedRect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.wathiqa.Box;
import org.wathiqa.prepare.GreyLevels;

/**
 * Finds stamps by their outline alone, for grey and photocopied pages where stamp ink is as black
 * as print: round stamps as circles whose border is drawn all round and that hold a second, inner
 * circle; register stamps as rectangles whose four sides are drawn. Stateless and thread-safe.
 */
final class GreyDetector {

  /** Share of a register stamp's frame that must be inked. */
  private static final double FRAME_COVER = 0.75;
  /** Side of the neighbourhood a pixel is compared with to tell ink, cm. */
  private static final double LOCAL_CM = 0.5;
  /** Shortest straight stroke kept when a frame is looked for among straight strokes alone, cm. */
  private static final double STRAIGHT_CM = 0.8;
  /** How much darker than its neighbourhood a pixel must be to be ink, grey levels. */
  private static final double LOCAL_CONTRAST = 12;
  /** Least margin, grey levels, between the paper and ink taken as a pale stamp's. */
  private static final double PALE_MARGIN = 16;
  /**
   * Turns of the page, degrees, at which straight strokes are looked for: an opening with a
   * one-pixel line keeps a stroke of two or three pixels tilted up to ~3° from it, and register
   * stamps are pressed up to ~15° askew.
   */
  private static final double[] TILTS = {0, -6, 6, -12, 12};

  private GreyDetector() {}

  /** Stamps in the grey {@code page} at {@code dpi}, boxes in its pixels. */
  static List<Candidate> find(Mat page, int dpi) {
    return find(page, dpi, List.of());
  }

  /**
   * Stamps in the grey {@code page} at {@code dpi}, given the round stamps already {@code known} there
   * (found by their colour): when there are some, circles are not searched for again, and frames
   * are looked for with the known circles taken out.
   */
  static List<Candidate> find(Mat page, int dpi, List<Candidate> known) {
    double factor = Math.min(1.0, (double) StampScale.WORK_DPI / dpi);
    double workDpi = dpi * factor;
    Mat small = StampImages.scaled(page, factor);
    Mat ink = new Mat();
    try {
      double print = Imgproc.threshold(small, ink, 0, 255, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
      List<Candidate> found = new ArrayList<>();
      List<CircleSearch.Circle> circles = new ArrayList<>();
      known.stream().filter(Candidate::round)
          .forEach(c -> circles.add(new CircleSearch.Circle(c.cx() * factor, c.cy() * factor, c.radius() * factor, 1)));
      if (circles.isEmpty()) {
        circles.addAll(CircleSearch.find(ink, workDpi));
        if (circles.isEmpty()) {
          circles.addAll(paleCircles(small, ink, print, workDpi));
        }
        for (CircleSearch.Circle c : circles) {
          found.add(Candidate.round(c, factor, false, StampFinder.BLACK));
        }
      }
      found.addAll(rectangles(small, circles, workDpi, factor));
      return found;
    } finally {
      small.release();
      ink.release();
    }
  }

  /**
   * Round stamps in ink far lighter than the print {@code ink} on the grey {@code small} page, whose
   * print threshold is {@code print}: a coloured stamp scanned or copied in grey. Their strokes lie
   * between the print and the paper, so they are looked for in everything darker than the paper by a
   * third of the way to the print; not at all when, away from the print's edges, there is less such
   * ink than the smallest stamp's border holds.
   */
  private static List<CircleSearch.Circle> paleCircles(Mat small, Mat ink, double print, double dpi) {
    int paper = GreyLevels.of(small).paper();
    double level = paper - Math.max(PALE_MARGIN, (paper - print) / 3);
    if (level <= print) {
      return List.of();
    }
    Mat pale = new Mat();
    Mat apart = new Mat();
    try {
      Imgproc.threshold(small, pale, level, 255, Imgproc.THRESH_BINARY_INV);
      Imgproc.dilate(ink, apart, rect(3, 3));
      Core.bitwise_not(apart, apart);
      Core.bitwise_and(pale, apart, apart);
      if (Core.countNonZero(apart) < 2 * Math.PI * StampScale.px(StampScale.MIN_RADIUS_CM, dpi)) {
        return List.of();
      }
      return CircleSearch.find(pale, dpi);
    } finally {
      pale.release();
      apart.release();
    }
  }

  /**
   * Register stamps on the grey {@code small} page: frames drawn in ink darker than the paper around
   * them, so a pale frame on a dark page counts too; any blob whose enclosing rectangle is inked
   * nearly all round, since a frame broken by a faint stroke encloses no hole. The borders of the
   * round stamps {@code circles} are taken out first, so a frame they touch stands alone.
   */
  static List<Candidate> rectangles(Mat small, List<CircleSearch.Circle> circles, double dpi, double factor) {
    Mat ink = new Mat();
    int block = (int) Math.round(StampScale.px(LOCAL_CM, dpi)) | 1;
    Imgproc.adaptiveThreshold(small, ink, 255, Imgproc.ADAPTIVE_THRESH_MEAN_C, Imgproc.THRESH_BINARY_INV, block,
        LOCAL_CONTRAST);
    int stroke = 2 * StampScale.slack(dpi) + 1;
    for (CircleSearch.Circle c : circles) {
      Imgproc.circle(ink, new Point(c.x(), c.y()), (int) Math.round(c.r()), new org.opencv.core.Scalar(0), stroke);
    }
    try {
      InkGrid grid = new InkGrid(ink, StampScale.slack(dpi));
      List<Candidate> found = rectangles(ink, grid, dpi, factor, null);
      for (double tilt : TILTS) {
        Mat turn = tilt == 0 ? null : Imgproc.getRotationMatrix2D(new Point(ink.cols() / 2.0, ink.rows() / 2.0), tilt, 1);
        Mat turned = ink;
        Mat back = null;
        if (turn != null) {
          turned = new Mat();
          Imgproc.warpAffine(ink, turned, turn, ink.size(), Imgproc.INTER_NEAREST);
          back = new Mat();
          Imgproc.invertAffineTransform(turn, back);
          turn.release();
        }
        Mat lines = straightLines(turned, dpi);
        for (Candidate framed : rectangles(lines, grid, dpi, factor, back)) {
          if (found.stream().noneMatch(f -> f.box().intersectionArea(framed.box()) > 0)
              && (tilt == 0 || !withinRound(framed, circles, factor))) {
            found.add(framed); // a frame that print crossing it had joined to its letters
          }
        }
        lines.release();
        if (turn != null) {
          turned.release();
          back.release();
        }
      }
      return found;
    } finally {
      ink.release();
    }
  }

  /**
   * Whether most of {@code frame} lies on one of the round stamps {@code circles} (in pixels of the
   * page scaled by {@code factor}): there, a frame of black strokes cannot be told from the stamp's
   * circles and lettering once the page is turned.
   */
  private static boolean withinRound(Candidate frame, List<CircleSearch.Circle> circles, double factor) {
    long area = (long) frame.box().w() * frame.box().h();
    for (CircleSearch.Circle c : circles) {
      Box round = new Box((int) Math.floor((c.x() - c.r()) / factor), (int) Math.floor((c.y() - c.r()) / factor),
          (int) Math.ceil(2 * c.r() / factor), (int) Math.ceil(2 * c.r() / factor));
      if (round.intersectionArea(frame.box()) * 2 > area) {
        return true;
      }
    }
    return false;
  }

  /**
   * The horizontal and vertical strokes of {@code ink} at least {@link #STRAIGHT_CM} long, small
   * breaks in them bridged: a register stamp's frame without the letters of a line of print that
   * crosses it.
   */
  private static Mat straightLines(Mat ink, double dpi) {
    int length = (int) Math.round(StampScale.px(STRAIGHT_CM, dpi));
    int gap = 2 * StampScale.slack(dpi) + 1;
    Mat across = new Mat();
    Mat down = new Mat();
    Imgproc.morphologyEx(ink, across, Imgproc.MORPH_CLOSE, rect(gap, gap));
    Imgproc.morphologyEx(across, down, Imgproc.MORPH_OPEN, rect(1, length));
    Imgproc.morphologyEx(across, across, Imgproc.MORPH_OPEN, rect(length, 1));
    Core.bitwise_or(across, down, across);
    down.release();
    return across;
  }

  private static Mat rect(int width, int height) {
    return Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(width, height));
  }

  /**
   * Frames among the blobs of {@code ink}, checked on {@code grid}; {@code back}, when not null, takes
   * points of {@code ink} back to the page's (a turned copy of the page).
   */
  private static List<Candidate> rectangles(Mat ink, InkGrid grid, double dpi, double factor, Mat back) {
    List<MatOfPoint> contours = new ArrayList<>();
    Mat hierarchy = new Mat();
    Mat work = ink.clone();
    Imgproc.findContours(work, contours, hierarchy, Imgproc.RETR_LIST, Imgproc.CHAIN_APPROX_SIMPLE);
    work.release();
    hierarchy.release();
    List<Candidate> found = new ArrayList<>();
    double minLong = StampScale.px(StampScale.MIN_RECT_LONG_CM, dpi);
    for (MatOfPoint contour : contours) {
      org.opencv.core.Rect bounds = Imgproc.boundingRect(contour);
      Candidate rect = Math.max(bounds.width, bounds.height) < minLong ? null
          : rectangle(back == null ? new MatOfPoint2f(contour.toArray()) : turnedBack(contour, back), grid, dpi, factor);
      contour.release();
      if (rect != null) {
        found.removeIf(f -> f.box().intersectionArea(rect.box()) > 0 && area(f) < area(rect));
        if (found.stream().noneMatch(f -> f.box().intersectionArea(rect.box()) > 0)) {
          found.add(rect);
        }
      }
    }
    return found;
  }

  private static long area(Candidate c) {
    return (long) c.box().w() * c.box().h();
  }

  private static MatOfPoint2f turnedBack(MatOfPoint contour, Mat back) {
    MatOfPoint2f points = new MatOfPoint2f(contour.toArray());
    MatOfPoint2f turned = new MatOfPoint2f();
    Core.transform(points, turned, back);
    points.release();
    return turned;
  }

  /** The frame whose outline is {@code points} (released here), or null when it is none. */
  private static Candidate rectangle(MatOfPoint2f points, InkGrid grid, double dpi, double factor) {
    RotatedRect r = Imgproc.minAreaRect(points);
    points.release();
    double longSide = Math.max(r.size.width, r.size.height);
    double shortSide = Math.min(r.size.width, r.size.height);
    if (longSide < StampScale.px(StampScale.MIN_RECT_LONG_CM, dpi)
        || longSide > StampScale.px(StampScale.MAX_RECT_LONG_CM, dpi)
        || shortSide < StampScale.px(StampScale.MIN_RECT_SHORT_CM, dpi)
        || shortSide > StampScale.px(StampScale.MAX_RECT_SHORT_CM, dpi)) {
      return null;
    }
    Point[] corners = new Point[4];
    r.points(corners);
    if (grid.polygonCover(corners) < FRAME_COVER) {
      return null;
    }
    org.opencv.core.Rect b = r.boundingRect();
    Box box = new Box((int) Math.floor(b.x / factor), (int) Math.floor(b.y / factor),
        (int) Math.ceil(b.width / factor), (int) Math.ceil(b.height / factor));
    return new Candidate("rect", box, r.center.x / factor, r.center.y / factor, 0, false, StampFinder.BLACK);
  }
}
