package org.wathiqa.digits;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers in a word's text and their replacement by what was read from the glyphs. Stateless
 * and thread-safe.
 */
final class NumberText {
  /** Marks read inside numbers besides digits; the dot and dash also stand for misread digits. */
  private static final String MARKS = "./-:\u066B\u066C";
  private static final String BIDI = "\u200E\u200F\u061C";
  /** Digits that look alike in both systems. */
  private static final String SHARED = "\u0661\u0669";
  /**
   * A replacement may have this many digits more than the engine read: under blur or a shadow the
   * engine keeps one digit of four ("4ط" for ٤٥٩٤/ط). From 2 to 3, dates and references read right
   * rose by one to two on three of six generated sets and fell on none; 4 changed nothing more.
   */
  private static final int MAX_MORE_DIGITS = 3;
  /** A replacement may have this many digits fewer than the engine read ("77862١" for ٨٢١: specks read as digits). */
  private static final int MAX_FEWER_DIGITS = 3;
  /**
   * ... unless its glyphs run straight into ink the classifier could not read: the number may then
   * be cut short (a year of four digits read as "٥" after three unreadable glyphs).
   */
  private static final int MAX_FEWER_CUT_SHORT = 2;

  private NumberText() {
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9' || c >= '\u0660' && c <= '\u0669' || c >= '\u06F0' && c <= '\u06F9';
  }

  static boolean hasDigit(CharSequence s) {
    return count(s) > 0;
  }

  static int count(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += isDigit(s.charAt(i)) ? 1 : 0;
    }
    return n;
  }

  static boolean hasArabicIndic(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '\u0660' && s.charAt(i) <= '\u0669') {
        return true;
      }
    }
    return false;
  }

  /** [start, end) of each stretch of digits and number marks that holds a digit, in logical order. */
  static List<int[]> runs(String text) {
    List<int[]> runs = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && partOfNumber(text.charAt(i))) {
        i++;
      }
      if (i > start && hasDigit(text.substring(start, i))) {
        runs.add(new int[] {start, i});
      }
      i = Math.max(i, start + 1);
    }
    return runs;
  }

  /** Whether {@code text} holds nothing but digits and number marks: no glyph of it may be a letter. */
  static boolean onlyNumbers(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!partOfNumber(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean partOfNumber(char c) {
    return isDigit(c) || MARKS.indexOf(c) >= 0 || BIDI.indexOf(c) >= 0;
  }

  /**
   * {@code text} with its numbers replaced by {@code groups} (read left to right from the glyphs),
   * or null where they do not fit: another count of numbers, letters between numbers that give no
   * reading order, too many digits more or fewer than the engine read. Numbers read in Western
   * digits, or in digits both systems share without a sign of the Arabic-Indic system, are kept as
   * the engine read them.
   *
   * @param arabicIndic whether the line holds Arabic-Indic digits elsewhere
   * @param cutShort whether some digit read lies right next to a glyph that is no part of a number,
   *     so that a group may have lost digits to it
   */
  static String replace(String text, List<String> groups, boolean arabicIndic, boolean cutShort) {
    List<int[]> runs = runs(text);
    if (runs.size() != groups.size() || runs.size() > 1 && !hasLetter(text)) {
      return null;
    }
    StringBuilder out = new StringBuilder(text);
    for (int r = runs.size() - 1; r >= 0; r--) {
      // numbers between letters run right to left: the first in logical order is the rightmost
      String group = groups.get(runs.size() - 1 - r);
      Digits system = Digits.of(group);
      if (system == Digits.MIXED) {
        return null;
      }
      boolean arabic = system == Digits.ARABIC_INDIC
          || system == Digits.SHARED && (arabicIndic || hasArabicIndic(text));
      if (arabic && !replaceRun(out, runs.get(r), group, cutShort ? MAX_FEWER_CUT_SHORT : MAX_FEWER_DIGITS)) {
        return null;
      }
    }
    return out.toString();
  }

  private static boolean replaceRun(StringBuilder out, int[] run, String group, int maxFewer) {
    String read = toArabicIndic(core(group));
    String outside = group.replace(core(group), "");
    boolean outerMarks = outside.indexOf('.') >= 0 || outside.indexOf('-') >= 0;
    int start = run[0];
    int end = run[1];
    while (start < end && !keep(out.charAt(start), outerMarks)) {
      start++;
    }
    while (end > start && !keep(out.charAt(end - 1), outerMarks)) {
      end--;
    }
    int before = count(out.subSequence(start, end));
    if (count(read) - before > MAX_MORE_DIGITS || before - count(read) > maxFewer) {
      return false;
    }
    out.replace(start, end, read);
    return true;
  }

  /** Whether an end character of an engine's number belongs to the digits it stands for. */
  private static boolean keep(char c, boolean outerMarks) {
    return isDigit(c) || !outerMarks && (c == '.' || c == '-');
  }

  /** {@code group} from its first digit to its last. */
  static String core(String group) {
    int start = 0;
    int end = group.length();
    while (start < end && !isDigit(group.charAt(start))) {
      start++;
    }
    while (end > start && !isDigit(group.charAt(end - 1))) {
      end--;
    }
    return group.substring(start, end);
  }

  /** {@code s} with Arabic-Indic and Persian digits written as ASCII digits. */
  static String toAscii(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c >= '\u0660' && c <= '\u0669' ? (char) ('0' + c - '\u0660')
          : c >= '\u06f0' && c <= '\u06f9' ? (char) ('0' + c - '\u06f0') : c);
    }
    return b.toString();
  }

  static String toArabicIndic(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c >= '0' && c <= '9' ? (char) ('\u0660' + c - '0') : c);
    }
    return b.toString();
  }

  private static boolean hasLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The digit system of a group read from glyphs. */
  enum Digits {
    ARABIC_INDIC, WESTERN, SHARED, MIXED;

    static Digits of(String group) {
      boolean arabic = false;
      boolean western = false;
      for (int i = 0; i < group.length(); i++) {
        char c = group.charAt(i);
        arabic |= c >= '\u0660' && c <= '\u0669' && NumberText.SHARED.indexOf(c) < 0;
        western |= c >= '0' && c <= '9';
      }
      if (arabic && western) {
        return MIXED;
      }
      return arabic ? ARABIC_INDIC : western ? WESTERN : SHARED;
    }
  }
}
