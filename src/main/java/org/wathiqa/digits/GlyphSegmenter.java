package org.wathiqa.digits;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.wathiqa.Box;

/**
 * Cuts the ink of a region of a grey page into glyphs, left to right: Otsu threshold, 8-connected
 * components, and components that share most of a column span joined (a colon, a letter and its dots,
 * a glyph broken by a scan). Stateless and thread-safe.
 */
final class GlyphSegmenter {
  /** Components with less of their narrower width shared than this stay apart. */
  private static final double JOIN_OVERLAP = 0.5;
  /** Specks smaller than this share of the band height on both sides are dropped. */
  private static final double SPECK = 0.12;
  private static final int MIN_CONTRAST = 40;

  private GlyphSegmenter() {
  }

  /** The glyphs of {@code region} of {@code page}, left to right, in page pixels. */
  static List<InkGlyph> glyphs(BufferedImage page, Box region) {
    int x0 = Math.max(0, region.x());
    int y0 = Math.max(0, region.y());
    int w = Math.min(page.getWidth(), region.right()) - x0;
    int h = Math.min(page.getHeight(), region.bottom()) - y0;
    if (w <= 0 || h <= 0) {
      return List.of();
    }
    int[] grey = page.getRaster().getSamples(x0, y0, w, h, 0, new int[w * h]);
    boolean[] ink = threshold(grey);
    if (ink == null) {
      return List.of();
    }
    List<InkGlyph> parts = Components.of(ink, w, h);
    List<InkGlyph> joined = dropSpecks(join(parts));
    List<InkGlyph> placed = new ArrayList<>(joined.size());
    for (InkGlyph g : joined) {
      placed.add(new InkGlyph(g.x() + x0, g.y() + y0, g.width(), g.height(), g.ink()));
    }
    return placed;
  }

  /** Otsu's threshold over the region, ink dark; null where the region is flat. */
  private static boolean[] threshold(int[] grey) {
    int[] histogram = new int[256];
    for (int v : grey) {
      histogram[v]++;
    }
    int t = Otsu.threshold(histogram, grey.length);
    if (t < 0) {
      return null;
    }
    boolean[] ink = new boolean[grey.length];
    for (int i = 0; i < grey.length; i++) {
      ink[i] = grey[i] <= t;
    }
    return ink;
  }

  /** Joins components whose column spans overlap by at least half the narrower one. */
  static List<InkGlyph> join(List<InkGlyph> parts) {
    List<InkGlyph> sorted = new ArrayList<>(parts);
    sorted.sort(Comparator.comparingInt(InkGlyph::x));
    List<InkGlyph> out = new ArrayList<>();
    for (InkGlyph g : sorted) {
      int last = out.size() - 1;
      if (last >= 0 && overlaps(out.get(last), g)) {
        out.set(last, merge(out.get(last), g));
      } else {
        out.add(g);
      }
    }
    return out;
  }

  private static boolean overlaps(InkGlyph a, InkGlyph b) {
    int shared = Math.min(a.right(), b.right()) - Math.max(a.x(), b.x());
    return shared >= JOIN_OVERLAP * Math.min(a.width(), b.width());
  }

  static InkGlyph merge(InkGlyph a, InkGlyph b) {
    int x = Math.min(a.x(), b.x());
    int y = Math.min(a.y(), b.y());
    int w = Math.max(a.right(), b.right()) - x;
    int h = Math.max(a.bottom(), b.bottom()) - y;
    boolean[] ink = new boolean[w * h];
    paint(ink, w, a, x, y);
    paint(ink, w, b, x, y);
    return new InkGlyph(x, y, w, h, ink);
  }

  private static void paint(boolean[] into, int width, InkGlyph g, int x, int y) {
    for (int row = 0; row < g.height(); row++) {
      for (int col = 0; col < g.width(); col++) {
        if (g.inkAt(col, row)) {
          into[(g.y() - y + row) * width + g.x() - x + col] = true;
        }
      }
    }
  }

  private static List<InkGlyph> dropSpecks(List<InkGlyph> glyphs) {
    if (glyphs.isEmpty()) {
      return glyphs;
    }
    double speck = SPECK * Band.of(glyphs).height();
    List<InkGlyph> kept = new ArrayList<>();
    for (InkGlyph g : glyphs) {
      if (g.width() >= speck || g.height() >= speck) {
        kept.add(g);
      }
    }
    return kept;
  }

  /** Otsu's method on a 256-bin histogram. */
  static final class Otsu {
    private Otsu() {
    }

    /** The threshold (ink at or below), or -1 when the two classes differ by less than the minimum contrast. */
    static int threshold(int[] histogram, int total) {
      double sum = 0;
      for (int i = 0; i < 256; i++) {
        sum += i * (double) histogram[i];
      }
      double sumBelow = 0;
      long below = 0;
      double best = -1;
      int t = -1;
      double gap = 0;
      for (int i = 0; i < 256; i++) {
        below += histogram[i];
        sumBelow += i * (double) histogram[i];
        long above = total - below;
        if (below == 0 || above == 0) {
          continue;
        }
        double meanBelow = sumBelow / below;
        double meanAbove = (sum - sumBelow) / above;
        double between = (double) below * above * (meanAbove - meanBelow) * (meanAbove - meanBelow);
        if (between > best) {
          best = between;
          t = i;
          gap = meanAbove - meanBelow;
        }
      }
      return gap < MIN_CONTRAST ? -1 : t;
    }
  }
}
