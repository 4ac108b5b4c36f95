package org.wathiqa.prepare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.wathiqa.Box;

/**
 * The blocks of text on a letter and the rows of print in each: the letterhead on the right, the
 * number and date beside it on the left, the body, the signature. Read as one page, lines of two
 * blocks that share a baseline come back merged into one line, and the engine now and then loses a
 * line whole; knowing the blocks and their rows tells where that happened.
 *
 * <p>Words are joined into pieces of lines by closing gaps narrower than a few letter heights;
 * pieces one above the other, overlapping across, make a block; blocks whose boxes meet are merged,
 * so no ink belongs to two. Pieces side by side in a block make a row.
 *
 * @param blocks the blocks in reading order
 * @param margin how much paper, in pixels, to set around a block or row recognised alone: the
 *     engine reads a line badly without it
 */
public record Blocks(List<Block> blocks, int margin) {
  /** Gaps narrower than this many letter heights join words into one piece of a line. */
  static final double WORD_GAP = 2.0;
  /** Pieces this many letter heights or less apart, one above the other, are one block. */
  static final double LINE_GAP = 1.2;
  /** Margin around a block, in letter heights, so its accents and dots are inside. */
  static final double MARGIN = 0.5;
  /** Pieces lower and narrower than these shares of a letter height are specks, not print. */
  static final double SPECK = 0.5;
  /** Paper around a block or row recognised alone, in letter heights. */
  static final double PAPER = 2.0;
  private static final int PROBE_WIDTH = 1800;

  /** No blocks: the page is read whole. */
  public static final Blocks NONE = new Blocks(List.of(), 0);

  /** One block: where it is, and the rows of print in it, top to bottom. */
  public record Block(Box box, List<Box> rows) {
    public Block {
      rows = List.copyOf(rows);
    }
  }

  public Blocks {
    blocks = List.copyOf(blocks);
  }

  /** The height of the page's letters, in pixels, that the blocks were found by. */
  public double letterHeight() {
    return margin / PAPER;
  }

  /**
   * The text blocks of the grey page {@code grey} in reading order — top to bottom, and right to
   * left among blocks side by side — in its pixels. A page of one block gives {@link #NONE}.
   */
  public static Blocks of(Mat grey) {
    double scale = Math.min(1.0, (double) PROBE_WIDTH / grey.cols());
    Mat probe = new Mat();
    Mat ink = new Mat();
    try {
      if (scale < 1.0) {
        Imgproc.resize(grey, probe, new Size(), scale, scale, Imgproc.INTER_AREA);
      } else {
        grey.copyTo(probe);
      }
      int letter = LetterHeight.of(probe);
      Imgproc.medianBlur(probe, ink, 3);
      GreyLevels.splitDark(ink, ink, 255);
      List<Group> groups = merged(grouped(pieces(ink, letter), letter), (int) Math.round(MARGIN * letter),
          ink.cols(), ink.rows());
      if (groups.size() < 2) {
        return NONE;
      }
      List<Block> out = new ArrayList<>(groups.size());
      for (Group g : inReadingOrder(groups)) {
        List<Box> rows = new ArrayList<>();
        for (int[] r : rows(g.pieces)) {
          rows.add(unscaled(r, scale, grey));
        }
        out.add(new Block(unscaled(g.box, scale, grey), rows));
      }
      return new Blocks(out, (int) Math.round(PAPER * letter / scale));
    } finally {
      probe.release();
      ink.release();
    }
  }

  private static Box unscaled(int[] b, double scale, Mat grey) {
    int x = (int) Math.floor(b[0] / scale);
    int y = (int) Math.floor(b[1] / scale);
    int right = Math.min(grey.cols(), (int) Math.ceil(b[2] / scale));
    int bottom = Math.min(grey.rows(), (int) Math.ceil(b[3] / scale));
    return new Box(x, y, right - x, bottom - y);
  }

  /** A block being built: its box {left, top, right, bottom} (exclusive) and its pieces. */
  private static final class Group {
    final int[] box;
    final List<int[]> pieces = new ArrayList<>();

    Group(int[] box) {
      this.box = box;
    }
  }

  /** Pieces of lines as {left, top, right, bottom} (exclusive), specks left out. */
  private static List<int[]> pieces(Mat ink, int letter) {
    Mat joined = new Mat();
    Mat labels = new Mat();
    Mat stats = new Mat();
    Mat centroids = new Mat();
    try {
      int gap = Math.max(3, (int) Math.round(WORD_GAP * letter));
      Imgproc.dilate(ink, joined, Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(gap, 1)));
      int n = Imgproc.connectedComponentsWithStats(joined, labels, stats, centroids, 8, CvType.CV_32S);
      List<int[]> out = new ArrayList<>();
      int[][] all = Mats.componentStats(stats);
      for (int i = 1; i < n; i++) {
        int[] s = all[i];
        int w = Math.max(1, s[Imgproc.CC_STAT_WIDTH] - gap + 1); // undo the widening
        int h = s[Imgproc.CC_STAT_HEIGHT];
        if (h < SPECK * letter && w < SPECK * letter * 3) {
          continue;
        }
        int left = s[Imgproc.CC_STAT_LEFT] + gap / 2;
        out.add(new int[] {left, s[Imgproc.CC_STAT_TOP], left + w, s[Imgproc.CC_STAT_TOP] + h});
      }
      return out;
    } finally {
      joined.release();
      labels.release();
      stats.release();
      centroids.release();
    }
  }

  /** Groups pieces that lie one above the other, close and overlapping across, into blocks. */
  private static List<Group> grouped(List<int[]> pieces, int letter) {
    int n = pieces.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    double reach = LINE_GAP * letter;
    for (int i = 0; i < n; i++) {
      int[] a = pieces.get(i);
      for (int j = i + 1; j < n; j++) {
        int[] b = pieces.get(j);
        boolean across = Math.min(a[2], b[2]) > Math.max(a[0], b[0]);
        int gap = Math.max(a[1], b[1]) - Math.min(a[3], b[3]);
        if (across && gap <= reach) {
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    Map<Integer, Group> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      int[] p = pieces.get(i);
      Group g = groups.computeIfAbsent(root(parent, i), k -> new Group(p.clone()));
      g.pieces.add(p);
      include(g.box, p);
    }
    return new ArrayList<>(groups.values());
  }

  private static void include(int[] box, int[] other) {
    box[0] = Math.min(box[0], other[0]);
    box[1] = Math.min(box[1], other[1]);
    box[2] = Math.max(box[2], other[2]);
    box[3] = Math.max(box[3], other[3]);
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** The rows of {@code pieces}: pieces sharing most of the lower one's height are one row. */
  private static List<int[]> rows(List<int[]> pieces) {
    List<int[]> byTop = new ArrayList<>(pieces);
    byTop.sort(Comparator.comparingInt(p -> p[1]));
    List<int[]> rows = new ArrayList<>();
    for (int[] p : byTop) {
      int[] row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
      if (row != null) {
        int shared = Math.min(row[3], p[3]) - Math.max(row[1], p[1]);
        if (shared >= 0.5 * Math.min(row[3] - row[1], p[3] - p[1])) {
          include(row, p);
          continue;
        }
      }
      rows.add(p.clone());
    }
    return rows;
  }

  /** The groups' boxes grown by {@code margin}, and groups merged until no two boxes meet. */
  private static List<Group> merged(List<Group> groups, int margin, int width, int height) {
    List<Group> out = new ArrayList<>(groups);
    for (Group g : out) {
      g.box[0] = Math.max(0, g.box[0] - margin);
      g.box[1] = Math.max(0, g.box[1] - margin);
      g.box[2] = Math.min(width, g.box[2] + margin);
      g.box[3] = Math.min(height, g.box[3] + margin);
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < out.size() && !changed; i++) {
        for (int j = i + 1; j < out.size() && !changed; j++) {
          int[] a = out.get(i).box;
          int[] b = out.get(j).box;
          if (Math.min(a[2], b[2]) > Math.max(a[0], b[0]) && Math.min(a[3], b[3]) > Math.max(a[1], b[1])) {
            include(a, b);
            out.get(i).pieces.addAll(out.get(j).pieces);
            out.remove(j);
            changed = true;
          }
        }
      }
    }
    return out;
  }

  /**
   * {@code groups} in reading order: bands of blocks side by side (sharing rows) top to bottom; in a
   * band, columns (blocks sharing columns) right to left; in a column, top to bottom.
   */
  private static List<Group> inReadingOrder(List<Group> groups) {
    List<Group> byTop = new ArrayList<>(groups);
    byTop.sort(Comparator.comparingInt(g -> g.box[1]));
    List<Group> out = new ArrayList<>(groups.size());
    int i = 0;
    while (i < byTop.size()) {
      int bottom = byTop.get(i).box[3];
      int j = i + 1;
      while (j < byTop.size() && byTop.get(j).box[1] < bottom) {
        bottom = Math.max(bottom, byTop.get(j).box[3]);
        j++;
      }
      out.addAll(columnsRightToLeft(byTop.subList(i, j)));
      i = j;
    }
    return out;
  }

  private static List<Group> columnsRightToLeft(List<Group> band) {
    List<Group> byRight = new ArrayList<>(band);
    byRight.sort(Comparator.comparingInt((Group g) -> g.box[2]).reversed());
    List<Group> out = new ArrayList<>(band.size());
    int i = 0;
    while (i < byRight.size()) {
      int left = byRight.get(i).box[0];
      int j = i + 1;
      while (j < byRight.size() && byRight.get(j).box[2] > left) {
        left = Math.min(left, byRight.get(j).box[0]);
        j++;
      }
      List<Group> column = new ArrayList<>(byRight.subList(i, j));
      column.sort(Comparator.comparingInt(g -> g.box[1]));
      out.addAll(column);
      i = j;
    }
    return out;
  }
}
