package org.wathiqa.read;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;
import org.wathiqa.text.ArabicText;

/**
 * Character error rate of recognised lines against true lines, as the evaluation scorer's
 * {@code text_cer}: each true line is matched to its best stretch of any output line.
 */
final class TextCer {

  private static final Pattern BIDI =
      Pattern.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]");
  private static final Pattern MARKS = Pattern.compile("[\u064b-\u065f\u0670\u06d6-\u06ed\u0640]");

  private TextCer() {}

  /** Edits and true characters, summed over the true lines. */
  record Score(int edits, int chars) {
    double cer() {
      return chars == 0 ? 0 : (double) edits / chars;
    }

    Score plus(Score other) {
      return new Score(edits + other.edits, chars + other.chars);
    }
  }

  static Score score(List<String> truth, List<String> output) {
    List<String> out = output.stream().map(TextCer::light).filter(s -> !s.isEmpty()).toList();
    int edits = 0;
    int chars = 0;
    for (String t : truth) {
      String g = light(t);
      if (g.isEmpty()) {
        continue;
      }
      chars += g.length();
      int best = g.length();
      for (String p : out) {
        best = Math.min(best, ArabicText.infixDistance(g, p));
      }
      edits += best;
    }
    return new Score(edits, chars);
  }

  static String light(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
    t = BIDI.matcher(t).replaceAll("");
    StringBuilder b = new StringBuilder();
    for (char c : t.toCharArray()) {
      if (c >= '\u0660' && c <= '\u0669') {
        c = (char) ('0' + c - '\u0660');
      } else if (c >= '\u06f0' && c <= '\u06f9') {
        c = (char) ('0' + c - '\u06f0');
      }
      b.append(c);
    }
    t = MARKS.matcher(b).replaceAll("").replace('\u06cc', '\u064a').replace('\u06a9', '\u0643');
    return t.replaceAll("\\s+", " ").trim();
  }
}
