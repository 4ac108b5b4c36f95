package org.wathiqa.stamp;

import java.util.List;
import org.wathiqa.ocr.OcrLine;

/**
 * What the engine read in one part of a stamp.
 *
 * @param text the lines joined by spaces, in logical order
 * @param confidence the mean line confidence weighted by length, between 0 and 1
 */
record Reading(String text, double confidence) {
  static final Reading NONE = new Reading("", 0);

  static Reading of(List<OcrLine> lines) {
    StringBuilder text = new StringBuilder();
    double weighted = 0;
    int chars = 0;
    for (OcrLine line : lines) {
      if (line.text().isBlank()) {
        continue;
      }
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(line.text());
      weighted += line.confidence() * line.text().length();
      chars += line.text().length();
    }
    return chars == 0 ? NONE : new Reading(text.toString(), weighted / chars);
  }

  /** Mean length in letters of the words read; noise read as text breaks into short words. */
  double meanWordLength() {
    int words = 0;
    int letters = 0;
    for (String word : text.split("\\s+")) {
      long n = word.chars().filter(Character::isLetter).count();
      if (n > 0) {
        words++;
        letters += (int) n;
      }
    }
    return words == 0 ? 0 : (double) letters / words;
  }

  boolean isEmpty() {
    return text.isEmpty();
  }
}
