package org.wathiqa.fields;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wathiqa.text.ArabicText;

/**
 * Every word of every word list, in matching form. OCR tolerance applies only to words outside
 * it: a real word such as "الثاني" or "النائب" is never read as a near cue ("الجاني", "النقيب").
 * Thread-safe.
 */
public final class Vocabulary {
  /** Fewest letters of a word of a line that {@link #knowsAWordOf} looks up. */
  static final int WORD_LETTERS = 3;

  private static final List<String> LISTS = List.of("gregorian-months.txt", "hijri-months.txt", "date-cues.txt",
      "date-fillers.txt", "hijri-twin-cues.txt", "reference-cues.txt", "register-cues.txt", "subject-cues.txt",
      "header-noise.txt", "institution-kinds.txt", "ranks.txt", "titles.txt", "name-cues.txt",
      "weak-name-cues.txt", "name-stops.txt", "places.txt", "people-list-cues.txt", "weekdays.txt", "ordinals.txt", "common-words.txt", "state-kinds.txt");

  private Vocabulary() {
  }

  /**
   * Whether some word of {@code line}, of {@value #WORD_LETTERS} letters or more, is a word of some
   * list (an office, a rank, a month, a common word of letters): a sign the line is print.
   */
  public static boolean knowsAWordOf(String line) {
    for (String token : ArabicText.normalize(line).split("\\s+")) {
      String word = token.replaceAll("\\P{L}", "");
      if (word.length() >= WORD_LETTERS && isKnown(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} (matching form) is a word of some list. */
  static boolean isKnown(String word) {
    return Holder.WORDS.contains(word);
  }

  private static final class Holder {
    static final Set<String> WORDS = load();
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    for (String name : LISTS) {
      for (String entry : WordList.entries(name)) {
        int eq = entry.indexOf('=');
        words.addAll(List.of(ArabicText.normalize(eq < 0 ? entry : entry.substring(0, eq)).split(" ")));
      }
    }
    return Set.copyOf(words);
  }
}
