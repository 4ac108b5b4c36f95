package org.wathiqa;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.wathiqa.ocr.NoiseFilter;
import org.wathiqa.ocr.OcrEngine;
import org.wathiqa.ocr.OcrLine;
import org.wathiqa.ocr.PageSegmentation;
import org.wathiqa.prepare.GreyLevels;

/**
 * Reads the rows of print beside a black stamp again. A register stamp pressed in black over the
 * body of a letter lays its frame and its lines of small type between rows of print, and the engine
 * takes a row and the stamp for one tall line and loses the row next to it, or reads two rows as
 * one; a black round stamp over the body, its circles erased, can lose a row the same way. Beside
 * the stamp the rows stand apart: the rows of print around each stamp are found in the columns
 * clear of it; a row no line covers is read alone, and a line crossing the stamp over two or more
 * rows is read row by row. The readings are kept when the engine is sure of each and reads them as
 * words ({@link NoiseFilter#fragmentary}). Stateless and thread-safe.
 */
final class StackedRows {
  /** Share of the fullest pixel row's ink below which a pixel row is a gap between rows. */
  static final double GAP_INK = 0.08;
  /** Least height of a row, as a share of the page's median line height. */
  static final double LEAST_ROW = 0.4;
  /** Least confidence of every row read alone for the rows to be kept. */
  static final double TRUST = 0.6;
  /** Widest gap, in line heights, between the words of one row. */
  static final double WORD_GAP = 1.5;
  /** Share of the page's pixels that are its darkest print, halfway from whose grey to the paper's ink begins. */
  static final double DARKEST = 0.01;
  /** Paper above and below a row read alone, as a share of the page's median line height. */
  static final double PAD = 0.2;

  private StackedRows() {}

  /**
   * {@code lines}, read from the grey {@code page}, mended beside the black stamps at {@code stamps}
   * (register stamps' boxes and round stamps' squares, in pixels of {@code page}).
   */
  static List<OcrLine> reread(List<OcrLine> lines, BufferedImage page, List<Box> stamps, OcrEngine engine, int dpi)
      throws DocumentException {
    if (stamps.isEmpty() || lines.size() < 3) {
      return lines;
    }
    int median = medianHeight(lines);
    List<OcrLine> out = new ArrayList<>(lines);
    GreyLevels levels = GreyLevels.of(pixels(page));
    int cut = (levels.paper() + levels.darkest(DARKEST)) / 2;
    for (Box stamp : stamps) {
      Box area = besideStamp(out, stamp, median, page.getHeight());
      if (area == null) {
        continue;
      }
      List<int[]> bands = rows(page, area, stamp, cut, median);
      for (int[] band : bands) {
        if (out.stream().noneMatch(line -> covers(line.box(), band))) {
          List<OcrLine> read = readRows(List.of(band), stamp, page, engine, dpi, median, cut);
          if (read != null) {
            insert(out, read);
          }
        }
      }
      for (int i = 0; i < out.size(); i++) {
        OcrLine line = out.get(i);
        List<int[]> under = new ArrayList<>();
        for (int[] band : bands) {
          if (covers(line.box(), band) && line.box().intersectionArea(stamp) > 0) {
            under.add(band);
          }
        }
        if (under.size() >= 2) {
          List<OcrLine> read = readRows(under, line.box(), page, engine, dpi, median, cut);
          if (read != null) {
            out.remove(i);
            out.addAll(i, read);
            i += read.size() - 1;
          }
        }
      }
    }
    return out;
  }

  /**
   * The part of the page whose rows are looked at beside {@code stamp}: across, the stamp and the
   * lines that share rows with it; down, the stamp and a line's height above and below it. Null when
   * no line shares its rows.
   */
  private static Box besideStamp(List<OcrLine> lines, Box stamp, int median, int height) {
    int top = Math.max(0, stamp.y() - median);
    int bottom = Math.min(height, stamp.bottom() + median);
    int left = stamp.x();
    int right = stamp.right();
    boolean any = false;
    for (OcrLine line : lines) {
      Box b = line.box();
      if (b.bottom() > top && b.y() < bottom) {
        left = Math.min(left, b.x());
        right = Math.max(right, b.right());
        any = true;
      }
    }
    return any ? new Box(left, top, right - left, bottom - top) : null;
  }

  /** Whether {@code box} spans at least half the height of {@code band}. */
  private static boolean covers(Box box, int[] band) {
    int down = Math.min(box.bottom(), band[1]) - Math.max(box.y(), band[0]);
    return down >= 0.5 * (band[1] - band[0]);
  }

  /** Adds each of {@code read} to {@code lines} before the first line lower down than it. */
  private static void insert(List<OcrLine> lines, List<OcrLine> read) {
    for (OcrLine line : read) {
      int middle = middle(line.box());
      int at = 0;
      while (at < lines.size() && middle(lines.get(at).box()) <= middle) {
        at++;
      }
      lines.add(at, line);
    }
  }

  private static int middle(Box box) {
    return box.y() + box.h() / 2;
  }

  /**
   * Each of {@code bands} read alone, from the first to the last ink of its row beyond {@code from}
   * (the stamp, or the line that held the rows); null unless the engine is sure of every one.
   */
  private static List<OcrLine> readRows(List<int[]> bands, Box from, BufferedImage page, OcrEngine engine,
      int dpi, int median, int cut) throws DocumentException {
    int pad = (int) Math.round(PAD * median);
    List<OcrEngine.Region> regions = new ArrayList<>();
    for (int[] band : bands) {
      int top = Math.max(0, band[0] - pad);
      int bottom = Math.min(page.getHeight(), band[1] + pad);
      int[] across = span(page, band, from, cut, median);
      regions.add(new OcrEngine.Region(new Box(across[0], top, across[1] - across[0], bottom - top),
          PageSegmentation.SINGLE_LINE));
    }
    List<OcrLine> read = engine.recognize(page, dpi, regions, pad);
    if (read.size() != bands.size()) {
      return null;
    }
    for (OcrLine row : read) {
      if (row.confidence() < TRUST || NoiseFilter.fragmentary(row)) {
        return null;
      }
    }
    return read;
  }

  /**
   * The columns {first, last + 1} of the print of the row {@code band}: {@code from}'s, widened on
   * each side as long as ink follows within {@link #WORD_GAP} line heights.
   */
  static int[] span(BufferedImage page, int[] band, Box from, int cut, int median) {
    byte[] px = pixels(page);
    int w = page.getWidth();
    boolean[] inked = new boolean[w];
    for (int y = band[0]; y < band[1]; y++) {
      for (int x = 0; x < w; x++) {
        inked[x] |= (px[y * w + x] & 0xff) <= cut;
      }
    }
    int gap = (int) Math.round(WORD_GAP * median);
    int left = Math.max(0, from.x());
    for (int x = left - 1; x >= 0 && left - x <= gap; x--) {
      if (inked[x]) {
        left = x;
      }
    }
    int right = Math.min(w, from.right());
    for (int x = right; x < w && x - right < gap; x++) {
      if (inked[x]) {
        right = x + 1;
      }
    }
    return new int[] {left, right};
  }

  /**
   * The rows, {top, bottom} in pixels of the page, of the print in {@code area}, told apart by the
   * ink of its columns clear of {@code stamp}.
   */
  static List<int[]> rows(BufferedImage page, Box area, Box stamp, int cut, int median) {
    byte[] px = pixels(page);
    int w = page.getWidth();
    int[] ink = new int[area.h()];
    int most = 0;
    for (int y = 0; y < area.h(); y++) {
      int py = area.y() + y;
      boolean across = py >= stamp.y() && py < stamp.bottom();
      for (int x = area.x(); x < area.right(); x++) {
        if ((px[py * w + x] & 0xff) <= cut && !(across && x >= stamp.x() && x < stamp.right())) {
          ink[y]++;
        }
      }
      most = Math.max(most, ink[y]);
    }
    List<int[]> bands = new ArrayList<>();
    int least = (int) Math.ceil(LEAST_ROW * median);
    int from = -1;
    for (int y = 0; y <= area.h(); y++) {
      boolean printed = y < area.h() && ink[y] > GAP_INK * most;
      if (printed && from < 0) {
        from = y;
      } else if (!printed && from >= 0) {
        if (y - from >= least) {
          bands.add(new int[] {area.y() + from, area.y() + y});
        }
        from = -1;
      }
    }
    return bands;
  }

  private static int medianHeight(List<OcrLine> lines) {
    int[] h = lines.stream().mapToInt(l -> l.box().h()).toArray();
    Arrays.sort(h);
    return h[h.length / 2];
  }

  private static byte[] pixels(BufferedImage page) {
    return ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
  }
}
