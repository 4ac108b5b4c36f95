package org.wathiqa.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops what the engine read from speckle, paper grain or stamp fragments rather than from print: a
 * line of low confidence made mostly of one-letter "words". Stateless and thread-safe.
 */
public final class NoiseFilter {
  /** Lines surer than this are always kept. */
  static final double TRUSTED = 0.5;
  /** Share of one-character tokens from which an unsure line is taken as noise. */
  static final double SCATTERED = 0.6;
  /** Share of a line's tokens that must be words of three letters or more for it not to be fragments. */
  static final double WORDS = 0.75;
  private static final int WORD_LETTERS = 3;

  private NoiseFilter() {}

  /** {@code lines} without those read from noise, in the same order. */
  public static List<OcrLine> keepText(List<OcrLine> lines) {
    List<OcrLine> kept = new ArrayList<>(lines.size());
    for (OcrLine line : lines) {
      if (!isNoise(line)) {
        kept.add(line);
      }
    }
    return kept;
  }

  static boolean isNoise(OcrLine line) {
    if (line.confidence() >= TRUSTED) {
      return false;
    }
    String[] tokens = line.text().strip().split("\\s+");
    int single = 0;
    for (String token : tokens) {
      if (characters(token) <= 1) {
        single++;
      }
    }
    return single >= SCATTERED * tokens.length;
  }

  /**
   * Whether the line is made of fragments rather than words: fewer than three in four of its tokens
   * (marks and quotes standing alone aside) have three letters or more. Print of the letter passes,
   * short words and all; what the engine makes of the remains of a stamp's ink ("م دل اير",
   * "اا ريص الذرع") does not.
   */
  public static boolean fragmentary(OcrLine line) {
    return fragmentary(line.text());
  }

  /** Whether the text of a line is made of fragments rather than words: see {@link #fragmentary(OcrLine)}. */
  public static boolean fragmentary(String text) {
    int tokens = 0;
    int words = 0;
    for (String token : text.strip().split("\\s+")) {
      if (characters(token) == 0) {
        continue; // a mark or a quote alone
      }
      tokens++;
      if (token.codePoints().filter(Character::isLetter).count() >= WORD_LETTERS) {
        words++;
      }
    }
    return words < WORDS * tokens;
  }

  /**
   * The letters and digits of {@code token}: the direction marks the engine puts around numbers in
   * right-to-left text and stray quotes do not make a one-letter fragment a word.
   */
  private static long characters(String token) {
    return token.codePoints().filter(Character::isLetterOrDigit).count();
  }
}
