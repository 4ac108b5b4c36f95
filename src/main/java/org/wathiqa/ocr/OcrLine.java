package org.wathiqa.ocr;

import java.util.Objects;
import org.wathiqa.Box;

/**
 * A line as the engine read it, in pixels of the image it was given.
 *
 * @param text the line in logical order, trimmed
 * @param confidence between 0 and 1
 * @param box the line's bounding box in pixels of the recognised image
 */
public record OcrLine(String text, double confidence, Box box) {
  public OcrLine {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(box, "box");
  }
}
