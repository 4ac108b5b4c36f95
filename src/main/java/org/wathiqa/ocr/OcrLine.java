package org.wathiqa.ocr;

import java.util.List;
import java.util.Objects;
import org.wathiqa.Box;

/**
 * A line as the engine read it, in pixels of the image it was given.
 *
 * @param text the line in logical order, trimmed
 * @param confidence between 0 and 1
 * @param box the line's bounding box in pixels of the recognised image
 * @param words the line's words in logical order, or none where the engine gives no words
 */
public record OcrLine(String text, double confidence, Box box, List<OcrWord> words) {
  public OcrLine {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(box, "box");
    words = List.copyOf(words);
  }

  /** A line without its words. */
  public OcrLine(String text, double confidence, Box box) {
    this(text, confidence, box, List.of());
  }

  /** This line shifted by {@code dx}, {@code dy}, words included. */
  public OcrLine moved(int dx, int dy) {
    List<OcrWord> shifted = new java.util.ArrayList<>(words.size());
    for (OcrWord w : words) {
      shifted.add(new OcrWord(w.text(), w.confidence(), w.box().moved(dx, dy)));
    }
    return new OcrLine(text, confidence, box.moved(dx, dy), shifted);
  }

  /** This line with every x and width multiplied by {@code across}, every y and height by {@code down}. */
  public OcrLine scaled(double across, double down) {
    List<OcrWord> out = new java.util.ArrayList<>(words.size());
    for (OcrWord w : words) {
      out.add(new OcrWord(w.text(), w.confidence(), scaled(w.box(), across, down)));
    }
    return new OcrLine(text, confidence, scaled(box, across, down), out);
  }

  private static Box scaled(Box b, double across, double down) {
    int x = (int) Math.round(b.x() * across);
    int y = (int) Math.round(b.y() * down);
    return new Box(x, y, Math.max(1, (int) Math.round(b.right() * across) - x),
        Math.max(1, (int) Math.round(b.bottom() * down) - y));
  }
}
