package org.wathiqa.read;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds lines in logical order from positioned glyphs. Glyphs are grouped by baseline, split
 * where a wide gap separates columns, ordered along the baseline (which is the visual order
 * whatever order the content stream drew them in), then reordered to logical order with the
 * Unicode bidi algorithm. Reading by position keeps visually-ordered ("reversed") producers
 * correct too.
 */
final class TextLines {

  /** A built line: its text in logical order and its bounds {minX, minY, maxX, maxY} in points. */
  record Built(String text, double[] bounds) {}

  /** Baseline distance, in ems, within which glyphs share a line. */
  static final double SAME_BASELINE = 0.35;
  /** Gap along the baseline, in ems, from which glyphs belong to separate lines (columns). */
  static final double COLUMN_GAP = 1.5;
  /** Gap along the baseline, in ems, from which a space is assumed between glyphs. */
  static final double WORD_GAP = 0.2;

  private static final Pattern BIDI_CONTROLS =
      Pattern.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private TextLines() {}

  /** The text without bidi control marks. */
  static String stripBidiControls(String text) {
    return BIDI_CONTROLS.matcher(text).replaceAll("");
  }

  /** Lines of {@code glyphs}, whose baselines run at {@code frame} degrees, top to bottom. */
  static List<Built> build(List<Glyph> glyphs, double frame) {
    List<Glyph> bases = new ArrayList<>();
    List<Glyph> marks = new ArrayList<>();
    for (Glyph g : glyphs) {
      (g.isMark() ? marks : bases).add(g);
    }
    List<List<Glyph>> rows = rows(bases, frame);
    Map<Glyph, StringBuilder> texts = new IdentityHashMap<>();
    bases.forEach(g -> texts.put(g, new StringBuilder(g.text())));
    List<Glyph> placedMarks = attachMarks(rows, marks, texts, frame);
    List<Built> lines = new ArrayList<>();
    for (List<Glyph> row : rows) {
      for (List<Glyph> segment : segments(row, frame)) {
        addLine(lines, segment, texts, placedMarks, frame);
      }
    }
    return lines;
  }

  private static List<List<Glyph>> rows(List<Glyph> bases, double frame) {
    List<Glyph> sorted = new ArrayList<>(bases);
    sorted.sort(Comparator.comparingDouble(g -> g.across(frame)));
    List<List<Glyph>> rows = new ArrayList<>();
    List<Glyph> row = null;
    double baseline = 0;
    for (Glyph g : sorted) {
      if (row != null && Math.abs(g.across(frame) - baseline) <= SAME_BASELINE * g.em()) {
        row.add(g);
        baseline += (g.across(frame) - baseline) / row.size();
      } else {
        row = new ArrayList<>(List.of(g));
        rows.add(row);
        baseline = g.across(frame);
      }
    }
    rows.forEach(r -> r.sort(Comparator.comparingDouble(g -> g.along(frame))));
    return rows;
  }

  /** Appends each combining mark to the base glyph under it; returns the marks placed. */
  private static List<Glyph> attachMarks(List<List<Glyph>> rows, List<Glyph> marks,
      Map<Glyph, StringBuilder> texts, double frame) {
    List<Glyph> placed = new ArrayList<>();
    for (Glyph mark : marks) {
      Glyph base = nearestBase(rows, mark, frame);
      if (base != null) {
        texts.get(base).append(mark.text());
        placed.add(mark);
      }
    }
    return placed;
  }

  /**
   * The letter glyph a mark sits on: the one whose span along the baseline holds the mark's
   * origin, else the nearest, within an em. Punctuation never carries a mark.
   */
  private static Glyph nearestBase(List<List<Glyph>> rows, Glyph mark, double frame) {
    Glyph best = null;
    double bestDistance = Double.MAX_VALUE;
    double at = mark.along(frame);
    for (List<Glyph> row : rows) {
      for (Glyph g : row) {
        double across = Math.abs(g.across(frame) - mark.across(frame));
        double start = g.along(frame);
        double along = Math.max(0, Math.max(start - at, at - (start + g.advance())));
        double distance = along + 2 * across;
        if (hasLetter(g) && across < g.em() && along < g.em() && distance < bestDistance) {
          best = g;
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  private static boolean hasLetter(Glyph g) {
    return g.text().codePoints().anyMatch(Character::isLetter);
  }

  /** Splits a row (sorted along the baseline) where a gap wider than a column gap opens. */
  private static List<List<Glyph>> segments(List<Glyph> row, double frame) {
    List<List<Glyph>> segments = new ArrayList<>();
    List<Glyph> current = new ArrayList<>();
    double end = Double.NaN;
    for (Glyph g : row) {
      if (g.isSpace()) {
        current.add(g);
        continue;
      }
      if (!current.isEmpty() && g.along(frame) - end > COLUMN_GAP * g.em()) {
        segments.add(current);
        current = new ArrayList<>();
      }
      current.add(g);
      end = Double.isNaN(end) ? g.along(frame) + g.advance()
          : Math.max(end, g.along(frame) + g.advance());
    }
    segments.add(current);
    return segments;
  }

  private static void addLine(List<Built> lines, List<Glyph> segment,
      Map<Glyph, StringBuilder> texts, List<Glyph> marks, double frame) {
    String text = SPACES.matcher(logical(units(segment, texts, frame))).replaceAll(" ").trim();
    if (text.isEmpty()) {
      return;
    }
    double[] bounds = null;
    for (Glyph g : segment) {
      bounds = union(bounds, g.bounds());
    }
    for (Glyph m : marks) {
      if (overlaps(bounds, m.bounds())) {
        bounds = union(bounds, m.bounds());
      }
    }
    lines.add(new Built(text, bounds));
  }

  /** The segment's texts in visual order, with a space wherever a word gap opens. */
  private static List<String> units(List<Glyph> segment, Map<Glyph, StringBuilder> texts,
      double frame) {
    List<String> units = new ArrayList<>();
    Glyph previous = null;
    for (Glyph g : segment) {
      if (previous != null && !g.isSpace() && !previous.isSpace()
          && g.along(frame) - (previous.along(frame) + previous.advance()) > WORD_GAP * g.em()) {
        units.add(" ");
      }
      units.add(texts.get(g).toString());
      previous = g;
    }
    return units;
  }

  /**
   * Visual-order units to logical order. The bidi algorithm's reordering of runs is its own
   * inverse for a line of right-to-left text with embedded numbers or Latin, so applying it to the
   * visual order yields the logical order. Each unit (a glyph, possibly a ligature of several
   * letters already in logical order) moves as a whole.
   */
  static String logical(List<String> visual) {
    if (visual.stream().noneMatch(TextLines::hasRightToLeft)) {
      return String.join("", visual);
    }
    StringBuilder representative = new StringBuilder();
    visual.forEach(u -> representative.append(representative(u)));
    Bidi bidi = new Bidi(representative.toString(), Bidi.DIRECTION_RIGHT_TO_LEFT);
    byte[] levels = new byte[visual.size()];
    for (int i = 0; i < levels.length; i++) {
      levels[i] = (byte) bidi.getLevelAt(i);
    }
    Object[] units = visual.toArray();
    Bidi.reorderVisually(levels, 0, units, 0, units.length);
    StringBuilder out = new StringBuilder();
    for (Object u : units) {
      out.append(u);
    }
    return out.toString();
  }

  static boolean hasRightToLeft(String text) {
    return text.chars().anyMatch(c -> {
      byte d = Character.getDirectionality(c);
      return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    });
  }

  /** One character standing for a unit's direction: its first strong or numeric character. */
  private static char representative(String unit) {
    for (int i = 0; i < unit.length(); i++) {
      char c = unit.charAt(i);
      switch (Character.getDirectionality(c)) {
        case Character.DIRECTIONALITY_LEFT_TO_RIGHT, Character.DIRECTIONALITY_RIGHT_TO_LEFT,
            Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC, Character.DIRECTIONALITY_EUROPEAN_NUMBER,
            Character.DIRECTIONALITY_ARABIC_NUMBER -> {
          return c;
        }
        default -> {
          // keep looking
        }
      }
    }
    char first = unit.isEmpty() ? ' ' : unit.charAt(0);
    return Character.isSurrogate(first) ? 'a' : first;
  }

  private static double[] union(double[] a, double[] b) {
    if (a == null) {
      return b.clone();
    }
    return new double[] {Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]),
        Math.max(a[3], b[3])};
  }

  private static boolean overlaps(double[] a, double[] b) {
    return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
  }
}
