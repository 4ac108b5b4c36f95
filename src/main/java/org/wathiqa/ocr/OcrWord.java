package org.wathiqa.ocr;

import java.util.Objects;
import org.wathiqa.Box;

/**
 * A word as the engine read it, in pixels of the image it was given. Immutable and thread-safe.
 *
 * @param text the word in logical order, trimmed
 * @param confidence between 0 and 1
 * @param box the word's bounding box in pixels of the recognised image
 */
public record OcrWord(String text, double confidence, Box box) {
  public OcrWord {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(box, "box");
  }
}
