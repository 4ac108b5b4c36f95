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

  private GreyDetector() {}

  /** Stamps in the grey {@code page} at {@code dpi}, boxes in its pixels. */
  static List<Candidate> find(Mat page, int dpi) {
    double factor = Math.min(1.0, (double) StampScale.WORK_DPI / dpi);
    double workDpi = dpi * factor;
    Mat small = StampImages.scaled(page, factor);
    Mat ink = new Mat();
    try {
      Imgproc.threshold(small, ink, 0, 255, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
      InkGrid grid = new InkGrid(ink, StampScale.slack(workDpi));
      List<Candidate> found = new ArrayList<>();
      for (CircleSearch.Circle c : CircleSearch.find(ink, workDpi)) {
        found.add(Candidate.round(c, factor, false, "#000000"));
      }
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

  private static List<Candidate> rectangles(Mat ink, InkGrid grid, double dpi, double factor) {
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
      Candidate rect = Math.max(bounds.width, bounds.height) < minLong ? null : rectangle(contour, grid, dpi, factor);
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
    if (grid.polygonCover(corners) < Shapes.BORDER_COVER) {
      return null;
    }
    org.opencv.core.Rect b = r.boundingRect();
    Box box = new Box((int) Math.floor(b.x / factor), (int) Math.floor(b.y / factor),
        (int) Math.ceil(b.width / factor), (int) Math.ceil(b.height / factor));
    return new Candidate("rect", box, r.center.x / factor, r.center.y / factor, 0, false, "#000000");
  }
}
