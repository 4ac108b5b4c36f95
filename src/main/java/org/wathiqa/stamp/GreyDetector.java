package org.wathiqa.stamp;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.RotatedRect;
import org.opencv.imgproc.Imgproc;
import org.wathiqa.Box;

/**
 * Finds stamps by their outline alone, for grey and photocopied pages where stamp ink is as black
 * as print: round stamps as circles whose border is drawn all round and that hold a second, inner
 * circle; register stamps as rectangles whose four sides are drawn. Stateless and thread-safe.
 */
final class GreyDetector {
  /** Share of a circle's or rectangle's outline that must be inked. */
  private static final double BORDER_COVER = 0.75;
  /** Share of an inner circle's outline that must be inked. */
  private static final double INNER_COVER = 0.6;
  /** Slack in locating a stroke, cm: half a millimetre either side. */
  private static final double SLACK_CM = 0.05;

  private GreyDetector() {}

  /** Stamps in the grey {@code page} at {@code dpi}, boxes in its pixels. */
  static List<Candidate> find(Mat page, int dpi) {
    double factor = Math.min(1.0, (double) StampScale.WORK_DPI / dpi);
    double workDpi = dpi * factor;
    Mat small = StampImages.scaled(page, factor);
    Mat ink = new Mat();
    try {
      Imgproc.threshold(small, ink, 0, 255, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
      InkGrid grid = new InkGrid(ink, (int) Math.max(1, Math.round(StampScale.px(SLACK_CM, workDpi))));
      List<Candidate> found = new ArrayList<>(circles(small, grid, workDpi, factor));
      for (Candidate rect : rectangles(ink, grid, workDpi, factor)) {
        if (found.stream().noneMatch(c -> c.box().intersectionArea(rect.box()) > 0)) {
          found.add(rect);
        }
      }
      return found;
    } finally {
      small.release();
      ink.release();
    }
  }

  private static List<Candidate> circles(Mat small, InkGrid grid, double dpi, double factor) {
    int minR = (int) StampScale.px(StampScale.MIN_RADIUS_CM, dpi);
    int maxR = (int) Math.ceil(StampScale.px(StampScale.MAX_RADIUS_CM, dpi));
    Mat blurred = new Mat();
    Mat circles = new Mat();
    try {
      Imgproc.GaussianBlur(small, blurred, new org.opencv.core.Size(3, 3), 0);
      Imgproc.HoughCircles(blurred, circles, Imgproc.HOUGH_GRADIENT, 1, minR, 100, 20, minR, maxR);
      List<Candidate> found = new ArrayList<>();
      for (int i = 0; i < circles.cols(); i++) {
        double[] c = circles.get(0, i);
        Candidate stamp = verifyCircle(grid, c[0], c[1], c[2], factor);
        if (stamp != null && found.stream().noneMatch(f -> overlaps(f, stamp))) {
          found.add(stamp);
        }
      }
      return found;
    } finally {
      blurred.release();
      circles.release();
    }
  }

  private static boolean overlaps(Candidate a, Candidate b) {
    return Math.hypot(a.cx() - b.cx(), a.cy() - b.cy()) < Math.max(a.radius(), b.radius());
  }

  /** The round stamp at a Hough circle, or null when its border or inner circle is missing. */
  private static Candidate verifyCircle(InkGrid grid, double x, double y, double r, double factor) {
    double bestR = r;
    double best = 0;
    for (double rr = r * 0.9; rr <= r * 1.1; rr += 1) {
      double cover = grid.circleCover(x, y, rr);
      if (cover > best) {
        best = cover;
        bestR = rr;
      }
    }
    if (best < BORDER_COVER) {
      return null;
    }
    double inner = 0;
    for (double rr = bestR * 0.45; rr <= bestR * 0.82; rr += 1) {
      inner = Math.max(inner, grid.circleCover(x, y, rr));
    }
    if (inner < INNER_COVER) {
      return null;
    }
    double cx = x / factor;
    double cy = y / factor;
    double radius = (bestR + 1) / factor;
    Box box = new Box((int) Math.round(cx - radius), (int) Math.round(cy - radius),
        (int) Math.round(2 * radius), (int) Math.round(2 * radius));
    return new Candidate("round", box, cx, cy, radius, false, "#000000");
  }

  private static List<Candidate> rectangles(Mat ink, InkGrid grid, double dpi, double factor) {
    List<MatOfPoint> contours = new ArrayList<>();
    Mat hierarchy = new Mat();
    Mat work = ink.clone();
    Imgproc.findContours(work, contours, hierarchy, Imgproc.RETR_LIST, Imgproc.CHAIN_APPROX_SIMPLE);
    work.release();
    hierarchy.release();
    List<Candidate> found = new ArrayList<>();
    for (MatOfPoint contour : contours) {
      Candidate rect = rectangle(contour, grid, dpi, factor);
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

  private static Candidate rectangle(MatOfPoint contour, InkGrid grid, double dpi, double factor) {
    MatOfPoint2f points = new MatOfPoint2f(contour.toArray());
    RotatedRect r = Imgproc.minAreaRect(points);
    points.release();
    double longSide = Math.max(r.size.width, r.size.height);
    double shortSide = Math.min(r.size.width, r.size.height);
    if (longSide < StampScale.px(StampScale.MIN_RECT_LONG_CM, dpi)
        || longSide > StampScale.px(StampScale.MAX_RECT_LONG_CM, dpi)
        || shortSide < StampScale.px(StampScale.MIN_RECT_SHORT_CM, dpi)
        || shortSide > StampScale.px(StampScale.MAX_RECT_SHORT_CM, dpi)
        || Imgproc.contourArea(contour) < Shapes.RECT_FILL * r.size.area()) {
      return null;
    }
    Point[] corners = new Point[4];
    r.points(corners);
    if (grid.polygonCover(corners) < BORDER_COVER) {
      return null;
    }
    org.opencv.core.Rect b = r.boundingRect();
    Box box = new Box((int) Math.floor(b.x / factor), (int) Math.floor(b.y / factor),
        (int) Math.ceil(b.width / factor), (int) Math.ceil(b.height / factor));
    return new Candidate("rect", box, r.center.x / factor, r.center.y / factor, 0, false, "#000000");
  }
}
