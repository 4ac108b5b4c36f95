package org.wathiqa.stamp;

import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;

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
    int w = square.cols();
    int h = square.rows();
    byte[] px = new byte[w * h];
    Mat dense = square.clone();
    dense.get(0, 0, px);
    dense.release();
    double ox = cx - x0;
    double oy = cy - y0;
    boolean[] erased = clearCircles(px, w, h, ox, oy, r, reach);
    bridge(px, w, h, erased, BRIDGE);
    clearOwnPieces(px, w, h, ox, oy, r, reach, letter);
    square.put(0, 0, px);
    square.release();
  }

  /**
   * Puts back the ink of the circles {@code erased} within {@code reach} pixels of ink that stays:
   * where a stroke crossed a circle, its two sides meet again, while the rest of the circle stays
   * clear.
   */
  private static void bridge(byte[] px, int w, int h, boolean[] erased, int reach) {
    boolean[] back = new boolean[px.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (!erased[y * w + x]) {
          continue;
        }
        search:
        for (int dy = -reach; dy <= reach; dy++) {
          for (int dx = -reach; dx <= reach; dx++) {
            int nx = x + dx;
            int ny = y + dy;
            if (nx >= 0 && ny >= 0 && nx < w && ny < h && px[ny * w + nx] != 0) {
              back[y * w + x] = true;
              break search;
            }
          }
        }
      }
    }
    for (int i = 0; i < px.length; i++) {
      if (back[i]) {
        px[i] = (byte) 255;
      }
    }
  }

  /** Clears the radii, stroke wide, at which ink runs round most of the way: the stamp's circles. */
  private static boolean[] clearCircles(byte[] px, int w, int h, double ox, double oy, double r, double reach) {
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
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double d = Math.hypot(x - ox, y - oy);
        int rho = (int) Math.round(d);
        if (rho >= from && rho <= to && (circle[rho] || circle[Math.max(0, rho - 1)] || circle[rho + 1])
            && px[y * w + x] != 0) {
          px[y * w + x] = 0;
          erased[y * w + x] = true;
        }
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
   * Clears the pieces lying wholly inside the disc that are letter-sized, keep to a narrow band of
   * radii or hold more ink for their box than a scribble; pieces touching the square's edge or
   * leaving the disc stay.
   */
  private static void clearOwnPieces(byte[] px, int w, int h, double ox, double oy, double r, double reach,
      int letter) {
    Mat binary = new Mat(h, w, CvType.CV_8UC1);
    binary.put(0, 0, px);
    Mat labels = new Mat();
    int n = org.opencv.imgproc.Imgproc.connectedComponents(binary, labels, 8, CvType.CV_32S);
    binary.release();
    int[] label = new int[w * h];
    labels.get(0, 0, label);
    labels.release();
    int[] minX = filled(n, Integer.MAX_VALUE);
    int[] minY = filled(n, Integer.MAX_VALUE);
    int[] maxX = filled(n, -1);
    int[] maxY = filled(n, -1);
    double[] minR = new double[n];
    double[] maxR = new double[n];
    java.util.Arrays.fill(minR, Double.MAX_VALUE);
    boolean[] outside = new boolean[n];
    int[] pixels = new int[n];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int k = label[y * w + x];
        if (k == 0) {
          continue;
        }
        double d = Math.hypot(x - ox, y - oy);
        minX[k] = Math.min(minX[k], x);
        maxX[k] = Math.max(maxX[k], x);
        minY[k] = Math.min(minY[k], y);
        maxY[k] = Math.max(maxY[k], y);
        pixels[k]++;
        minR[k] = Math.min(minR[k], d);
        maxR[k] = Math.max(maxR[k], d);
        outside[k] |= d > reach || x == 0 || y == 0 || x == w - 1 || y == h - 1;
      }
    }
    boolean[] own = new boolean[n];
    for (int k = 1; k < n; k++) {
      int width = maxX[k] - minX[k] + 1;
      int height = maxY[k] - minY[k] + 1;
      boolean dense = pixels[k] > SignatureFinder.MAX_DENSITY * width * height;
      own[k] = !outside[k] && (Math.max(width, height) < LETTER_SIZE * letter || maxR[k] - minR[k] < RING_DEPTH * r || dense);
    }
    for (int i = 0; i < px.length; i++) {
      if (own[label[i]]) {
        px[i] = 0;
      }
    }
  }

  private static int[] filled(int n, int value) {
    int[] a = new int[n];
    java.util.Arrays.fill(a, value);
    return a;
  }
}
