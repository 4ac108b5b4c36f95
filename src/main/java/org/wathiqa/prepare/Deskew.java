package org.wathiqa.prepare;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Finds the skew of text lines by the sharpness of the horizontal projection profile, the angle at
 * which ink rows and blank rows alternate most crisply. Searches ±{@value #MAX_DEGREES}° coarse to
 * fine, projecting the ink pixels of a reduced copy of the page rather than rotating it. Stateless
 * and thread-safe.
 */
final class Deskew {
  static final double MAX_DEGREES = 10;
  private static final int WORK_WIDTH = 1000;
  /**
   * Pieces of ink narrower and lower than this, pixels at the reduced size (about 0.85 mm on a page
   * of A4 width), are specks: a dot of a letter, or a photocopy's or a scanner's noise.
   */
  static final int SPECK = 4;
  /** Tallest piece taken for print, in letter heights ({@link #weightedMedianHeight}). */
  static final double TALLEST = 3;
  /** Length in heights from which a piece no taller than half a letter is a stroke, not a word. */
  static final double THIN = 8;

  private Deskew() {}

  /**
   * The skew of {@code grey} in degrees; rotating the page by this angle counter-clockwise about its
   * centre (OpenCV's convention) makes its lines level.
   */
  static double estimate(Mat grey) {
    InkPoints ink = inkPoints(grey);
    if (ink.count() < 50) {
      return 0;
    }
    double best = search(ink, -MAX_DEGREES, MAX_DEGREES, 0.5);
    best = search(ink, best - 0.5, best + 0.5, 0.1);
    return search(ink, best - 0.1, best + 0.1, 0.025);
  }

  /** The ink of a copy of {@code grey} at most {@value #WORK_WIDTH} pixels wide. */
  private static InkPoints inkPoints(Mat grey) {
    double f = Math.min(1.0, (double) WORK_WIDTH / grey.cols());
    Mat small = new Mat();
    Mat ink = new Mat();
    try {
      Imgproc.resize(grey, small, new Size(), f, f, Imgproc.INTER_AREA);
      GreyLevels.splitDark(small, ink, 255);
      lettersOnly(ink);
      return InkPoints.of(ink);
    } finally {
      small.release();
      ink.release();
    }
  }

  /**
   * Clears from the binary {@code ink} every piece that is no letter or word of print: specks, pieces
   * more than {@value #TALLEST} times as tall as the letters (a stamp's circles or frame, a
   * signature) and long thin strokes (a rule, a frame's side).
   * A stamp pressed askew draws long straight strokes at its own angle, which project into far
   * sharper rows than lines of text do; and on a sparse page a photocopy's specks outweigh the text.
   */
  static void lettersOnly(Mat ink) {
    Mat labels = new Mat();
    Mat stats = new Mat();
    Mat centroids = new Mat();
    try {
      int n = Imgproc.connectedComponentsWithStats(ink, labels, stats, centroids, 8, CvType.CV_32S);
      int[][] pieces = Mats.componentStats(stats);
      int median = weightedMedianHeight(pieces);
      if (median == 0) {
        return;
      }
      boolean[] keep = new boolean[n];
      for (int i = 1; i < n; i++) {
        int w = pieces[i][Imgproc.CC_STAT_WIDTH];
        int h = pieces[i][Imgproc.CC_STAT_HEIGHT];
        boolean rule = w >= THIN * h && 2 * h <= median;
        keep[i] = !speck(pieces[i]) && h <= TALLEST * median && !rule;
      }
      int[] label = new int[(int) labels.total()];
      labels.get(0, 0, label);
      byte[] out = new byte[label.length];
      for (int i = 0; i < label.length; i++) {
        out[i] = keep[label[i]] ? (byte) 255 : 0;
      }
      ink.put(0, 0, out);
    } finally {
      labels.release();
      stats.release();
      centroids.release();
    }
  }

  private static boolean speck(int[] piece) {
    return piece[Imgproc.CC_STAT_WIDTH] < SPECK && piece[Imgproc.CC_STAT_HEIGHT] < SPECK;
  }

  /**
   * The height of the piece at the middle of the ink, the pieces other than specks ordered by
   * height: the letters' height; 0 when there are none.
   */
  private static int weightedMedianHeight(int[][] pieces) {
    List<int[]> sized = new ArrayList<>();
    long total = 0;
    for (int i = 1; i < pieces.length; i++) {
      int area = pieces[i][Imgproc.CC_STAT_AREA];
      if (!speck(pieces[i])) {
        sized.add(new int[] {pieces[i][Imgproc.CC_STAT_HEIGHT], area});
        total += area;
      }
    }
    sized.sort((a, b) -> Integer.compare(a[0], b[0]));
    long seen = 0;
    for (int[] piece : sized) {
      seen += piece[1];
      if (2 * seen >= total) {
        return piece[0];
      }
    }
    return 0;
  }

  private static double search(InkPoints ink, double from, double to, double step) {
    double bestAngle = 0;
    double bestScore = -1;
    for (double a = from; a <= to + 1e-9; a += step) {
      double score = sharpness(ink, a);
      if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && Math.abs(a) < Math.abs(bestAngle))) {
        bestScore = score;
        bestAngle = a;
      }
    }
    return bestAngle;
  }

  /** Sum of squared differences between neighbouring rows of the ink histogram after rotating by {@code degrees}. */
  private static double sharpness(InkPoints ink, double degrees) {
    double a = Math.toRadians(degrees);
    float sin = (float) Math.sin(a);
    float cos = (float) Math.cos(a);
    int margin = ink.height();
    int[] rows = new int[ink.height() * 3];
    float[] xs = ink.x();
    float[] ys = ink.y();
    int offset = margin + ink.height() / 2;
    for (int i = 0; i < ink.count(); i++) {
      // Math.round of the float, as floor(v + 1/2) in double, which holds v + 1/2 exactly: the same
      // row, by the floor instruction rather than round's bit arithmetic
      int row = (int) Math.floor((double) (-sin * xs[i] + cos * ys[i]) + 0.5) + offset;
      if (row >= 0 && row < rows.length) {
        rows[row]++;
      }
    }
    double score = 0;
    for (int i = 1; i < rows.length; i++) {
      double d = rows[i] - rows[i - 1];
      score += d * d;
    }
    return score;
  }

  /** {@code src} rotated by {@code degrees} about its centre, same size. */
  static Mat rotate(Mat src, double degrees, int interpolation, Scalar border) {
    Mat m = Imgproc.getRotationMatrix2D(new Point(src.cols() / 2.0, src.rows() / 2.0), degrees, 1.0);
    Mat dst = new Mat();
    try {
      Imgproc.warpAffine(src, dst, m, src.size(), interpolation, Core.BORDER_CONSTANT, border);
    } finally {
      m.release();
    }
    return dst;
  }
}
