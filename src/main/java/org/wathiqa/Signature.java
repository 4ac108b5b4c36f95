package org.wathiqa;

import java.util.Objects;

/**
 * A handwritten signature mark found on a page.
 *
 * <p>Immutable and thread-safe.
 *
 * @param box where the mark sits on the page, in pixels of the page as read
 * @param confidence between 0 and 1
 */
public record Signature(Box box, double confidence) {
  public Signature {
    Objects.requireNonNull(box, "box");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be between 0 and 1, got " + confidence);
    }
  }
}
