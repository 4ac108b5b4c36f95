package org.wathiqa.internal;

/**
 * Makes text safe for a one-line log or error message: control characters (line breaks, tabs,
 * terminal escapes) and line or paragraph separators are written as backslash escapes (a line feed
 * as {@code \n}, others as a backslash, {@code u} and four hex digits), so a file name or a PDF's
 * own text can neither break a line nor drive the terminal. Not part of the API.
 *
 * <p>Stateless and thread-safe.
 */
public final class OneLine {
  private OneLine() {}

  /** {@code text} with every control character escaped; null stays null. */
  public static String of(String text) {
    if (text == null || text.codePoints().noneMatch(OneLine::unsafe)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> append(out, c));
    return out.toString();
  }

  /** The string form of {@code value} made one line, e.g. a {@code Path}; null stays "null". */
  public static String of(Object value) {
    return of(String.valueOf(value));
  }

  private static boolean unsafe(int c) {
    return Character.isISOControl(c) || c == 0x2028 || c == 0x2029;
  }

  private static void append(StringBuilder out, int c) {
    switch (c) {
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> {
        if (unsafe(c)) {
          out.append(String.format("\\u%04x", c));
        } else {
          out.appendCodePoint(c);
        }
      }
    }
  }
}
