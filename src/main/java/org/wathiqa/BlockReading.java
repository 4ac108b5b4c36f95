package org.wathiqa;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.wathiqa.ocr.OcrEngine;
import org.wathiqa.ocr.OcrLine;
import org.wathiqa.ocr.OcrWord;
import org.wathiqa.ocr.PageSegmentation;
import org.wathiqa.prepare.Blocks;

/**
 * Mends a whole-page reading with the page's blocks. Read as one page, a line of the letterhead and
 * the number beside it on the same baseline come back as one line, and now and then the engine loses
 * a line of print whole.
 *
 * <p>A line spanning two blocks is split into one line per block, by where its words lie, unless the
 * blocks are parallel columns whose rows face each other (verse, tables) and the line has no digits,
 * as a letterhead beside a number block of as many rows has; each part is also read again alone,
 * row by row, and the surer reading kept. A row no line covers, no lower than half a letter, is read
 * alone, and kept if the engine is sure of it. Of two lines read from the same print, the surer
 * stays. A line in no block keeps its place down the page.
 *
 * <p>The engine reads some print only at another size than the page's: a heavy bold letterhead
 * line, larger and wider than the body text, comes back as a few stray letters or not at all. A row
 * whose lines the engine is unsure of, or which it lost and cannot read alone, is read again shrunk
 * to 0.6 of its size and the shrunk reading kept when the engine is clearly surer of it.
 * Stateless and thread-safe.
 */
final class BlockReading {
  /** Least share of the shorter of a line and a row that the other must overlap, down and across. */
  static final double OVERLAP = 0.5;
  /** Least confidence of a row no line covered, read alone, for it to count as print. */
  static final double LOST_TRUST = 0.6;
  /** How much surer a row read alone must be than the words split off a merged line to replace them. */
  static final double SURER = 0.05;
  /** Fewest rows of each of two blocks side by side for them to be parallel columns. */
  static final int PARALLEL_ROWS = 3;
  /** Share of the rows of the shorter of two parallel columns that face a row of the other. */
  static final double FACING = 0.75;
  /** Confidence under which a line is read again shrunk. */
  static final double UNSURE = 0.5;
  /** Least confidence of a row read shrunk for it to replace the unsure lines on it. */
  static final double SHRUNK_TRUST = 0.7;
  /** How much surer a row read shrunk must be than the surest unsure line on it. */
  static final double SHRUNK_SURER = 0.2;
  /**
   * How far, in paper margins, a row read shrunk reaches above and below the row: the dots and the
   * tops of tall letters, which the row was found without.
   */
  static final double ROW_PAD = 0.2;
  /**
   * The sizes, {across, down}, a row is read at shrunk: print a good deal larger than the body's,
   * brought near its size. Reading a row narrowed to 0.8 of its width as well changed nothing on the
   * evaluation letters and the fixtures; at 0.5, or at 0.6 across and 0.7 down, one bold letterhead
   * line fewer was read.
   */
  private static final double[][] SHRINKS = {{0.6, 0.6}};
  /** Rows narrower than this many times the paper margin are marks, not lines worth reading alone. */
  static final double MIN_ROW = 1.0;
  /**
   * Least height, in letter heights, of a row no line covers for it to be read alone: a lower one is
   * a rule or a line of specks. On the evaluation letters, the fixtures and a generated set, of 30
   * such rows read alone one was kept, a scribble; print kept ran from 0.8 letters tall up. (Rows
   * over three letters tall were never kept either, but one held a line of a list beside a stamp.)
   */
  static final double MIN_LOST_HEIGHT = 0.5;

  private BlockReading() {}

  /**
   * {@code whole}, the lines read from the whole {@code page}, mended as above; lines ordered block
   * by block, in the blocks' reading order.
   */
  static List<OcrLine> repair(List<OcrLine> whole, Blocks blocks, OcrEngine engine, BufferedImage page, int dpi)
      throws DocumentException {
    List<Blocks.Block> list = blocks.blocks();
    if (list.size() < 2) {
      return whole;
    }
    List<OcrLine> out = new ArrayList<>();
    List<OcrLine> parts = new ArrayList<>();
    for (OcrLine line : whole) {
      List<OcrLine> split = split(line, list);
      if (split.size() > 1) {
        parts.addAll(split);
      } else {
        out.add(line);
      }
    }
    for (OcrLine part : parts) {
      out.add(surer(part, reread(part.box(), list, engine, page, dpi, blocks.margin())));
    }
    shrinkUnsure(out, list, engine, page, dpi, blocks.margin());
    List<OcrEngine.Region> lost = new ArrayList<>();
    for (Blocks.Block block : list) {
      for (Box row : block.rows()) {
        if (row.w() >= MIN_ROW * blocks.margin() && mayBePrint(row, blocks.letterHeight()) && !coveredByAny(out, row)) {
          lost.add(new OcrEngine.Region(row, PageSegmentation.SINGLE_LINE));
        }
      }
    }
    for (OcrEngine.Region row : lost) {
      List<OcrLine> sure = new ArrayList<>();
      for (OcrLine line : engine.recognize(page, dpi, List.of(row), blocks.margin())) {
        if (line.confidence() >= LOST_TRUST) {
          sure.add(line);
        }
      }
      if (sure.isEmpty()) {
        OcrLine small = shrunk(engine, page, dpi, row.box(), blocks.margin());
        if (small != null && small.confidence() >= SHRUNK_TRUST) {
          sure.add(small);
        }
      }
      out.addAll(sure);
    }
    return inBlockOrder(withoutRepeats(out), list);
  }

  /**
   * {@code lines} without those read from the same print as a surer line: the engine reads some
   * lines twice, in part and whole, and a part split off a merged line may repeat a row read alone.
   */
  private static List<OcrLine> withoutRepeats(List<OcrLine> lines) {
    List<OcrLine> out = new ArrayList<>();
    for (OcrLine line : lines) {
      boolean repeat = false;
      for (int i = 0; i < out.size() && !repeat; i++) {
        OcrLine other = out.get(i);
        if (overlaps(line.box(), other.box())) {
          repeat = true;
          if (isSurer(line, other)) {
            out.set(i, line);
          }
        }
      }
      if (!repeat) {
        out.add(line);
      }
    }
    return out;
  }

  /**
   * Whether {@code a} is a surer reading than {@code b} of the same print: by the engine's
   * confidence in the lines, or, when it is unsure of both, in their words.
   */
  private static boolean isSurer(OcrLine a, OcrLine b) {
    if (a.confidence() < UNSURE && b.confidence() < UNSURE) {
      return wordConfidence(a) > wordConfidence(b);
    }
    return a.confidence() > b.confidence();
  }

  /**
   * The engine's confidence in {@code line}'s words, weighted by their length; its confidence in
   * the line where it gave no words. The engine's own line confidence falls to nothing for one
   * word it could not read, such as a scrap of a stamp at the line's end.
   */
  static double wordConfidence(OcrLine line) {
    double sum = 0;
    int chars = 0;
    for (OcrWord w : line.words()) {
      sum += w.confidence() * w.text().length();
      chars += w.text().length();
    }
    return chars == 0 ? line.confidence() : sum / chars;
  }

  /** {@code line} cut into one line per block its words lie in, in the line's word order. */
  static List<OcrLine> split(OcrLine line, List<Blocks.Block> blocks) {
    if (line.words().size() < 2) {
      return List.of(line);
    }
    List<List<OcrWord>> byBlock = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (OcrWord word : line.words()) {
      int b = blockOf(word.box(), blocks);
      int at = order.indexOf(b);
      if (at < 0) {
        order.add(b);
        byBlock.add(new ArrayList<>());
        at = order.size() - 1;
      }
      byBlock.get(at).add(word);
    }
    if (byBlock.size() < 2 || order.contains(-1) || parallel(order, blocks) && !hasDigits(line.text())) {
      return List.of(line);
    }
    List<OcrLine> out = new ArrayList<>();
    for (List<OcrWord> words : byBlock) {
      out.add(lineOf(words));
    }
    return out;
  }

  /** Whether {@code text} holds a digit of any system: a number or a date, which verse seldom has. */
  private static boolean hasDigits(String text) {
    return text.codePoints().anyMatch(Character::isDigit);
  }

  /**
   * Whether the blocks {@code indices} are columns of at least {@value #PARALLEL_ROWS} rows each
   * whose rows mostly face each other, as the half-lines of verse or the cells of a table: a line
   * across them reads as one.
   */
  private static boolean parallel(List<Integer> indices, List<Blocks.Block> blocks) {
    for (int i = 1; i < indices.size(); i++) {
      List<Box> a = blocks.get(indices.get(i - 1)).rows();
      List<Box> b = blocks.get(indices.get(i)).rows();
      if (a.size() < PARALLEL_ROWS || b.size() < PARALLEL_ROWS) {
        return false;
      }
      List<Box> fewer = a.size() <= b.size() ? a : b;
      List<Box> more = fewer == a ? b : a;
      int facing = 0;
      for (Box row : fewer) {
        for (Box other : more) {
          int down = Math.min(row.bottom(), other.bottom()) - Math.max(row.y(), other.y());
          if (down >= OVERLAP * Math.min(row.h(), other.h())) {
            facing++;
            break;
          }
        }
      }
      if (facing < FACING * fewer.size()) {
        return false;
      }
    }
    return true;
  }

  private static OcrLine lineOf(List<OcrWord> words) {
    StringBuilder text = new StringBuilder();
    Box box = null;
    double sum = 0;
    int chars = 0;
    for (OcrWord w : words) {
      text.append(text.length() == 0 ? "" : " ").append(w.text());
      box = box == null ? w.box() : box.union(w.box());
      sum += w.confidence() * w.text().length();
      chars += w.text().length();
    }
    return new OcrLine(text.toString(), chars == 0 ? 0 : sum / chars, box, words);
  }

  /** Index of the block holding the centre of {@code box}, or -1. */
  private static int blockOf(Box box, List<Blocks.Block> blocks) {
    for (int b = 0; b < blocks.size(); b++) {
      if (inside(box, blocks.get(b).box())) {
        return b;
      }
    }
    return -1;
  }

  /** The rows of the block holding {@code part} that it overlaps, each read alone, as one line. */
  private static OcrLine reread(Box part, List<Blocks.Block> blocks, OcrEngine engine, BufferedImage page, int dpi,
      int margin) throws DocumentException {
    int b = blockOf(part, blocks);
    List<OcrEngine.Region> rows = new ArrayList<>();
    for (Box row : b < 0 ? List.<Box>of() : blocks.get(b).rows()) {
      if (overlaps(part, row)) {
        rows.add(new OcrEngine.Region(row, PageSegmentation.SINGLE_LINE));
      }
    }
    List<OcrLine> read = engine.recognize(page, dpi, rows, margin);
    if (read.size() != 1) {
      return null; // a part over several rows, or none read: keep the split words
    }
    return read.get(0);
  }

  /**
   * Reads again, shrunk, each row of {@code blocks} with lines in {@code lines} that the engine is
   * unsure of; the shrunk reading replaces those lines if the engine is sure of it and clearly
   * surer than of the surest of them.
   */
  private static void shrinkUnsure(List<OcrLine> lines, List<Blocks.Block> blocks, OcrEngine engine,
      BufferedImage page, int dpi, int margin) throws DocumentException {
    for (Blocks.Block block : blocks) {
      for (Box row : block.rows()) {
        List<OcrLine> on = new ArrayList<>();
        double surest = 0;
        for (OcrLine line : lines) {
          if (line.confidence() < UNSURE && overlaps(line.box(), row) && row.equals(onlyRow(line.box(), blocks))) {
            on.add(line);
            surest = Math.max(surest, line.confidence());
          }
        }
        if (on.isEmpty()) {
          continue;
        }
        OcrLine small = shrunk(engine, page, dpi, row, margin);
        if (small != null && small.confidence() >= SHRUNK_TRUST && small.confidence() > surest + SHRUNK_SURER) {
          lines.removeAll(on);
          lines.add(small);
        }
      }
    }
  }

  /** The row of {@code blocks} that {@code box} overlaps, if it overlaps exactly one; else null. */
  private static Box onlyRow(Box box, List<Blocks.Block> blocks) {
    Box only = null;
    for (Blocks.Block block : blocks) {
      for (Box row : block.rows()) {
        if (overlaps(box, row)) {
          if (only != null) {
            return null;
          }
          only = row;
        }
      }
    }
    return only;
  }

  /** The surest single line read from {@code row} at each of {@link #SHRINKS}, or null. */
  private static OcrLine shrunk(OcrEngine engine, BufferedImage page, int dpi, Box row, int margin)
      throws DocumentException {
    OcrLine best = null;
    int pad = (int) Math.round(ROW_PAD * margin);
    int top = Math.max(0, row.y() - pad);
    Box tall = new Box(row.x(), top, row.w(), Math.min(page.getHeight(), row.bottom() + pad) - top);
    for (double[] size : SHRINKS) {
      OcrLine line = single(engine.recognizeShrunk(page, dpi, tall, margin, size[0], size[1]));
      if (line != null && (best == null || line.confidence() > best.confidence())) {
        best = line;
      }
    }
    return best;
  }

  private static OcrLine single(List<OcrLine> read) {
    return read.size() == 1 ? read.get(0) : null;
  }

  private static OcrLine surer(OcrLine split, OcrLine alone) {
    return alone != null && alone.confidence() > split.confidence() + SURER ? alone : split;
  }

  private static boolean mayBePrint(Box row, double letter) {
    return row.h() >= MIN_LOST_HEIGHT * letter;
  }

  private static boolean coveredByAny(List<OcrLine> lines, Box row) {
    for (OcrLine line : lines) {
      if (overlaps(line.box(), row)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code a} and {@code b} share most of the shorter one's height and of the narrower one's width. */
  private static boolean overlaps(Box a, Box b) {
    int down = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y());
    int across = Math.min(a.right(), b.right()) - Math.max(a.x(), b.x());
    return down >= OVERLAP * Math.min(a.h(), b.h()) && across >= OVERLAP * Math.min(a.w(), b.w());
  }

  /**
   * {@code lines} block by block in the blocks' order, top to bottom in a block; a line in no block
   * comes before the first block that lies below its middle, or last.
   */
  private static List<OcrLine> inBlockOrder(List<OcrLine> lines, List<Blocks.Block> blocks) {
    List<OcrLine> out = new ArrayList<>(lines.size());
    List<OcrLine> left = new ArrayList<>(lines);
    Comparator<OcrLine> topDown = Comparator.comparingInt(BlockReading::middle);
    List<List<OcrLine>> byBlock = new ArrayList<>();
    for (Blocks.Block block : blocks) {
      List<OcrLine> in = new ArrayList<>();
      for (OcrLine line : left) {
        if (inside(line.box(), block.box())) {
          in.add(line);
        }
      }
      in.sort(topDown);
      byBlock.add(in);
      left.removeAll(in);
    }
    left.sort(topDown);
    for (int b = 0; b < blocks.size(); b++) {
      int top = blocks.get(b).box().y();
      while (!left.isEmpty() && middle(left.get(0)) < top) {
        out.add(left.remove(0));
      }
      out.addAll(byBlock.get(b));
    }
    out.addAll(left);
    return out;
  }

  private static int middle(OcrLine line) {
    return line.box().y() + line.box().h() / 2;
  }

  /** Whether the centre of {@code box} lies in {@code block}. */
  private static boolean inside(Box box, Box block) {
    int cx = box.x() + box.w() / 2;
    int cy = box.y() + box.h() / 2;
    return cx >= block.x() && cx < block.right() && cy >= block.y() && cy < block.bottom();
  }
}
