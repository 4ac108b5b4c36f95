package org.wathiqa;

import java.util.Objects;

/**
 * One printed line of a page, in logical (reading) order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the line's text in logical order, never null
 * @param confidence recognition confidence between 0 and 1 (1 for a PDF text layer)
 * @param box where the line sits on the page
 */
public record Line(String text, double confidence, Box box) {

  public Line {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(box, "box");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be within [0, 1], got " + confidence);
    }
  }
}
