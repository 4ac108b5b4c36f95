package org.wathiqa.stamp;

import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.imgproc.Imgproc;
import org.wathiqa.prepare.Mats;

/**
 * Clears a round stamp's own ink from a binary ink image and leaves what was pressed under it. A
 * stamp is most often pressed over the signature, so clearing its whole disc takes the signature
 * with it; its own marks are told apart by shape instead: its circles (ink round most of the way at
 * one radius), and its letters and star (pieces lying wholly inside the disc that are small, keep to
 * a narrow band of radii as ring text does, or are as dense as print). A scribble is loose, crosses
 * radii and usually the border.
 * Stateless and thread-safe.
 */
final class UnderStamp {
  /** Angles at which a radius is tested for a circle. */
  private static final int ANGLES = 180;
  /** Share of the angles inked at one radius from which that radius is a drawn circle. */
  static final double CIRCLE = 0.5;
  /** Innermost radius searched for circles, as a share of the stamp's. */
  private static final double INNERMOST = 0.3;
  /** How far beyond its radius the stamp's outer border may lie, as a share of the radius. */
  private static final double BEYOND = 0.08;
  /** Longest side of a piece inside the disc that is a letter or the star, in letter heights. */
  static final double LETTER_SIZE = 2.5;
  /** Radial depth of a piece inside the disc that is a run of ring text, as a share of the radius. */
  static final double RING_DEPTH = 0.25;
  /**
   * How near ink that stays a cleared circle's ink is put back, pixels: a stroke crossing a circle
   * (a stroke or two wide) is joined up again across it.
   */
  static final int BRIDGE = 3;

  private UnderStamp() {}

  /**
   * Clears from {@code ink} (binary, 255 = ink) the marks of the round stamp centred at ({@code cx},
   * {@code cy}) of radius {@code r}, all in pixels of {@code ink}, where letters are {@code letter}
   * pixels high.
   */
  static void clear(Mat ink, double cx, double cy, double r, int letter) {
    double reach = r * (1 + BEYOND) + 2;
    int x0 = (int) Math.max(0, Math.floor(cx - reach));
    int y0 = (int) Math.max(0, Math.floor(cy - reach));
    int x1 = (int) Math.min(ink.cols(), Math.ceil(cx + reach) + 1);
    int y1 = (int) Math.min(ink.rows(), Math.ceil(cy + reach) + 1);
    if (x1 <= x0 || y1 <= y0) {
      return;
    }
    Mat square = ink.submat(new Rect(x0, y0, x1 - x0, y1 - y0));
    Mat dense = square.clone();
    int w = dense.cols();
    int h = dense.rows();
    byte[] px = new byte[w * h];
    dense.get(0, 0, px);
    double[] dist = new double[px.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        dist[y * w + x] = Math.hypot(x - (cx - x0), y - (cy - y0));
      }
    }
    boolean[] erased = clearCircles(px, w, h, cx - x0, cy - y0, dist, r, reach);
    bridge(px, w, h, erased, BRIDGE);
    dense.put(0, 0, px);
    clearOwnPieces(dense, dist, r, reach, letter);
    dense.copyTo(square);
    dense.release();
    square.release();
  }

  /**
   * Puts back the ink of the circles {@code erased} within {@code reach} pixels of ink that stays:
   * where a stroke crossed a circle, its two sides meet again, while the rest of the circle stays
   * clear.
   */
  private static void bridge(byte[] px, int w, int h, boolean[] erased, int reach) {
    boolean[] back = new boolean[px.length];
    for (int i = 0; i < px.length; i++) {
      back[i] = erased[i] && inkWithin(px, w, h, i % w, i / w, reach);
    }
    for (int i = 0; i < px.length; i++) {
      if (back[i]) {
        px[i] = (byte) 255;
      }
    }
  }

  private static boolean inkWithin(byte[] px, int w, int h, int x, int y, int reach) {
    for (int ny = Math.max(0, y - reach); ny <= Math.min(h - 1, y + reach); ny++) {
      for (int nx = Math.max(0, x - reach); nx <= Math.min(w - 1, x + reach); nx++) {
        if (px[ny * w + nx] != 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Clears the radii, stroke wide, at which ink runs round most of the way: the stamp's circles,
   * centred at ({@code ox}, {@code oy}); {@code dist} holds each pixel's distance from there. Returns
   * the pixels cleared.
   */
  private static boolean[] clearCircles(byte[] px, int w, int h, double ox, double oy, double[] dist, double r,
      double reach) {
    int from = (int) Math.floor(r * INNERMOST);
    int to = (int) Math.ceil(reach);
    boolean[] circle = new boolean[to + 2];
    for (int rho = from; rho <= to; rho++) {
      int inked = 0;
      for (int i = 0; i < ANGLES; i++) {
        double a = 2 * Math.PI * i / ANGLES;
        if (inked(px, w, h, ox + rho * Math.cos(a), oy + rho * Math.sin(a))) {
          inked++;
        }
      }
      circle[rho] = inked >= CIRCLE * ANGLES;
    }
    boolean[] erased = new boolean[px.length];
    for (int i = 0; i < px.length; i++) {
      int rho = (int) Math.round(dist[i]);
      if (rho >= from && rho <= to && (circle[rho] || circle[Math.max(0, rho - 1)] || circle[rho + 1]) && px[i] != 0) {
        px[i] = 0;
        erased[i] = true;
      }
    }
    return erased;
  }

  private static boolean inked(byte[] px, int w, int h, double x, double y) {
    int ix = (int) Math.round(x);
    int iy = (int) Math.round(y);
    return ix >= 0 && iy >= 0 && ix < w && iy < h && px[iy * w + ix] != 0;
  }

  /**
   * Clears from the continuous binary {@code square} the pieces lying wholly inside the disc that are
   * letter-sized, keep to a narrow band of radii or hold more ink for their box than a scribble;
   * pieces touching the square's edge or leaving the disc ({@code dist} beyond {@code reach}) stay.
   */
  private static void clearOwnPieces(Mat square, double[] dist, double r, double reach, int letter) {
    Mat labels = new Mat();
    Mat stats = new Mat();
    Mat centroids = new Mat();
    try {
      int n = Imgproc.connectedComponentsWithStats(square, labels, stats, centroids, 8, CvType.CV_32S);
      int[][] all = Mats.componentStats(stats);
      int[] label = new int[(int) labels.total()];
      labels.get(0, 0, label);
      double[] minR = new double[n];
      double[] maxR = new double[n];
      java.util.Arrays.fill(minR, Double.MAX_VALUE);
      boolean[] beyond = new boolean[n];
      for (int i = 0; i < label.length; i++) {
        int k = label[i];
        minR[k] = Math.min(minR[k], dist[i]);
        maxR[k] = Math.max(maxR[k], dist[i]);
        beyond[k] |= dist[i] > reach;
      }
      boolean[] own = new boolean[n];
      for (int k = 1; k < n; k++) {
        int[] c = all[k];
        int x = c[Imgproc.CC_STAT_LEFT];
        int y = c[Imgproc.CC_STAT_TOP];
        int width = c[Imgproc.CC_STAT_WIDTH];
        int height = c[Imgproc.CC_STAT_HEIGHT];
        boolean edge = x == 0 || y == 0 || x + width == square.cols() || y + height == square.rows();
        boolean dense = c[Imgproc.CC_STAT_AREA] > SignatureFinder.MAX_DENSITY * width * height;
        own[k] = !beyond[k] && !edge
            && (Math.max(width, height) < LETTER_SIZE * letter || maxR[k] - minR[k] < RING_DEPTH * r || dense);
      }
      StampImages.clearPieces(square, label, own);
    } finally {
      labels.release();
      stats.release();
      centroids.release();
    }
  }
}
