package org.wathiqa.stamp;

import org.opencv.core.Mat;
import org.opencv.core.Point;

/**
 * A binary ink image held as bytes, asked how much of a circle or polygon is drawn. A point of an
 * outline counts as drawn when ink lies within {@code slack} pixels of it. Not thread-safe.
 */
final class InkGrid {
  private final byte[] ink;
  private final int width;
  private final int height;
  private final int slack;

  InkGrid(Mat binary, int slack) {
    this.width = binary.cols();
    this.height = binary.rows();
    this.ink = new byte[width * height];
    Mat copy = binary.isContinuous() ? binary : binary.clone();
    copy.get(0, 0, ink);
    if (copy != binary) {
      copy.release();
    }
    this.slack = slack;
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
    int cx = (int) Math.round(fx);
    int cy = (int) Math.round(fy);
    for (int y = cy - slack; y <= cy + slack; y++) {
      for (int x = cx - slack; x <= cx + slack; x++) {
        if (x >= 0 && y >= 0 && x < width && y < height && ink[y * width + x] != 0) {
          return true;
        }
      }
    }
    return false;
  }
}
