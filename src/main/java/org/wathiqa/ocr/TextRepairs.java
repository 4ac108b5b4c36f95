package org.wathiqa.ocr;

import java.util.regex.Pattern;

/**
 * Repairs three ways the engine writes Arabic lines out of logical order, apart or with marks they
 * do not have. Stateless and thread-safe.
 *
 * <ul>
 *   <li>A list number opening a line ("٣- وليد") is a left-to-right run inside right-to-left text;
 *       the engine writes it in its visual order, dash first ("-٣ وليد"). It is put back after the
 *       number.
 *   <li>The article ال comes apart from its word, after its alef ("ا لجمهورية") or whole ("ال محمد");
 *       neither a lone alef nor a lone article is a word, so the parts are joined again.
 *   <li>A long joining stroke inside a word (a kashida) is read as an underscore ("ي_وسف"); it is
 *       written as the tatweel it is, which normalisation drops.
 * </ul>
 */
public final class TextRepairs {
  private static final Pattern LIST_NUMBER = Pattern.compile(
      "^([\u200e\u200f\u061c]*)([-\u2013.)]+)([0-9\u0660-\u0669\u06f0-\u06f9]{1,2})([\u200e\u200f\u061c]*)(?=\\s+\\p{IsArabic})");
  private static final Pattern SPLIT_ARTICLE = Pattern.compile("(^|\\s)\u0627\\s+(?=\u0644\\p{IsArabic})");
  private static final Pattern KASHIDA = Pattern.compile("(?<=\\p{IsArabic})_+(?=\\p{IsArabic})");
  private static final Pattern LONE_ARTICLE = Pattern.compile("(^|\\s)\u0627\u0644\\s+(?=\\p{IsArabic}{2})");

  private TextRepairs() {}

  /** {@code line} with its list number in reading order, split articles joined and kashidas restored. */
  public static String repaired(String line) {
    String out = LIST_NUMBER.matcher(line).replaceFirst("$1$3$2$4");
    out = KASHIDA.matcher(out).replaceAll("\u0640");
    out = SPLIT_ARTICLE.matcher(out).replaceAll("$1\u0627");
    return LONE_ARTICLE.matcher(out).replaceAll("$1\u0627\u0644");
  }
}
