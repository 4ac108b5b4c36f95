package org.wathiqa.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.wathiqa.text.ArabicText;

/**
 * Puts a line the engine read out of order back into reading order. Tesseract orders the words of a
 * right-to-left line by its own bidirectional pass, and a speck read as a digit in Arabic prose (a
 * left-to-right island) makes it give the part of the line right of the speck last: "ومعظم من …
 * تسكنا ٠ بوصمة التخدر بالافيون" for بوصمة التخدر بالافيون ٠ ومعظم من … تسكنا. Where the Arabic
 * words of a line do not run from right to left, the words are set in the order they stand on the
 * page, right to left, each run of left-to-right words (digits, Latin) kept left to right.
 * Stateless.
 */
final class RightToLeft {
  /** Share of a word's height its centre may lie right of the word before it without being out of order. */
  private static final double SLACK = 0.5;
  /** Arabic words a line needs for its order to be judged. */
  private static final int MIN_ORDERED_WORDS = 2;
  /** Arabic words a line needs for the height of its words, against which a speck is judged. */
  private static final int MIN_ARABIC_WORDS = 3;
  /** What the engine makes of a speck: the Arabic-Indic zero and five, Western look-alikes, stops, small marks. */
  private static final String SPECKS = "\u0660\u0665\u06f0\u06f50o6.\u00b7\u2219\u00b0+*\u00a9";
  /** Height, as a share of the line's Arabic words', under which a lone mark is a speck. */
  private static final double SPECK_HEIGHT = 0.35;
  private static final Pattern DIRECTION_MARKS = Pattern.compile("[\u200e\u200f\u061c]");

  private RightToLeft() {
  }

  /**
   * {@code line} in reading order, without the specks read as a digit or a stop between its Arabic
   * words; itself when there was nothing to mend.
   */
  static OcrLine mended(OcrLine line) {
    return withoutSpecks(ordered(line));
  }

  /** {@code line} in reading order: itself when its Arabic words already run right to left. */
  static OcrLine ordered(OcrLine line) {
    List<OcrWord> words = line.words();
    if (!outOfOrder(words)) {
      return line;
    }
    List<OcrWord> visual = new ArrayList<>(words);
    visual.sort(Comparator.comparingDouble((OcrWord w) -> -centre(w)));
    List<OcrWord> logical = new ArrayList<>(visual.size());
    int i = 0;
    while (i < visual.size()) {
      int end = i;
      while (end < visual.size() && inLeftToRightRun(visual, i, end)) {
        end++;
      }
      if (end > i) {
        for (int k = end - 1; k >= i; k--) {
          logical.add(visual.get(k));
        }
        i = end;
      } else {
        logical.add(visual.get(i++));
      }
    }
    return new OcrLine(joined(logical), line.confidence(), line.box(), logical);
  }

  /**
   * {@code line} without the words that are a speck between two Arabic words of prose (words
   * without digits: a small zero next to a number is the number's own): one mark
   * the engine took for a zero, a five or a stop, less than {@value #SPECK_HEIGHT} of the height of
   * the line's Arabic words; at either end of the line, next to an Arabic word, only a zero or a
   * five (a stop there ends a sentence). (Old print separates sentences with such dots; the model reads them as
   * the digit they most resemble.)
   */
  static OcrLine withoutSpecks(OcrLine line) {
    List<OcrWord> words = line.words();
    double height = arabicHeight(words);
    if (height == 0) {
      return line;
    }
    List<OcrWord> kept = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      OcrWord w = words.get(i);
      boolean before = i > 0 && wordOnly(words.get(i - 1).text());
      boolean after = i + 1 < words.size() && wordOnly(words.get(i + 1).text());
      String mark = bare(w.text());
      boolean speck = mark.length() == 1 && w.box().h() < SPECK_HEIGHT * height
          && (before && after && SPECKS.indexOf(mark) >= 0
              || (before && i + 1 == words.size() || after && i == 0) && "\u0660\u0665".indexOf(mark.charAt(0)) >= 0
                  && SPECKS.indexOf(mark) >= 0);
      if (!speck) {
        kept.add(w);
      }
    }
    return kept.size() == words.size() ? line : new OcrLine(joined(kept), line.confidence(), line.box(), kept);
  }

  /** Median height of the line's Arabic words, or 0 when it has fewer than {@value #MIN_ARABIC_WORDS}. */
  private static double arabicHeight(List<OcrWord> words) {
    List<Integer> heights = new ArrayList<>();
    for (OcrWord w : words) {
      if (hasArabicLetter(w.text())) {
        heights.add(w.box().h());
      }
    }
    if (heights.size() < MIN_ARABIC_WORDS) {
      return 0;
    }
    heights.sort(null);
    return heights.get(heights.size() / 2);
  }

  private static String bare(String w) {
    return DIRECTION_MARKS.matcher(w).replaceAll("");
  }

  private static String joined(List<OcrWord> words) {
    StringBuilder text = new StringBuilder();
    for (OcrWord w : words) {
      text.append(text.length() > 0 ? " " : "").append(w.text());
    }
    return text.toString();
  }

  /** Whether some Arabic word of {@code words}, in the engine's order, lies clearly right of the one before it. */
  static boolean outOfOrder(List<OcrWord> words) {
    OcrWord previous = null;
    int arabic = 0;
    boolean swapped = false;
    for (OcrWord w : words) {
      if (!hasArabicLetter(w.text())) {
        continue;
      }
      arabic++;
      if (previous != null && centre(w) - centre(previous) > SLACK * Math.max(1, w.box().h())) {
        swapped = true;
      }
      previous = w;
    }
    return swapped && arabic >= MIN_ORDERED_WORDS;
  }

  /**
   * Whether {@code visual[end]} continues a left-to-right run that starts at {@code start}: a word
   * with digits or Latin letters and no Arabic letter, or a mark between two such words.
   */
  private static boolean inLeftToRightRun(List<OcrWord> visual, int start, int end) {
    String w = visual.get(end).text();
    if (leftToRight(w)) {
      return true;
    }
    boolean mark = !hasArabicLetter(w) && !leftToRight(w);
    return mark && end > start && end + 1 < visual.size() && leftToRight(visual.get(end + 1).text());
  }

  private static boolean leftToRight(String w) {
    if (hasArabicLetter(w)) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isDigit(c) || c < 0x80 && Character.isLetter(c)) {
        return true;
      }
    }
    return false;
  }

  /** An Arabic word without digits: a small zero next to a number is the number's own. */
  private static boolean wordOnly(String w) {
    return hasArabicLetter(w) && w.chars().noneMatch(Character::isDigit);
  }

  private static boolean hasArabicLetter(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (ArabicText.isArabicLetter(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static double centre(OcrWord w) {
    return w.box().x() + w.box().w() / 2.0;
  }
}
