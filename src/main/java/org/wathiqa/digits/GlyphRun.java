package org.wathiqa.digits;

import java.util.ArrayList;
import java.util.List;

/**
 * A word's glyphs as read by the classifier, left to right, cut into number groups at the glyphs
 * that are no part of a number. Immutable.
 *
 * @param groups each group's labels, left to right; a group is null when one of its glyphs was not
 *     read with confidence
 * @param others how many glyphs are no part of a number
 */
record GlyphRun(List<String> groups, int others) {
  /**
   * Nearest label at least this much nearer than the next label. From 1.15 to 1.10 the documents'
   * dates and reference numbers read right rose on the fixtures (44 to 45 and 41 to 42 of 48) and on
   * letters generated from two other seeds (dates 38 to 39 and 37 to 39, references 31 to 33 and 37 to 37),
   * text CER fell a little on all three and the evaluation letters did not change; 1.05 measured about
   * the same again.
   */
  static final double MIN_MARGIN = 1.10;
  /** Nearest template at most this far away. */
  static final double MAX_DISTANCE = 5.0;

  GlyphRun {
    groups = java.util.Collections.unmodifiableList(new ArrayList<>(groups));
  }

  static GlyphRun of(List<Guess> guesses) {
    return of(guesses, -1, DigitClassifier.OTHER);
  }

  /** The run of {@code guesses} with glyph {@code at} taken, as if read clearly, for {@code label}. */
  static GlyphRun of(List<Guess> guesses, int at, char label) {
    List<String> groups = new ArrayList<>();
    StringBuilder group = new StringBuilder();
    boolean doubtful = false;
    int others = 0;
    for (int i = 0; i < guesses.size(); i++) {
      Guess g = i == at ? new Guess(label, 0, Double.MAX_VALUE) : guesses.get(i);
      if (g.label() == DigitClassifier.OTHER) {
        others++;
        close(groups, group, doubtful);
        group.setLength(0);
        doubtful = false;
      } else {
        group.append(g.label());
        doubtful |= !clear(g);
      }
    }
    close(groups, group, doubtful);
    return new GlyphRun(groups, others);
  }

  /** Whether {@code g} was read clearly: its label near enough and clearly nearer than the next. */
  static boolean clear(Guess g) {
    return g.margin() >= MIN_MARGIN && g.distance() <= MAX_DISTANCE;
  }

  private static void close(List<String> groups, StringBuilder group, boolean doubtful) {
    if (NumberText.hasDigit(group)) {
      groups.add(doubtful ? null : group.toString());
    }
  }

  boolean sure() {
    return !groups.isEmpty() && !groups.contains(null);
  }
}
