package org.wathiqa.fields;

import org.wathiqa.text.ArabicText;

/**
 * The order of the words round a stamp's ring. Text set round a circle has no first word on the
 * page: a reading starts wherever the circle was cut open, and a ring's two phrases are parted by a
 * star or a gap much like the gap between its end and its start. Government stamps name the state
 * first ("الجمهورية العربية السورية * وزارة العدل"), so a reading that names the state after other
 * words was cut in the wrong place. Thread-safe.
 */
public final class RingText {
  /**
   * Fewest letters of a state word that a misread one is matched to, with one edit; shorter ones
   * must be exact. Two letters apart, "المملكة" would take "المحلية" of a ministry's name.
   */
  private static final int FUZZY_LETTERS = 6;
  /** Fewest letters of a state word that a reading two edits from it is matched to. */
  private static final int TWO_EDIT_LETTERS = 8;

  private RingText() {}

  /**
   * {@code ring} turned round so the first word naming a state ({@code state-kinds.txt}, or one
   * edit from such a word of {@value #FUZZY_LETTERS} letters or more, two from one of {@value
   * #TWO_EDIT_LETTERS}) comes first, the words before it moved to the end; as it is when it names none or starts with one.
   */
  public static String stateFirst(String ring) {
    if (ring == null || ring.isBlank()) {
      return ring;
    }
    String[] words = ring.strip().split("\\s+");
    for (int k = 0; k < words.length; k++) {
      if (namesState(words[k])) {
        if (k == 0) {
          return ring;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
          if (i > 0) {
            out.append(' ');
          }
          out.append(words[(k + i) % words.length]);
        }
        return out.toString();
      }
    }
    return ring;
  }

  private static boolean namesState(String word) {
    String w = ArabicText.normalize(word).replaceAll("[^\\p{L}]", "");
    if (w.isEmpty()) {
      return false;
    }
    if (Lexicon.STATE_KINDS.contains(w)) {
      return true;
    }
    if (w.length() < FUZZY_LETTERS - 1 || Vocabulary.isKnown(w)) {
      return false;
    }
    for (String state : Lexicon.STATE_KINDS.entries()) {
      int edits = state.length() >= TWO_EDIT_LETTERS ? 2 : state.length() >= FUZZY_LETTERS ? 1 : 0;
      if (edits > 0 && ArabicText.distance(state, w) <= edits) {
        return true;
      }
    }
    return false;
  }
}
