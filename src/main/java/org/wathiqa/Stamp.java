package org.wathiqa;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * @param fields what a register stamp records, by name ({@code number}, {@code date}); empty for others
 */
public record Stamp(String shape, String color, String text, String ringText, String centerText,
    double confidence, Box box, Map<String, Field> fields) {

  public Stamp {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(box, "box");
    text = text == null ? "" : text;
    fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** A stamp without fields. */
  public Stamp(String shape, String color, String text, String ringText, String centerText, double confidence,
      Box box) {
    this(shape, color, text, ringText, centerText, confidence, box, Map.of());
  }

  /** This stamp with {@code fields}. */
  public Stamp withFields(Map<String, Field> fields) {
    return new Stamp(shape, color, text, ringText, centerText, confidence, box, fields);
  }
}
