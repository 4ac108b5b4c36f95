package org.wathiqa;

import java.util.Objects;

/**
 * An ink stamp found on a page.
 *
 * <p>Immutable and thread-safe.
 *
 * @param shape {@code "round"}, {@code "oval"} or {@code "rect"}
 * @param color the ink colour as {@code #rrggbb}
 * @param text everything read in the stamp: ring text first, then centre text
 * @param ringText the text around the ring of a round stamp, or null
 * @param centerText the text inside the ring (or the whole text of a rectangular stamp), or null
 * @param confidence between 0 and 1
 * @param box where the stamp sits on the page
 */
public record Stamp(String shape, String color, String text, String ringText, String centerText,
    double confidence, Box box) {

  public Stamp {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(box, "box");
    text = text == null ? "" : text;
  }
}
