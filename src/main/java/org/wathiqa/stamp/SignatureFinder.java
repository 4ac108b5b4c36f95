package org.wathiqa.stamp;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.wathiqa.Box;
import org.wathiqa.Line;
import org.wathiqa.Signature;
import org.wathiqa.Stamp;
import org.wathiqa.prepare.Mats;

/**
 * Finds handwritten signature marks: the ink left once the page's recognised lines and its stamps
 * are taken away, joined into marks, and kept where a mark is a long, loose scribble — several
 * letter heights wide, taller than a rule, with little ink for its box — rather than a letter, a
 * speck or a line. Register and oval stamps are taken away whole; a round one, most often pressed
 * over the signature, only its own circles and letters (see {@link UnderStamp}). Stateless and
 * thread-safe.
 */
public final class SignatureFinder {
  /** Narrowest signature, in letter heights. */
  static final double MIN_WIDTH = 4;
  /** Lowest signature, in letter heights: a rule or an underline is lower. */
  static final double MIN_HEIGHT = 1.2;
  /** Tallest signature, in letter heights. */
  static final double MAX_HEIGHT = 10;
  /** Most ink for its box a scribble has; print and filled marks have more. */
  static final double MAX_DENSITY = 0.16;
  /** Widest signature, as a share of the page's width. */
  static final double MAX_PAGE_SHARE = 0.5;
  /** Gap (pixels of the probe) closed between the strokes of one signature. */
  static final int STROKE_GAP = 5;
  /** Share of a mark's box edges with ink along them from which it is a frame. */
  static final double FRAME = 0.6;
  /** How deep (probe pixels) inside a box's edge ink counts as lying along it. */
  static final int EDGE_DEPTH = 4;
  /** Distance in RGB under which a mark's ink is a stamp's. */
  static final double SAME_INK = 45;
  /** How far beside a stamp's box, as a share of its size, ink of its colour is taken for the stamp's. */
  static final double STAMP_REACH = 0.25;
  /** Lines read at least this surely are print, and their ink is no signature. */
  static final double PRINT_TRUST = 0.6;
  /** Lines of fewer characters are not taken for print. */
  static final int MIN_PRINT = 3;
  /**
   * Widest a line of print is for its letters, in letter heights a letter (not counting spaces): a
   * scribble the engine reads as a short word is two or three times wider than print of that many
   * letters.
   */
  static final double MAX_LETTER_WIDTH = 2.5;
  private static final int PROBE_WIDTH = 1400;
  private static final int TYPICAL_LETTER = 16;

  private SignatureFinder() {}

  /**
   * The signatures on {@code page} (as read), given the lines {@code read} from it and its {@code
   * stamps}, in pixels of the page.
   */
  public static List<Signature> find(BufferedImage page, List<Line> read, List<Stamp> stamps) {
    List<Box> lines = printLines(read);
    Mat grey = Mats.grey(page);
    Mat probe = new Mat();
    Mat ink = new Mat();
    Mat joined = new Mat();
    Mat labels = new Mat();
    Mat stats = new Mat();
    Mat centroids = new Mat();
    Mat colour = null;
    try {
      double scale = Math.min(1.0, (double) PROBE_WIDTH / grey.cols());
      Imgproc.resize(grey, probe, new Size(), scale, scale, Imgproc.INTER_AREA);
      if (Mats.hasColour(page)) {
        Mat bgr = Mats.bgr(page);
        colour = new Mat();
        Imgproc.resize(bgr, colour, new Size(), scale, scale, Imgproc.INTER_AREA);
        bgr.release();
      }
      Imgproc.threshold(probe, ink, 0, 255, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
      int letter = letterHeight(lines, scale);
      for (Box line : lines) {
        Imgproc.rectangle(ink, scaled(line, scale, 0), new Scalar(0), -1);
      }
      for (Stamp stamp : stamps) {
        Box b = stamp.box();
        if (stamp.shape().equals("rect")) {
          Imgproc.rectangle(ink, scaled(b, scale, 0), new Scalar(0), -1);
        } else if (stamp.shape().equals("round")) {
          UnderStamp.clear(ink, (b.x() + b.w() / 2.0) * scale, (b.y() + b.h() / 2.0) * scale,
              Math.max(b.w(), b.h()) / 2.0 * scale, letter);
        } else {
          Imgproc.ellipse(ink, new Point((b.x() + b.w() / 2.0) * scale, (b.y() + b.h() / 2.0) * scale),
              new Size(b.w() / 2.0 * scale + 2, b.h() / 2.0 * scale + 2), 0, 0, 360, new Scalar(0), -1);
        }
      }
      Imgproc.dilate(ink, joined, Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE,
          new Size(STROKE_GAP, STROKE_GAP)));
      int n = Imgproc.connectedComponentsWithStats(joined, labels, stats, centroids, 8, CvType.CV_32S);
      List<Signature> out = new ArrayList<>();
      int[][] all = Mats.componentStats(stats);
      for (int i = 1; i < n; i++) {
        int[] s = all[i];
        int w = s[Imgproc.CC_STAT_WIDTH];
        int h = s[Imgproc.CC_STAT_HEIGHT];
        if (w < MIN_WIDTH * letter || h < MIN_HEIGHT * letter || h > MAX_HEIGHT * letter
            || w > MAX_PAGE_SHARE * probe.cols()) {
          continue;
        }
        Mat box = ink.submat(s[Imgproc.CC_STAT_TOP], s[Imgproc.CC_STAT_TOP] + h, s[Imgproc.CC_STAT_LEFT],
            s[Imgproc.CC_STAT_LEFT] + w);
        double density = org.opencv.core.Core.countNonZero(box) / (double) (w * h);
        box.release();
        org.opencv.core.Rect at = new org.opencv.core.Rect(s[Imgproc.CC_STAT_LEFT], s[Imgproc.CC_STAT_TOP], w, h);
        if (density > MAX_DENSITY || isFrame(ink, at) || inkOfAStamp(colour, ink, at, stamps, scale)) {
          continue;
        }
        Box found = new Box((int) Math.floor(s[Imgproc.CC_STAT_LEFT] / scale),
            (int) Math.floor(s[Imgproc.CC_STAT_TOP] / scale), (int) Math.ceil(w / scale), (int) Math.ceil(h / scale));
        out.add(new Signature(found, confidence(w / (double) letter, density)));
      }
      return joined(out, (int) Math.round(letter / 2.0 / scale)); // half a letter apart at most
    } finally {
      grey.release();
      probe.release();
      ink.release();
      joined.release();
      labels.release();
      stats.release();
      centroids.release();
      if (colour != null) {
        colour.release();
      }
    }
  }

  /**
   * {@code marks} with those that lie side by side, overlapping or within {@code gap} pixels across
   * and sharing at least half the lower one's height, made one, box spanning both, the surer
   * confidence: a signature a line of print or a stamp's circle cut in two.
   */
  static List<Signature> joined(List<Signature> marks, int gap) {
    List<Signature> out = new ArrayList<>(marks);
    for (boolean merged = true; merged; ) {
      merged = false;
      search:
      for (int i = 0; i < out.size(); i++) {
        for (int j = i + 1; j < out.size(); j++) {
          Box a = out.get(i).box();
          Box b = out.get(j).box();
          boolean across = Math.max(a.x(), b.x()) - Math.min(a.right(), b.right()) <= gap;
          boolean level = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y()) >= Math.min(a.h(), b.h()) / 2;
          if (across && level) {
            out.set(i, new Signature(a.union(b), Math.max(out.get(i).confidence(), out.get(j).confidence())));
            out.remove(j);
            merged = true;
            break search;
          }
        }
      }
    }
    return out;
  }

  /**
   * The boxes of the lines in {@code read} that are print: read surely enough, of a few characters
   * at least (the engine also reads scribbles, as short unsure lines), and not far wider than their
   * letters make print (nor as a short word read surely in a scribble), letter heights taken as half
   * the median line's.
   */
  static List<Box> printLines(List<Line> read) {
    List<Line> sure = read.stream()
        .filter(l -> l.confidence() >= PRINT_TRUST && l.text().codePointCount(0, l.text().length()) >= MIN_PRINT)
        .toList();
    if (sure.isEmpty()) {
      return List.of();
    }
    double letter = sure.stream().mapToInt(l -> l.box().h()).sorted().toArray()[(sure.size() - 1) / 2] / 2.0;
    List<Box> print = new ArrayList<>();
    for (Line line : sure) {
      long letters = line.text().codePoints().filter(c -> !Character.isWhitespace(c)).count();
      if (line.box().w() <= MAX_LETTER_WIDTH * letters * letter) {
        print.add(line.box());
      }
    }
    return print;
  }

  /**
   * Whether the mark at {@code at} is the frame of a rectangular stamp the stamp search missed: ink
   * runs along most of its box's edges, where a scribble touches them only here and there.
   */
  static boolean isFrame(Mat ink, org.opencv.core.Rect at) {
    int inked = 0;
    int edge = 0;
    for (int x = at.x; x < at.x + at.width; x++) {
      edge += 2;
      inked += inkNear(ink, x, at.y, 0, 1) + inkNear(ink, x, at.y + at.height - 1, 0, -1);
    }
    for (int y = at.y; y < at.y + at.height; y++) {
      edge += 2;
      inked += inkNear(ink, at.x, y, 1, 0) + inkNear(ink, at.x + at.width - 1, y, -1, 0);
    }
    return inked >= FRAME * edge;
  }

  /** 1 if there is ink within {@value #EDGE_DEPTH} pixels inward from ({@code x}, {@code y}). */
  private static int inkNear(Mat ink, int x, int y, int dx, int dy) {
    for (int k = 0; k < EDGE_DEPTH; k++) {
      int px = x + k * dx;
      int py = y + k * dy;
      if (px >= 0 && py >= 0 && px < ink.cols() && py < ink.rows() && ink.get(py, px)[0] > 0) {
        return 1;
      }
    }
    return 0;
  }

  /**
   * Whether the ink of the mark at {@code at} (pixels of the page scaled by {@code scale}) has the
   * colour of one of {@code stamps} it lies on or beside: the rest of a stamp. A blue signature far
   * from a blue stamp is no part of it.
   */
  private static boolean inkOfAStamp(Mat colour, Mat ink, org.opencv.core.Rect at, List<Stamp> stamps,
      double scale) {
    if (colour == null || stamps.isEmpty()) {
      return false;
    }
    Mat region = colour.submat(at);
    Mat mask = ink.submat(at);
    try {
      Scalar mean = org.opencv.core.Core.mean(region, mask);
      for (Stamp stamp : stamps) {
        java.awt.Color c = java.awt.Color.decode(stamp.color());
        double d = Math.sqrt(sq(mean.val[2] - c.getRed()) + sq(mean.val[1] - c.getGreen()) + sq(mean.val[0] - c.getBlue()));
        if (!stamp.color().equals(StampFinder.BLACK) && d < SAME_INK && beside(stamp.box(), at, scale)) {
          return true;
        }
      }
      return false;
    } finally {
      region.release();
      mask.release();
    }
  }

  /** Whether {@code mark} (pixels of the page scaled by {@code scale}) meets {@code stamp}'s box grown by {@link #STAMP_REACH}. */
  private static boolean beside(Box stamp, org.opencv.core.Rect mark, double scale) {
    double reach = STAMP_REACH * Math.max(stamp.w(), stamp.h());
    return mark.x / scale < stamp.right() + reach && (mark.x + mark.width) / scale > stamp.x() - reach
        && mark.y / scale < stamp.bottom() + reach && (mark.y + mark.height) / scale > stamp.y() - reach;
  }

  private static double sq(double v) {
    return v * v;
  }

  /** Surer for wider marks and for thinner strokes. */
  private static double confidence(double widthInLetters, double density) {
    double wide = Math.min(1, widthInLetters / (2 * MIN_WIDTH));
    double loose = 1 - density / MAX_DENSITY;
    return Math.round((0.5 + 0.25 * wide + 0.25 * loose) * 100) / 100.0;
  }

  /** The letter height on the probe: half the median height of the recognised lines. */
  private static int letterHeight(List<Box> lines, double scale) {
    if (lines.isEmpty()) {
      return TYPICAL_LETTER;
    }
    int[] heights = lines.stream().mapToInt(Box::h).sorted().toArray();
    return Math.max(6, (int) Math.round(heights[heights.length / 2] * scale / 2));
  }

  private static org.opencv.core.Rect scaled(Box b, double scale, int grow) {
    return new org.opencv.core.Rect((int) Math.floor(b.x() * scale) - grow, (int) Math.floor(b.y() * scale) - grow,
        (int) Math.ceil(b.w() * scale) + 2 * grow, (int) Math.ceil(b.h() * scale) + 2 * grow);
  }
}
