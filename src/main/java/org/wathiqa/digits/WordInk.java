package org.wathiqa.digits;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.wathiqa.Box;

/**
 * The glyphs around a word the engine boxed. The engine's word box sometimes leaves out a digit at
 * either end, so the glyphs next to it are offered too; the reader takes them in while they read as
 * digits and follow at the spacing of a number. Immutable.
 *
 * @param glyphs the glyphs in and next to the box, left to right
 * @param first index of the first glyph inside the box
 * @param last index of the last glyph inside the box
 */
record WordInk(List<InkGlyph> glyphs, int first, int last) {
  private static final int PAD = 2;
  /** The widest gap between glyphs of one number, as a share of the band height. */
  private static final double GAP = 0.4;
  /** A glyph taken in must lie within this share of the band height above or below it. */
  private static final double OFF_BAND = 0.25;

  WordInk {
    glyphs = List.copyOf(glyphs);
  }

  static WordInk around(BufferedImage page, Box word) {
    int reach = word.h();
    List<InkGlyph> all = GlyphSegmenter.glyphs(page,
        new Box(word.x() - reach, word.y() - PAD, word.w() + 2 * reach, word.h() + 2 * PAD));
    int first = -1;
    int last = -1;
    for (int i = 0; i < all.size(); i++) {
      InkGlyph g = all.get(i);
      if (g.right() > word.x() && g.x() < word.right()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    return first < 0 ? new WordInk(List.of(), 0, -1) : new WordInk(all, first, last);
  }

  boolean isEmpty() {
    return last < first;
  }

  List<InkGlyph> inside() {
    return glyphs.subList(first, last + 1);
  }

  /** Whether glyph {@code i} follows glyph {@code j} (its neighbour) closely enough, in the band, to be of one number. */
  boolean joins(int i, int j, Band band) {
    InkGlyph left = glyphs.get(Math.min(i, j));
    InkGlyph right = glyphs.get(Math.max(i, j));
    double gap = right.x() - left.right();
    return gap <= GAP * band.height() && inBand(glyphs.get(i), band);
  }

  private static boolean inBand(InkGlyph g, Band band) {
    return g.y() >= band.top() - OFF_BAND * band.height()
        && g.bottom() <= band.top() + (1 + OFF_BAND) * band.height();
  }
}
