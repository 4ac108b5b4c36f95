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
      Rect found = d.x() < open.x ? hidden(open, grid, longest, true, -1)
          : d.x() > open.x + open.width ? hidden(open, grid, longest, true, 1)
          : d.y() < open.y ? hidden(open, grid, longest, false, -1)
          : d.y() > open.y + open.height ? hidden(open, grid, longest, false, 1) : null;
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

  /**
   * The frame closed by the best-drawn side parallel to the open frame's far side, searched from
   * its open end by {@code step} (-1: left or up, 1: right or down), a {@code vertical} side or a
   * horizontal one; null when none is drawn well enough to close it.
   */
  private static Rect hidden(Rect open, InkGrid grid, int longest, boolean vertical, int step) {
    int start = vertical ? open.x : open.y;
    int size = vertical ? open.width : open.height;
    int near = step < 0 ? start - 1 : start + size + 1;
    int far = step < 0 ? Math.max(0, start + size - longest) : start + longest;
    Rect best = null;
    double bestCover = 0;
    for (int p = near; step < 0 ? p >= far : p <= far; p += step) {
      Point a = vertical ? new Point(p, open.y) : new Point(open.x, p);
      Point b = vertical ? new Point(p, open.y + open.height) : new Point(open.x + open.width, p);
      double cover = grid.polygonCover(new Point[] {a, b});
      if (cover > bestCover) {
        bestCover = cover;
        best = spanning(open, p, vertical);
      }
    }
    return closes(best, bestCover, grid) ? best : null;
  }

  /** {@code open} stretched to the side at {@code p}. */
  private static Rect spanning(Rect open, int p, boolean vertical) {
    if (vertical) {
      int x0 = Math.min(open.x, p);
      return new Rect(x0, open.y, Math.max(open.x + open.width, p) - x0, open.height);
    }
    int y0 = Math.min(open.y, p);
    return new Rect(open.x, y0, open.width, Math.max(open.y + open.height, p) - y0);
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
