package org.wathiqa.text;

/**
 * A line of text in its light and matching forms, with a map from their offsets back to the raw
 * text as read.
 *
 * <p>The light form ({@link ArabicText#light}) and the matching form ({@link ArabicText#normalize})
 * have the same length, so an offset found in one is valid in the other. Immutable and thread-safe.
 */
public final class MappedText {
  private final String raw;
  private final String light;
  private final String normalized;
  private final int[] toRaw;

  MappedText(String raw, String light, String normalized, int[] toRaw) {
    this.raw = raw;
    this.light = light;
    this.normalized = normalized;
    this.toRaw = toRaw;
  }

  /** The text as read. */
  public String raw() {
    return raw;
  }

  /** The light form: letters as read, ASCII digits, no marks, whitespace collapsed. */
  public String light() {
    return light;
  }

  /** The matching form: the light form with alef forms, ى, ة, ؤ and ئ folded. */
  public String normalized() {
    return normalized;
  }

  /** Offset in the raw text of the character at {@code index} of the light/matching form. */
  public int rawIndex(int index) {
    return toRaw[index];
  }

  /**
   * The raw text behind the light/matching range {@code [start, end)}, or an empty string for an
   * empty range.
   */
  public String rawSubstring(int start, int end) {
    if (start >= end) {
      return "";
    }
    int from = toRaw[start];
    int to = toRaw[end - 1];
    return raw.substring(from, to + Character.charCount(raw.codePointAt(to))).strip();
  }

  /** The light text of the range {@code [start, end)}, stripped. */
  public String lightSubstring(int start, int end) {
    return light.substring(start, end).strip();
  }
}
