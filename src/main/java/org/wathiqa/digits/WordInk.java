package org.wathiqa.digits;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.wathiqa.Box;

/**
 * The glyphs of a word the engine boxed. The engine's word box sometimes leaves out a digit at
 * either end, so the glyphs just beyond it are taken in while they follow at the spacing of a number
 * and sit in its height band. Stateless and thread-safe.
 */
final class WordInk {
  private static final int PAD = 2;
  /** The widest gap between glyphs of one number, as a share of the band height. */
  private static final double GAP = 0.4;
  /** A glyph taken in must have its centre this close to the band, as a share of its height. */
  private static final double OFF_BAND = 0.25;

  private WordInk() {
  }

  static List<InkGlyph> glyphs(BufferedImage page, Box word) {
    int reach = word.h();
    int pad = Math.max(PAD, word.h() / 4);
    List<InkGlyph> all = GlyphSegmenter.glyphs(page,
        new Box(word.x() - reach, word.y() - pad, word.w() + 2 * reach, word.h() + 2 * pad));
    List<InkGlyph> inside = new ArrayList<>();
    for (InkGlyph g : all) {
      if (g.right() > word.x() && g.x() < word.right() && g.centreY() >= word.y() && g.centreY() <= word.bottom()) {
        inside.add(g);
      }
    }
    if (inside.isEmpty()) {
      return inside;
    }
    Band band = Band.of(inside);
    int first = all.indexOf(inside.get(0));
    int last = all.indexOf(inside.get(inside.size() - 1));
    while (first > 0 && follows(all.get(first - 1), all.get(first), band)) {
      first--;
    }
    while (last < all.size() - 1 && follows(all.get(last), all.get(last + 1), band)) {
      last++;
    }
    return new ArrayList<>(all.subList(first, last + 1));
  }

  /** Whether {@code right} follows {@code left} closely enough, in the band, to be of one number. */
  private static boolean follows(InkGlyph left, InkGlyph right, Band band) {
    double gap = right.x() - left.right();
    double middle = band.top() + band.height() / 2;
    InkGlyph added = left;
    return gap <= GAP * band.height() && Math.abs(added.centreY() - middle) <= OFF_BAND * band.height()
        && Math.abs(right.centreY() - middle) <= OFF_BAND * band.height() && inBand(left, band)
        && inBand(right, band);
  }

  private static boolean inBand(InkGlyph g, Band band) {
    return g.y() >= band.top() - OFF_BAND * band.height()
        && g.bottom() <= band.top() + (1 + OFF_BAND) * band.height();
  }
}
