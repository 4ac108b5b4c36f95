package org.wathiqa.fields;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wathiqa.text.ArabicText;

/**
 * A list of words or phrases read from a UTF-8 resource, in matching form, matched on tokens
 * with a small tolerance for OCR errors. Immutable and thread-safe.
 */
final class WordList {
  /** Fewest letters of a phrase matched by the shapes of its letters alone. */
  private static final int MIN_SKELETON = 4;

  private final List<String[]> phrases;
  private final Map<String, String> values;
  /** The entries' values by the shapes of their letters ({@link ArabicText#skeleton}); null where entries of two values share one. */
  private final Map<String, String> byShape = new HashMap<>();

  private WordList(Map<String, String> values) {
    this.values = values;
    for (Map.Entry<String, String> e : values.entrySet()) {
      String shape = ArabicText.skeleton(e.getKey());
      String before = byShape.putIfAbsent(shape, e.getValue());
      if (before != null && !before.equals(e.getValue())) {
        byShape.put(shape, null);
      }
    }
    List<String[]> p = new ArrayList<>();
    for (String key : values.keySet()) {
      p.add(key.split(" "));
    }
    p.sort(Comparator.comparingInt((String[] a) -> -a.length));
    this.phrases = List.copyOf(p);
  }

  /** Loads {@code name} next to this class: one entry a line, {@code #} comments, optional {@code =value}. */
  static WordList load(String name) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : entries(name)) {
      int eq = line.indexOf('=');
      String key = ArabicText.normalize(eq < 0 ? line : line.substring(0, eq));
      values.putIfAbsent(key, eq < 0 ? key : line.substring(eq + 1).strip());
    }
    return new WordList(values);
  }

  /** The entry lines of the UTF-8 resource {@code name}: stripped, without blanks and comments. */
  static List<String> entries(String name) {
    try (InputStream in = WordList.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("word list resource " + name + " is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          out.add(l);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + name, e);
    }
  }

  /** The entries in matching form. */
  java.util.Set<String> entries() {
    return values.keySet();
  }

  /** Whether the word (matching form) is an entry, exactly. */
  boolean contains(String word) {
    return values.containsKey(word);
  }

  /**
   * Whether a one-word entry of at least {@code minLength} letters is within {@code edits} edits of
   * {@code word}, a word no list knows.
   */
  boolean nearEntry(String word, int edits, int minLength) {
    if (Vocabulary.isKnown(word)) {
      return false;
    }
    for (String key : values.keySet()) {
      if (key.length() >= minLength && key.indexOf(' ') < 0 && ArabicText.distance(key, word) <= edits) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} is an entry or the first word of one. */
  boolean opensEntry(String word) {
    for (String[] phrase : phrases) {
      if (phrase[0].equals(word)) {
        return true;
      }
    }
    return false;
  }

  /** The value of an exact entry, or null. */
  String value(String phrase) {
    return values.get(phrase);
  }

  /** The value of the entry (of four letters or more) that {@code word} misreads by one letter, or null. */
  String valueWithOneSubstitution(String word) {
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (closeBeforeColon(e.getKey(), word)) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * The value of the entries that {@code phrase} differs from only in the dots of its letters
   * ({@link ArabicText#skeleton}), when they all have the same one and are at least
   * {@value #MIN_SKELETON} letters long; otherwise, or for a word of another list, null.
   */
  String valueByShape(String phrase) {
    if (phrase.replace(" ", "").length() < MIN_SKELETON || Vocabulary.isKnown(phrase)) {
      return null;
    }
    return byShape.get(ArabicText.skeleton(phrase));
  }

  /** Whether an entry of the same length differs from {@code word} in at most one letter. */
  boolean containsWithOneSubstitution(String word) {
    for (String key : values.keySet()) {
      if (key.length() == word.length() && ArabicText.distance(key, word) <= 1) {
        return true;
      }
    }
    return false;
  }

  /** Whether an entry one letter longer than {@code word} becomes it with one of its letters lost. */
  boolean containsWithOneLetterLost(String word) {
    for (String key : values.keySet()) {
      if (key.length() == word.length() + 1 && ArabicText.distance(key, word) == 1) {
        return true;
      }
    }
    return false;
  }

  /** The value of the entry nearest {@code phrase} within the OCR tolerance, or null. */
  String fuzzyValue(String phrase) {
    String exact = values.get(phrase);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (close(e.getKey(), phrase)) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * Number of tokens of the longest entry matching the words at {@code from}, or 0. Words
   * only; tolerant per word (see {@link #close}).
   */
  int match(List<Token> tokens, int from) {
    for (String[] phrase : phrases) {
      if (matchesAt(phrase, tokens, from)) {
        return phrase.length;
      }
    }
    return 0;
  }

  /** Like {@link #match} but exact: no tolerance. */
  int matchExact(List<Token> tokens, int from) {
    for (String[] phrase : phrases) {
      if (from + phrase.length <= tokens.size() && Arrays.equals(phrase, texts(tokens, from, phrase.length))) {
        return phrase.length;
      }
    }
    return 0;
  }

  private static String[] texts(List<Token> tokens, int from, int n) {
    String[] t = new String[n];
    for (int i = 0; i < n; i++) {
      t[i] = tokens.get(from + i).text();
    }
    return t;
  }

  private static boolean matchesAt(String[] phrase, List<Token> tokens, int from) {
    int end = from + phrase.length;
    boolean colonAfter = end < tokens.size()
        && (tokens.get(end).is(":") || tokens.get(end).is("؛") || tokens.get(end).isNumber());
    return matchesAt(phrase, tokens, from, colonAfter);
  }

  /**
   * Whether the phrase matches at {@code from}: every word close, and when {@code lenient} one
   * word may have a misread letter (four letters or more, or three in a longer phrase).
   */
  private static boolean matchesAt(String[] phrase, List<Token> tokens, int from, boolean lenient) {
    if (from + phrase.length > tokens.size()) {
      return false;
    }
    boolean misreadUsed = !lenient;
    for (int i = 0; i < phrase.length; i++) {
      Token t = tokens.get(from + i);
      if (!t.isWord()) {
        return false;
      }
      if (!close(phrase[i], t.text())) {
        if (misreadUsed || !oneMisread(phrase[i], t.text(), phrase.length > 1)) {
          return false;
        }
        misreadUsed = true;
      }
    }
    return true;
  }

  /** Number of tokens of the entry matching at {@code from} with one misread letter allowed, or 0. */
  int matchLenient(List<Token> tokens, int from) {
    for (String[] phrase : phrases) {
      if (matchesAt(phrase, tokens, from, true)) {
        return phrase.length;
      }
    }
    return 0;
  }

  private static boolean oneMisread(String listed, String read, boolean inPhrase) {
    return (listed.length() >= 4 || inPhrase && listed.length() == 3) && read.length() == listed.length()
        && !Vocabulary.isKnown(read) && ArabicText.distance(listed, read) <= 1;
  }

  /**
   * Right before a colon or digits a four- or five-letter word may have one misread letter
   * ("الركم:" for "الرقم:").
   */
  static boolean closeBeforeColon(String listed, String read) {
    return (listed.length() == 5 || listed.length() == 4) && read.length() == listed.length() && !Vocabulary.isKnown(read)
        && ArabicText.distance(listed, read) <= 1;
  }

  /**
   * Whether an OCR reading is close enough to a listed word: equal; one edit for words of six or
   * more letters; or the article's alef dropped ("لرقم" for "الرقم"). A word of another list is
   * never close: OCR tolerance is for misread words only.
   */
  static boolean close(String listed, String read) {
    if (listed.equals(read)) {
      return true;
    }
    if (Vocabulary.isKnown(read)) {
      return false;
    }
    if (listed.length() >= 6) {
      return Math.abs(listed.length() - read.length()) <= 1 && ArabicText.distance(listed, read) <= 1;
    }
    return listed.length() >= 5 && listed.startsWith("ال") && listed.substring(1).equals(read);
  }
}
