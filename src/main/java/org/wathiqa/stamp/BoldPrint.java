package org.wathiqa.stamp;

import java.util.Arrays;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.wathiqa.prepare.GreyLevels;

/**
 * Print in strokes bolder than a black stamp's own type, cleared from the stamp's centre. On a
 * photocopy the stamp's ink is as dark as the print it is pressed over, so no grey level tells them
 * apart; but the print a stamp lands on is mostly the signatory's name and title, set bold, while a
 * stamp's type is thin, and the ring holds a sample of it. Half a stroke's width is read off the
 * distance of each ink pixel on a stroke's middle line from the paper. Bold strokes are cleared only
 * where they belong to a line running out of the centre into the ring: a stamp's own centre text,
 * larger and so bolder than its ring's, stays within its inner circle.
 *
 * <p>Measured with {@code score.py} on the fixtures, the evaluation letters and five generated
 * sets: stamps read 345 to 350 of 451, none fewer. Clearing bold strokes wherever they lay in the
 * centre read 4 more and 5 fewer: those stamps' own centre text was taken for print.
 */
final class BoldPrint {
  /** How much bolder than the ring's type a stroke must be to be print, as a ratio of widths. */
  static final double BOLDER = 1.8;
  /** Least difference of half widths, px, for a stroke to be print: thin type measures coarsely. */
  static final double MIN_MARGIN = 1.0;
  /** Widest gap between bold strokes of one line of print, as a multiple of the bold half width. */
  static final double LINE_JOIN = 20;
  /** Fewest middle-line pixels in the ring to measure its type by. */
  private static final int MIN_SAMPLES = 50;

  private BoldPrint() {}

  /**
   * Clears, within {@code radius} of the centre of {@code crop} (a round stamp centred in it, dark
   * on light), the strokes at least {@link #BOLDER} times as wide as the type between {@code
   * bandInner} and {@code bandOuter}, on lines of print reaching the middle of that band; {@code
   * crop} is left as it was when the ring's type cannot be measured or no such stroke is found.
   * What is cleared is the ink, and the pixel round it, within twice the bold half width of the
   * strokes' bold cores: a core is the widest part of a stroke, and the parts of a letter narrower
   * than it (its ends, its joins) lie further from the core than half its width.
   *
   * @return whether anything was cleared
   */
  static boolean clear(Mat crop, double radius, double bandInner, double bandOuter) {
    Mat ink = new Mat();
    Mat distance = new Mat();
    try {
      GreyLevels.splitDark(crop, ink, 255);
      Imgproc.distanceTransform(ink, distance, Imgproc.DIST_L2, 3);
      double half = ringHalfWidth(distance, bandInner, bandOuter);
      if (Double.isNaN(half)) {
        return false;
      }
      double bold = Math.max(half * BOLDER, half + MIN_MARGIN);
      Mat cores = new Mat();
      try {
        Imgproc.threshold(distance, cores, bold, 255, Imgproc.THRESH_BINARY);
        cores.convertTo(cores, CvType.CV_8U);
        if (!keepCrossing(cores, bold, radius, (bandInner + bandOuter) / 2)) {
          return false;
        }
        int reach = (int) Math.ceil(2 * bold) + 1;
        Imgproc.dilate(cores, cores, Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE,
            new Size(2 * reach + 1, 2 * reach + 1)));
        Imgproc.dilate(ink, ink, Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(3, 3)));
        Core.bitwise_and(cores, ink, cores);
        crop.setTo(new Scalar(255), cores);
        return true;
      } finally {
        cores.release();
      }
    } finally {
      ink.release();
      distance.release();
    }
  }

  /**
   * Keeps of the binary {@code cores} those within {@code radius} of the centre that belong to a
   * line of print reaching {@code beyond} from it: cores joined along the row, {@link #LINE_JOIN}
   * times {@code bold} apart at most, into lines.
   *
   * @return whether any are kept
   */
  private static boolean keepCrossing(Mat cores, double bold, double radius, double beyond) {
    Mat words = new Mat();
    Mat labels = new Mat();
    try {
      int join = (int) Math.ceil(LINE_JOIN * bold) | 1;
      Imgproc.dilate(cores, words, Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(join, 1)));
      int n = Imgproc.connectedComponents(words, labels, 8, CvType.CV_32S);
      int w = cores.cols();
      int[] label = new int[(int) labels.total()];
      labels.get(0, 0, label);
      double cx = w / 2.0;
      double cy = cores.rows() / 2.0;
      boolean[] crossing = new boolean[n];
      for (int i = 0; i < label.length; i++) {
        if (label[i] != 0 && Math.hypot(i % w + 0.5 - cx, i / w + 0.5 - cy) > beyond) {
          crossing[label[i]] = true;
        }
      }
      byte[] c = new byte[label.length];
      cores.get(0, 0, c);
      boolean any = false;
      for (int i = 0; i < label.length; i++) {
        boolean keep = c[i] != 0 && crossing[label[i]] && Math.hypot(i % w + 0.5 - cx, i / w + 0.5 - cy) <= radius;
        c[i] = keep ? (byte) 255 : 0;
        any |= keep;
      }
      cores.put(0, 0, c);
      return any;
    } finally {
      words.release();
      labels.release();
    }
  }

  /**
   * Median distance to the paper of the middle-line pixels (each at least as far as its eight
   * neighbours) between {@code from} and {@code to} from the centre of {@code distance}; NaN when
   * there are too few.
   */
  static double ringHalfWidth(Mat distance, double from, double to) {
    int w = distance.cols();
    int h = distance.rows();
    float[] d = new float[w * h];
    distance.get(0, 0, d);
    double cx = w / 2.0;
    double cy = h / 2.0;
    float[] samples = new float[d.length];
    int n = 0;
    for (int y = 1; y < h - 1; y++) {
      for (int x = 1; x < w - 1; x++) {
        float v = d[y * w + x];
        double r = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
        if (v > 0 && r >= from && r <= to && ridge(d, w, x, y, v)) {
          samples[n++] = v;
        }
      }
    }
    if (n < MIN_SAMPLES) {
      return Double.NaN;
    }
    float[] found = Arrays.copyOf(samples, n);
    Arrays.sort(found);
    return found[n / 2];
  }

  private static boolean ridge(float[] d, int w, int x, int y, float v) {
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        if (d[(y + dy) * w + x + dx] > v) {
          return false;
        }
      }
    }
    return true;
  }
}
