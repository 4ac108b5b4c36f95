package org.wathiqa.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts a page's lines in reading order: lines stacked closely one above another with overlapping
 * extents form a block (a letterhead, a reference column, a paragraph); blocks are read top to
 * bottom, and blocks starting on the same line from the right on right-to-left pages.
 */
final class ReadingOrder {

  /** Vertical gap, in line heights, up to which a line continues the block above it. */
  static final double BLOCK_GAP = 1.0;

  private ReadingOrder() {}

  static List<TextLines.Built> sort(List<TextLines.Built> lines) {
    List<TextLines.Built> byTop = new ArrayList<>(lines);
    byTop.sort(Comparator.comparingDouble(l -> l.bounds()[1]));
    List<List<TextLines.Built>> blocks = new ArrayList<>();
    for (TextLines.Built line : byTop) {
      blockBelowWhich(blocks, line).add(line);
    }
    boolean rightToLeft = 2 * lines.stream().filter(l -> TextLines.hasRightToLeft(l.text()))
        .count() >= lines.size();
    blocks.sort(blockOrder(rightToLeft));
    List<TextLines.Built> out = new ArrayList<>();
    blocks.forEach(out::addAll);
    return out;
  }

  private static List<TextLines.Built> blockBelowWhich(List<List<TextLines.Built>> blocks,
      TextLines.Built line) {
    for (List<TextLines.Built> block : blocks) {
      if (continues(block.get(block.size() - 1), line)) {
        return block;
      }
    }
    List<TextLines.Built> block = new ArrayList<>();
    blocks.add(block);
    return block;
  }

  private static boolean continues(TextLines.Built above, TextLines.Built line) {
    double[] a = above.bounds();
    double[] b = line.bounds();
    double height = Math.max(a[3] - a[1], b[3] - b[1]);
    double gap = b[1] - a[3];
    boolean overlapping = Math.min(a[2], b[2]) > Math.max(a[0], b[0]);
    return overlapping && gap > -height / 2 && gap <= BLOCK_GAP * height;
  }

  /** Top to bottom; blocks whose tops lie within a line height of each other by their side. */
  private static Comparator<List<TextLines.Built>> blockOrder(boolean rightToLeft) {
    return (p, q) -> {
      double[] a = p.get(0).bounds();
      double[] b = q.get(0).bounds();
      double height = Math.min(a[3] - a[1], b[3] - b[1]);
      if (Math.abs(a[1] - b[1]) > height) {
        return Double.compare(a[1], b[1]);
      }
      return rightToLeft ? Double.compare(b[2], a[2]) : Double.compare(a[0], b[0]);
    };
  }
}
