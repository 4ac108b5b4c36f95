package org.wathiqa.stamp;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.wathiqa.prepare.Mats;

/**
 * Finds round stamps on a binary ink image at {@link StampScale#WORK_DPI}: circle candidates from
 * the Hough transform, kept when their border is drawn most of the way round and a second, inner
 * circle lies inside it, with centre and radius refined to the drawn border. Stateless and
 * thread-safe.
 */
final class CircleSearch {
  /** Share of a circle's outline that must be inked. */
  static final double BORDER_COVER = 0.72;
  /** Share of an inner circle's outline that must be inked. */
  static final double INNER_COVER = 0.55;
  /** Hough accumulator votes a candidate needs; low, since every candidate is verified after. */
  private static final int VOTES = 18;
  /** Scale of the image the Hough transform runs on; verification works at full scale. */
  private static final double HOUGH_SCALE = 1.0;
  /** Hough candidates verified, most votes first: a page holds a few stamps, not dozens. */
  private static final int MAX_CANDIDATES = 40;
  /** How far around a refined centre, px, centres with as full a border are looked for. */
  private static final int PLATEAU = 3;
  /**
   * Pieces of ink shorter than this both ways, cm, are letters and dots, left out of the circle
   * search: they hold most of a page's edges, and a stretch of stamp border is longer.
   */
  private static final double PIECE_CM = 0.5;

  /** A circle in pixels of the searched image. */
  record Circle(double x, double y, double r, double cover) {}

  private CircleSearch() {}

  /** The round stamps' outer circles in the binary {@code ink} image at {@code dpi}, biggest cover first. */
  static List<Circle> find(Mat ink, double dpi) {
    InkGrid grid = new InkGrid(ink, 1);
    int minR = (int) StampScale.px(StampScale.MIN_RADIUS_CM, dpi);
    int maxR = (int) Math.ceil(StampScale.px(StampScale.MAX_RADIUS_CM, dpi));
    Mat blurred = new Mat();
    Mat circles = new Mat();
    try {
      Mat pieces = withoutSmallPieces(ink, StampScale.px(PIECE_CM, dpi));
      Imgproc.resize(pieces, blurred, new Size(), HOUGH_SCALE, HOUGH_SCALE, Imgproc.INTER_AREA);
      pieces.release();
      Imgproc.GaussianBlur(blurred, blurred, new Size(5, 5), 0);
      Imgproc.HoughCircles(blurred, circles, Imgproc.HOUGH_GRADIENT, 1, minR * HOUGH_SCALE / 2, 100, VOTES,
          (int) (minR * HOUGH_SCALE), (int) Math.ceil(maxR * HOUGH_SCALE));
      List<Circle> found = new ArrayList<>();
      for (int i = 0; i < Math.min(circles.cols(), MAX_CANDIDATES); i++) {
        double[] c = circles.get(0, i);
        Circle stamp = verify(grid, c[0] / HOUGH_SCALE, c[1] / HOUGH_SCALE, c[2] / HOUGH_SCALE);
        if (stamp != null) {
          found.removeIf(f -> overlap(f, stamp) && f.cover() < stamp.cover());
          if (found.stream().noneMatch(f -> overlap(f, stamp))) {
            found.add(stamp);
          }
        }
      }
      return found;
    } finally {
      blurred.release();
      circles.release();
    }
  }

  /** {@code ink} without the connected pieces whose box is shorter than {@code size} both ways. */
  private static Mat withoutSmallPieces(Mat ink, double size) {
    Mat labels = new Mat();
    Mat stats = new Mat();
    Mat centroids = new Mat();
    int n = Imgproc.connectedComponentsWithStats(ink, labels, stats, centroids, 8, org.opencv.core.CvType.CV_32S);
    boolean[] small = new boolean[n];
    int[][] all = Mats.componentStats(stats);
    for (int i = 1; i < n; i++) {
      small[i] = Math.max(all[i][Imgproc.CC_STAT_WIDTH], all[i][Imgproc.CC_STAT_HEIGHT]) < size;
    }
    int[] label = new int[labels.rows() * labels.cols()];
    labels.get(0, 0, label);
    Mat big = ink.clone();
    StampImages.clearPieces(big, label, small);
    labels.release();
    stats.release();
    centroids.release();
    return big;
  }

  private static boolean overlap(Circle a, Circle b) {
    return Math.hypot(a.x() - b.x(), a.y() - b.y()) < Math.max(a.r(), b.r());
  }

  /** The stamp's circle near a Hough candidate, or null when its border or inner circle is missing. */
  static Circle verify(InkGrid grid, double x, double y, double r) {
    Circle best = bestRadius(grid, x, y, r * 0.88, r * 1.12);
    if (best.cover() < BORDER_COVER - 0.15) {
      return null;
    }
    best = centred(grid, refine(grid, best));
    if (best.cover() < BORDER_COVER || innerCover(grid, best) < INNER_COVER) {
      return null;
    }
    return best;
  }

  /** Moves the centre a pixel at a time while the border's cover grows. */
  private static Circle refine(InkGrid grid, Circle start) {
    Circle best = start;
    boolean moved = true;
    for (int round = 0; moved && round < 8; round++) {
      moved = false;
      Circle from = best;
      for (int dy = -1; dy <= 1; dy++) {
        for (int dx = -1; dx <= 1; dx++) {
          Circle c = bestRadius(grid, from.x() + dx, from.y() + dy, from.r() - 2, from.r() + 2);
          if (c.cover() > best.cover() + 1e-9) {
            best = c;
            moved = true;
          }
        }
      }
    }
    return best;
  }

  /**
   * The middle of the centres near {@code c} whose border is inked as fully as its own: a thick or
   * full border covers from a small plateau of centres, and where the search entered it is chance.
   */
  private static Circle centred(InkGrid grid, Circle c) {
    double sx = 0;
    double sy = 0;
    int n = 0;
    for (int dy = -PLATEAU; dy <= PLATEAU; dy++) {
      for (int dx = -PLATEAU; dx <= PLATEAU; dx++) {
        if (bestRadius(grid, c.x() + dx, c.y() + dy, c.r() - 2, c.r() + 2).cover() >= c.cover() - 1e-9) {
          sx += dx;
          sy += dy;
          n++;
        }
      }
    }
    return bestRadius(grid, c.x() + sx / n, c.y() + sy / n, c.r() - 2, c.r() + 2);
  }

  private static Circle bestRadius(InkGrid grid, double x, double y, double from, double to) {
    Circle best = new Circle(x, y, from, -1);
    for (double r = from; r <= to; r += 1) {
      double cover = grid.circleCover(x, y, r);
      if (cover > best.cover()) {
        best = new Circle(x, y, r, cover);
      }
    }
    return best;
  }

  private static double innerCover(InkGrid grid, Circle c) {
    double inner = 0;
    for (double r = c.r() * 0.45; r <= c.r() * 0.85; r += 1) {
      inner = Math.max(inner, grid.circleCover(c.x(), c.y(), r));
    }
    return inner;
  }
}
