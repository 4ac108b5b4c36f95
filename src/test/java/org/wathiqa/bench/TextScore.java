package org.wathiqa.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.wathiqa.text.ArabicText;

/**
 * Text accuracy of recognised lines against printed truth lines, defined as the project's scorer
 * does: for every truth line, the edit distance to its best-matching stretch of any output line,
 * summed and divided by the truth characters; dropped lines count in full. Stateless.
 */
public final class TextScore {
  private static final Pattern BIDI = Pattern.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]");
  private static final Pattern MARKS = Pattern.compile("[\u064b-\u065f\u0670\u06d6-\u06ed\u0640]");
  private static final Pattern PUNCT = Pattern.compile("[\\s.,:;،؛\\-–—_/\\\\|()\\[\\]{}«»\"'!؟?*•]+");
  private static final String INDIC = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹";

  private TextScore() {}

  /** Edits and truth characters for one document. */
  public record Counts(long edits, long chars, int truthWords, int outputWords, int matchedWords) {
    public Counts plus(Counts o) {
      return new Counts(edits + o.edits, chars + o.chars, truthWords + o.truthWords,
          outputWords + o.outputWords, matchedWords + o.matchedWords);
    }

    public double cer() {
      return chars == 0 ? 0 : (double) edits / chars;
    }

    public double bowRecall() {
      return truthWords == 0 ? 0 : (double) matchedWords / truthWords;
    }

    public double bowPrecision() {
      return outputWords == 0 ? 0 : (double) matchedWords / outputWords;
    }

    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0);
  }

  /** Scores output lines against truth lines; {@code strict} also unifies letter forms and drops punctuation. */
  public static Counts score(List<String> truth, List<String> output, boolean strict) {
    List<String> out = new ArrayList<>();
    for (String line : output) {
      String n = normalise(line, strict);
      if (!n.isEmpty()) {
        out.add(n);
      }
    }
    long edits = 0;
    long chars = 0;
    List<String> truthNorm = new ArrayList<>();
    for (String line : truth) {
      String n = normalise(line, strict);
      if (n.isEmpty()) {
        continue;
      }
      truthNorm.add(n);
      chars += n.length();
      int best = n.length();
      for (String o : out) {
        best = Math.min(best, ArabicText.infixDistance(n, o));
      }
      edits += best;
    }
    return words(truthNorm, out, edits, chars);
  }

  private static Counts words(List<String> truth, List<String> output, long edits, long chars) {
    Map<String, Integer> want = bag(truth);
    Map<String, Integer> got = bag(output);
    int matched = 0;
    for (Map.Entry<String, Integer> e : want.entrySet()) {
      matched += Math.min(e.getValue(), got.getOrDefault(e.getKey(), 0));
    }
    return new Counts(edits, chars, size(want), size(got), matched);
  }

  private static Map<String, Integer> bag(List<String> lines) {
    Map<String, Integer> bag = new HashMap<>();
    for (String line : lines) {
      for (String w : line.split(" ")) {
        if (!w.isEmpty()) {
          bag.merge(w, 1, Integer::sum);
        }
      }
    }
    return bag;
  }

  private static int size(Map<String, Integer> bag) {
    return bag.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The scorer's normal form of {@code s}. */
  public static String normalise(String s, boolean strict) {
    String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
    n = BIDI.matcher(n).replaceAll("");
    StringBuilder b = new StringBuilder(n.length());
    for (char c : n.toCharArray()) {
      int d = INDIC.indexOf(c);
      b.append(d >= 0 ? (char) ('0' + d % 10) : c);
    }
    n = MARKS.matcher(b).replaceAll("").replace('ی', 'ي').replace('ک', 'ك');
    if (strict) {
      n = n.replaceAll("[أإآٱ]", "ا").replace('ى', 'ي').replace('ة', 'ه').replace('ؤ', 'و').replace('ئ', 'ي');
      n = PUNCT.matcher(n).replaceAll(" ");
    }
    return n.replaceAll("\\s+", " ").strip();
  }
}
