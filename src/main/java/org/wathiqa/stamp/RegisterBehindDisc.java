package org.wathiqa.stamp;

import java.util.List;
import org.opencv.core.Point;
import org.opencv.core.Rect;

/**
 * A register stamp pressed half over a round stamp of the same ink. The round stamp's disc is cut
 * out of the ink before the rest is split into blobs, and takes the side of the frame lying inside it
 * along: what is left is a frame open towards the disc. Its hidden side is looked for inside the disc,
 * on the ink as it was: the straight line, parallel to the far side, drawn most nearly all the way;
 * the ring's circles and letters cross such a line, they do not run along it. Stateless.
 */
final class RegisterBehindDisc {
  /** Share of a frame's side, or of the whole frame, that must be inked. */
  static final double COVER = 0.8;

  private RegisterBehindDisc() {}

  /**
   * The whole frame of the open frame {@code open} (a blob's box) that one of {@code discs} cut, or
   * null when no disc touches it or no frame closes inside the disc.
   */
  static Rect frame(Rect open, List<CircleSearch.Circle> discs, InkGrid grid, double dpi) {
    int longest = (int) Math.ceil(StampScale.px(StampScale.MAX_RECT_LONG_CM, dpi));
    for (CircleSearch.Circle d : discs) {
      if (!touches(open, d)) {
        continue;
      }
      Rect found = d.x() < open.x ? leftward(open, grid, longest)
          : d.x() > open.x + open.width ? rightward(open, grid, longest)
          : d.y() < open.y ? upward(open, grid, longest)
          : d.y() > open.y + open.height ? downward(open, grid, longest) : null;
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static boolean touches(Rect r, CircleSearch.Circle d) {
    double nx = Math.max(r.x, Math.min(d.x(), r.x + r.width));
    double ny = Math.max(r.y, Math.min(d.y(), r.y + r.height));
    return Math.hypot(nx - d.x(), ny - d.y()) <= d.r() + 2;
  }

  private static Rect leftward(Rect open, InkGrid grid, int longest) {
    int right = open.x + open.width;
    Rect best = null;
    double bestCover = 0;
    for (int x = open.x - 1; x >= Math.max(0, right - longest); x--) {
      double cover = side(grid, new Point(x, open.y), new Point(x, open.y + open.height));
      if (cover > bestCover) {
        bestCover = cover;
        best = new Rect(x, open.y, right - x, open.height);
      }
    }
    return closes(best, bestCover, grid) ? best : null;
  }

  private static Rect rightward(Rect open, InkGrid grid, int longest) {
    Rect best = null;
    double bestCover = 0;
    for (int x = open.x + open.width + 1; x <= open.x + longest; x++) {
      double cover = side(grid, new Point(x, open.y), new Point(x, open.y + open.height));
      if (cover > bestCover) {
        bestCover = cover;
        best = new Rect(open.x, open.y, x - open.x, open.height);
      }
    }
    return closes(best, bestCover, grid) ? best : null;
  }

  private static Rect upward(Rect open, InkGrid grid, int longest) {
    int bottom = open.y + open.height;
    Rect best = null;
    double bestCover = 0;
    for (int y = open.y - 1; y >= Math.max(0, bottom - longest); y--) {
      double cover = side(grid, new Point(open.x, y), new Point(open.x + open.width, y));
      if (cover > bestCover) {
        bestCover = cover;
        best = new Rect(open.x, y, open.width, bottom - y);
      }
    }
    return closes(best, bestCover, grid) ? best : null;
  }

  private static Rect downward(Rect open, InkGrid grid, int longest) {
    Rect best = null;
    double bestCover = 0;
    for (int y = open.y + open.height + 1; y <= open.y + longest; y++) {
      double cover = side(grid, new Point(open.x, y), new Point(open.x + open.width, y));
      if (cover > bestCover) {
        bestCover = cover;
        best = new Rect(open.x, open.y, open.width, y - open.y);
      }
    }
    return closes(best, bestCover, grid) ? best : null;
  }

  /** Share of the straight side from {@code a} to {@code b} that is drawn. */
  private static double side(InkGrid grid, Point a, Point b) {
    return grid.polygonCover(new Point[] {a, b});
  }

  /** Whether the best side found, covered {@code cover}, is drawn and closes the whole frame {@code r}. */
  private static boolean closes(Rect r, double cover, InkGrid grid) {
    if (r == null || cover < COVER) {
      return false;
    }
    Point[] corners = {new Point(r.x, r.y), new Point(r.x + r.width, r.y), new Point(r.x + r.width, r.y + r.height),
        new Point(r.x, r.y + r.height)};
    return grid.polygonCover(corners) >= COVER;
  }
}
