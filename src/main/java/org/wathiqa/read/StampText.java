package org.wathiqa.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the text-layer glyphs of stamps: straight lines turned with the stamp (glyphs sharing one
 * angle) and ring text set glyph by glyph around a circle.
 */
final class StampText {

  /** Fewest glyphs for a group at one angle to be read as a straight line. */
  static final int MIN_STRAIGHT = 3;
  /** Fewest glyphs for a cluster to be read as ring text. */
  static final int MIN_RING = 4;
  /** Distance, in ems, within which ring glyphs belong to one stamp. */
  static final double RING_LINK = 4;
  /**
   * Distance, in ems, within which glyphs at one angle belong together: those further from all
   * the others are a ring's, at the top of its circle where it runs level.
   */
  static final double STRAIGHT_LINK = 2;

  private StampText() {}

  /** Lines read from stamp glyphs: straight lines first, then rings. */
  static List<TextLines.Built> build(List<Glyph> glyphs) {
    Map<Long, List<Glyph>> byAngle = new LinkedHashMap<>();
    for (Glyph g : glyphs) {
      byAngle.computeIfAbsent(Math.round(g.angle()), a -> new ArrayList<>()).add(g);
    }
    List<TextLines.Built> lines = new ArrayList<>();
    List<Glyph> ring = new ArrayList<>();
    for (List<Glyph> all : byAngle.values()) {
      List<Glyph> group = new ArrayList<>();
      for (List<Glyph> near : clusters(all, STRAIGHT_LINK)) {
        // a ring's glyph or two at the angle of a straight line elsewhere, at the top of the ring
        (letters(near) >= MIN_STRAIGHT ? group : ring).addAll(near);
      }
      if (letters(group) >= MIN_STRAIGHT) {
        TextLines.build(group, group.get(0).angle()).stream()
            .filter(l -> l.text().codePoints().filter(Character::isLetterOrDigit).count() >= 2)
            .forEach(lines::add);
      } else {
        ring.addAll(group);
      }
    }
    for (List<Glyph> cluster : clusters(ring, RING_LINK)) {
      if (cluster.size() >= MIN_RING) {
        lines.add(ring(cluster));
      }
    }
    return lines;
  }

  private static long letters(List<Glyph> glyphs) {
    return glyphs.stream().filter(g -> !g.isSpace()).count();
  }

  /** Single-link clusters of glyphs whose origins lie within {@code link} ems. */
  private static List<List<Glyph>> clusters(List<Glyph> glyphs, double link) {
    List<List<Glyph>> clusters = new ArrayList<>();
    boolean[] taken = new boolean[glyphs.size()];
    for (int i = 0; i < glyphs.size(); i++) {
      if (taken[i]) {
        continue;
      }
      List<Glyph> cluster = new ArrayList<>();
      taken[i] = true;
      cluster.add(glyphs.get(i));
      for (int k = 0; k < cluster.size(); k++) {
        Glyph a = cluster.get(k);
        for (int j = 0; j < glyphs.size(); j++) {
          Glyph b = glyphs.get(j);
          if (!taken[j] && Math.hypot(a.x() - b.x(), a.y() - b.y()) < link * a.em()) {
            taken[j] = true;
            cluster.add(b);
          }
        }
      }
      clusters.add(cluster);
    }
    return clusters;
  }

  /** Ring text: glyphs ordered around the centre, starting after the widest gap. */
  private static TextLines.Built ring(List<Glyph> cluster) {
    double cx = cluster.stream().mapToDouble(Glyph::x).average().orElse(0);
    double cy = cluster.stream().mapToDouble(Glyph::y).average().orElse(0);
    List<Glyph> around = new ArrayList<>(cluster);
    around.sort(Comparator.comparingDouble(g -> polar(g, cx, cy)));
    around = startAfterWidestGap(around, cx, cy);
    if (!followsAdvance(around)) {
      Collections.reverse(around);
    }
    List<String> units = new ArrayList<>();
    double[] bounds = null;
    Glyph previous = null;
    for (Glyph g : around) {
      if (previous != null && wordGap(previous, g)) {
        units.add(" ");
      }
      previous = g;
      units.add(g.text());
      double[] b = g.bounds();
      bounds = bounds == null ? b : new double[] {Math.min(bounds[0], b[0]),
          Math.min(bounds[1], b[1]), Math.max(bounds[2], b[2]), Math.max(bounds[3], b[3])};
    }
    String text = TextLines.logical(units).replaceAll("\\s+", " ").trim();
    return new TextLines.Built(text, bounds);
  }

  /**
   * Whether a word gap opens between {@code a} and the glyph {@code b} set after it round the ring:
   * the distance between their origins exceeds {@code a}'s advance by more than
   * {@link TextLines#WORD_GAP} ems, as between the words of a straight line. A ring's text is set
   * glyph by glyph, so its layer holds no spaces.
   */
  static boolean wordGap(Glyph a, Glyph b) {
    return !a.isSpace() && !b.isSpace()
        && Math.hypot(b.x() - a.x(), b.y() - a.y()) - a.advance() > TextLines.WORD_GAP * a.em();
  }

  private static double polar(Glyph g, double cx, double cy) {
    return Math.atan2(g.y() - cy, g.x() - cx);
  }

  private static List<Glyph> startAfterWidestGap(List<Glyph> around, double cx, double cy) {
    int start = 0;
    double widest = -1;
    for (int i = 0; i < around.size(); i++) {
      double a = polar(around.get(i), cx, cy);
      double before = polar(around.get((i + around.size() - 1) % around.size()), cx, cy);
      double gap = (a - before + 2 * Math.PI) % (2 * Math.PI);
      if (gap > widest) {
        widest = gap;
        start = i;
      }
    }
    List<Glyph> out = new ArrayList<>(around.subList(start, around.size()));
    out.addAll(around.subList(0, start));
    return out;
  }

  /** Whether most steps of this order go the way the glyphs advance (so it is the visual order). */
  private static boolean followsAdvance(List<Glyph> order) {
    int votes = 0;
    for (int i = 1; i < order.size(); i++) {
      Glyph a = order.get(i - 1);
      Glyph b = order.get(i);
      double r = Math.toRadians(a.angle());
      double dot = (b.x() - a.x()) * Math.cos(r) - (b.y() - a.y()) * Math.sin(r);
      votes += dot > 0 ? 1 : -1;
    }
    return votes >= 0;
  }
}
