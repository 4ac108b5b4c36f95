package org.wathiqa.stamp;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * A binary ink image asked how much of a circle or polygon is drawn. A point of an outline counts
 * as drawn when ink lies within {@code slack} pixels of it, across and down; the grid holds, for
 * every pixel and for a margin of {@code slack} pixels around the image, whether it does. Not
 * thread-safe.
 */
final class InkGrid {
  /** Non-zero where ink lies within the slack of the pixel; rows of {@link #span}, margin included. */
  private final byte[] near;
  private final int slack;
  /** Width of a row of {@link #near}: the image's width and the margin either side. */
  private final int span;
  private final int rows;

  InkGrid(Mat binary, int slack) {
    this.slack = slack;
    this.span = binary.cols() + 2 * slack;
    this.rows = binary.rows() + 2 * slack;
    Mat spread = new Mat();
    Core.copyMakeBorder(binary, spread, slack, slack, slack, slack, Core.BORDER_CONSTANT, new Scalar(0));
    if (slack > 0) {
      Mat square = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(2 * slack + 1, 2 * slack + 1));
      Imgproc.dilate(spread, spread, square);
      square.release();
    }
    this.near = new byte[span * rows];
    spread.get(0, 0, near);
    spread.release();
  }

  /** Share of the circle at ({@code x}, {@code y}) of radius {@code r} that is inked. */
  double circleCover(double x, double y, double r) {
    int steps = Math.max(36, (int) (2 * Math.PI * r / 2));
    int hit = 0;
    for (int i = 0; i < steps; i++) {
      double a = 2 * Math.PI * i / steps;
      if (inkedNear(x + r * Math.cos(a), y + r * Math.sin(a))) {
        hit++;
      }
    }
    return (double) hit / steps;
  }

  /** Share of the outline of the ellipse {@code e} (centre, full axes, angle in degrees) that is inked. */
  double ellipseCover(org.opencv.core.RotatedRect e) {
    double a = e.size.width / 2;
    double b = e.size.height / 2;
    double t = Math.toRadians(e.angle);
    int steps = Math.max(36, (int) (Math.PI * (a + b) / 2));
    int hit = 0;
    for (int i = 0; i < steps; i++) {
      double u = 2 * Math.PI * i / steps;
      double px = a * Math.cos(u);
      double py = b * Math.sin(u);
      if (inkedNear(e.center.x + px * Math.cos(t) - py * Math.sin(t), e.center.y + px * Math.sin(t) + py * Math.cos(t))) {
        hit++;
      }
    }
    return (double) hit / steps;
  }

  /** Share of the closed polygon through {@code corners} that is inked. */
  double polygonCover(Point[] corners) {
    int hit = 0;
    int total = 0;
    for (int i = 0; i < corners.length; i++) {
      Point a = corners[i];
      Point b = corners[(i + 1) % corners.length];
      int steps = Math.max(2, (int) (Math.hypot(b.x - a.x, b.y - a.y) / 2));
      for (int s = 0; s < steps; s++) {
        double t = (double) s / steps;
        total++;
        if (inkedNear(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y))) {
          hit++;
        }
      }
    }
    return (double) hit / total;
  }

  private boolean inkedNear(double fx, double fy) {
    int x = (int) Math.round(fx) + slack;
    int y = (int) Math.round(fy) + slack;
    return x >= 0 && y >= 0 && x < span && y < rows && near[y * span + x] != 0;
  }
}
