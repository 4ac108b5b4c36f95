package org.wathiqa.digits;

import java.util.ArrayList;
import java.util.List;

/**
 * The height band of a run of glyphs: where its full-height glyphs start and how tall they are. Small
 * glyphs (the Arabic-Indic zero, a dot) are told apart by where they sit in it.
 *
 * @param top median top of the full-height glyphs, pixels
 * @param height median height of the full-height glyphs, pixels
 */
record Band(double top, double height) {

  /** The band of {@code glyphs}; full height means at least half the tallest. */
  static Band of(List<InkGlyph> glyphs) {
    int tallest = 0;
    for (InkGlyph g : glyphs) {
      tallest = Math.max(tallest, g.height());
    }
    List<Double> tops = new ArrayList<>();
    List<Double> heights = new ArrayList<>();
    for (InkGlyph g : glyphs) {
      if (g.height() * 2 >= tallest) {
        tops.add((double) g.y());
        heights.add((double) g.height());
      }
    }
    return new Band(median(tops), Math.max(1, median(heights)));
  }

  private static double median(List<Double> values) {
    values.sort(null);
    int n = values.size();
    if (n == 0) {
      return 0;
    }
    return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
  }
}
