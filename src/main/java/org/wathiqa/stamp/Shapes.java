package org.wathiqa.stamp;

import org.opencv.core.MatOfPoint;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.RotatedRect;
import org.opencv.imgproc.Imgproc;

/**
 * Names the shape of a stamp's outline: a filled circle covers π/4 of its bounding rectangle, a
 * filled rectangle all of it. Stateless.
 */
final class Shapes {
  /** Fill of the minimum-area rectangle above which an outline is a rectangle (circle: 0.785). */
  static final double RECT_FILL = 0.88;
  /** Axis ratio above which a rounded outline is an oval rather than a circle. */
  static final double OVAL_RATIO = 1.2;

  /** Share of a stamp's frame or oval border that must be inked. */
  static final double BORDER_COVER = 0.75;
  /** Share of the border that must be inked in the blob's own ink, where another stamp lies under it. */
  static final double OWN_COVER = 0.6;

  private Shapes() {}

  /**
   * {@code rect}, {@code oval} or {@code round} for the outer {@code contour} of a blob whose border
   * is drawn in {@code grid}, or null when the blob is not framed (handwriting, a signature). The
   * border must also be drawn for the most part ({@link #OWN_COVER}) in the blob's own ink {@code own}
   * (the same grid where nothing lies under the blob): another stamp's strokes may fill the border
   * where they cross it, but not draw it.
   */
  static String verified(MatOfPoint contour, InkGrid grid, InkGrid own) {
    String shape = of(contour);
    if (shape.equals("rect")) {
      return framed(contour, grid, own) ? shape : null;
    }
    MatOfPoint2f points = new MatOfPoint2f(contour.toArray());
    try {
      if (points.rows() < 5) {
        return null;
      }
      RotatedRect ellipse = Imgproc.fitEllipse(points);
      boolean drawn = grid.ellipseCover(ellipse) >= BORDER_COVER
          && (own == grid || own.ellipseCover(ellipse) >= OWN_COVER);
      return drawn ? shape : null;
    } finally {
      points.release();
    }
  }

  /**
   * Whether the border of the minimum-area rectangle around {@code contour} is drawn, in {@code grid}
   * and for the most part in {@code own}, as {@link #verified}: a frame, whatever ink hangs off it.
   */
  static boolean framed(MatOfPoint contour, InkGrid grid, InkGrid own) {
    MatOfPoint2f points = new MatOfPoint2f(contour.toArray());
    try {
      Point[] corners = new Point[4];
      Imgproc.minAreaRect(points).points(corners);
      return grid.polygonCover(corners) >= BORDER_COVER && (own == grid || own.polygonCover(corners) >= OWN_COVER);
    } finally {
      points.release();
    }
  }

  /** {@code round}, {@code oval} or {@code rect} for the outer {@code contour} of a stamp. */
  static String of(MatOfPoint contour) {
    MatOfPoint2f points = new MatOfPoint2f(contour.toArray());
    try {
      RotatedRect r = Imgproc.minAreaRect(points);
      double area = Imgproc.contourArea(contour);
      double fill = area / Math.max(1, r.size.area());
      double ratio = Math.max(r.size.width, r.size.height) / Math.max(1, Math.min(r.size.width, r.size.height));
      if (fill >= RECT_FILL) {
        return "rect";
      }
      return ratio > OVAL_RATIO ? "oval" : "round";
    } finally {
      points.release();
    }
  }
}
