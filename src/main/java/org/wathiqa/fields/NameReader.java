package org.wathiqa.fields;

import java.util.List;
import java.util.Set;

/**
 * Reads a person's name from a run of tokens: 2 to 4 parts (first, father, grandfather, family),
 * with عبد/أبو + the next word and بن/ابن + the next word as one part. Stops at punctuation,
 * digits, cue words, prose words; rejects institutions, places, ranks, titles and months.
 * Stateless and thread-safe.
 */
final class NameReader {
  static final int MIN_PARTS = 2;
  static final int MAX_PARTS = 4;
  private static final Set<String> JOINED_BEFORE = Set.of("عبد", "ابو", "ابي", "ام", "بو");
  private static final Set<String> JOINED_AFTER = Set.of("بن", "ابن", "بنت");
  /** Second halves of compound given names: نور الدين، فتح الله. */
  private static final Set<String> JOINED_TO_PREVIOUS = Set.of("الدين", "الله");
  private static final Set<String> ARTICLE_PREFIXES = Set.of("وال", "بال", "فال", "كال", "لل");
  private static final int MIN_PART_LETTERS = 2;
  /** Letters a part must have after the article ال: "الت" is a scrap of ink read as a word. */
  private static final int MIN_LETTERS_AFTER_ARTICLE = 2;
  /** Quote marks the engine reads from specks between the words of a name. */
  private static final String STRAY_QUOTES = "\"'\u201c\u201d\u2018\u2019`_";
  /** Marks the engine reads from specks between the parts of a name that ends its line. */
  private static final String SPECK_MARKS = ":.,،؛|";
  /** Stop words this long are recognised with one misread letter ("بثاريخ" for "بتاريخ"). */
  private static final int FUZZY_STOP_LETTERS = 6;

  private NameReader() {
  }

  /** A name found at tokens {@code [start, end)} with its number of parts. */
  record Span(int start, int end, int parts) {
  }

  /** The name starting exactly at {@code from}, or null. */
  static Span read(List<Token> t, int from) {
    return read(t, from, STRAY_QUOTES);
  }

  /**
   * The name starting exactly at {@code from} on a line that holds nothing after it (a signature):
   * there a colon, stop, comma or bar between its parts is a speck of a signature or stamp the
   * engine read as a mark ("هيثم منير: الأتاسي").
   */
  static Span readToLineEnd(List<Token> t, int from) {
    return read(t, from, STRAY_QUOTES + SPECK_MARKS);
  }

  /** {@code name} with the speck marks {@link #readToLineEnd} read through taken out. */
  static String withoutSpecks(String name) {
    return name.replaceAll("\\s*[" + SPECK_MARKS + "]\\s*", " ").strip();
  }

  private static Span read(List<Token> t, int from, String stray) {
    int i = from;
    int parts = 0;
    while (i < t.size() && parts < MAX_PARTS) {
      if (parts > 0 && isStray(t.get(i), stray) && i + 1 < t.size() && isLaterPart(t.get(i + 1))) {
        i++; // a quote mark the engine read into the middle of a name
      }
      int n = partLength(t, i, parts);
      if (n == 0) {
        break;
      }
      i += n;
      parts++;
      if (n == 1 && parts > 1 && endsName(t.get(i - 1).text())) {
        break;
      }
    }
    return parts >= MIN_PARTS && !t.get(from).text().startsWith("ال") ? new Span(from, i, parts) : null;
  }

  /**
   * A family name that is also a place or an office ("القصير", "القاضي", "المفتي") is taken as the
   * name's last part, never its first.
   */
  private static boolean endsName(String w) {
    return Lexicon.PLACES.contains(w) || w.startsWith("ال") && (Lexicon.RANKS.contains(w) || Lexicon.TITLES.contains(w));
  }

  /** Tokens taken by the name part at {@code i}: 0 if none, 1, or 2 for a joined part. */
  private static int partLength(List<Token> t, int i, int partsSoFar) {
    String w = t.get(i).text();
    if (isSplitLetter(t.get(i)) && i + 1 < t.size() && isPart(t.get(i + 1))) {
      return 2; // "أ حمد": the engine split the word after its first letter
    }
    boolean joinsNext = JOINED_BEFORE.contains(w) || JOINED_AFTER.contains(w) && partsSoFar > 0;
    if (joinsNext && i + 1 < t.size() && isPart(t.get(i + 1))) {
      return 2;
    }
    boolean part = isAliReadAsAla(t.get(i), partsSoFar)
        || (partsSoFar == 0 ? isPart(t.get(i)) : isLaterPart(t.get(i)));
    if (!part || JOINED_AFTER.contains(w)) {
      return 0;
    }
    return i + 1 < t.size() && JOINED_TO_PREVIOUS.contains(t.get(i + 1).text()) ? 2 : 1;
  }

  /** A lone letter that cannot stand alone: the engine split a word after it (و is a word). */
  private static boolean isSplitLetter(Token token) {
    String w = token.text();
    return token.isWord() && w.length() == 1 && !w.equals("و") && isArabic(w);
  }

  private static boolean isStray(Token token, String marks) {
    return token.kind() == Token.Kind.PUNCT && marks.indexOf(token.text().charAt(0)) >= 0;
  }

  /**
   * {@code name} as read with the spaces the engine put after a word's first letter removed:
   * "أ حمد بشير" is "أحمد بشير"; a letter alone before a word that opens with the article cannot
   * begin that word, and ends the word before it: "ساه ر الأتاسي" is "ساهر الأتاسي".
   */
  static String mended(String name) {
    return name.replaceAll("(\\p{IsArabic}{2})\\s([\\p{IsArabic}&&[^و]])\\s(?=ال)", "$1$2 ")
        .replaceAll("(^|\\s)([\\p{IsArabic}&&[^و]])\\s(?=\\p{IsArabic}{2})", "$1$2")
        .replaceAll("\\s*[" + STRAY_QUOTES + "]\\s*", " ").strip();
  }

  /**
   * OCR writes the name علي as the preposition على: as a first or second part (right after a cue
   * or a first name) it is the name; later it ends the name.
   */
  private static boolean isAliReadAsAla(Token token, int partsSoFar) {
    return partsSoFar <= 1 && token.light().equals("على");
  }

  /** After the first part a family name may also be a place or a definite office word. */
  private static boolean isLaterPart(Token token) {
    return isPart(token) || isWordPart(token) && endsName(token.text());
  }

  private static boolean isWordPart(Token token) {
    String w = token.text();
    return token.isWord() && w.length() >= MIN_PART_LETTERS && isArabic(w)
        && (!w.startsWith("ال") || w.length() >= 2 + MIN_LETTERS_AFTER_ARTICLE) && !isStop(w)
        && !Lexicon.LIGHT_STOPS.contains(token.light()) && !isCue(w) && !isMonthWord(w) && !isInstitution(w)
        && !hasArticlePrefix(w);
  }

  /** Whether the token can be part of a person's name. */
  static boolean isPart(Token token) {
    String w = token.text();
    return isWordPart(token) && !Lexicon.RANKS.contains(w) && !Lexicon.TITLES.contains(w) && !Lexicon.PLACES.contains(w);
  }

  static boolean isStop(String w) {
    String bare = Lexicon.withoutPrefix(w);
    return Lexicon.NAME_STOPS.contains(w) || bare != null && Lexicon.NAME_STOPS.contains(bare)
        || w.length() >= FUZZY_STOP_LETTERS && Lexicon.NAME_STOPS.fuzzyValue(w) != null;
  }

  static boolean isCue(String w) {
    String bare = Lexicon.withoutPrefix(w);
    return Lexicon.NAME_CUES.contains(w) || bare != null && Lexicon.NAME_CUES.contains(bare)
        || Lexicon.SUBJECT_CUES.contains(w) || Lexicon.REFERENCE_CUES.contains(w) || Lexicon.DATE_CUES.contains(w);
  }

  /** Gregorian month names (and the first word of two-word ones) are never name parts. */
  private static boolean isMonthWord(String w) {
    return Lexicon.GREGORIAN_MONTHS.contains(w) || w.equals("كانون") || w.equals("تشرين");
  }

  static boolean isInstitution(String w) {
    String bare = Lexicon.bare(w);
    return Lexicon.INSTITUTION_KINDS.contains(w) || Lexicon.INSTITUTION_KINDS.contains(bare)
        || bare.length() >= 5 && Lexicon.INSTITUTION_KINDS.fuzzyValue(bare) != null;
  }

  private static boolean hasArticlePrefix(String w) {
    for (String p : ARTICLE_PREFIXES) {
      if (w.startsWith(p) && w.length() > p.length() + 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean isArabic(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!org.wathiqa.text.ArabicText.isArabicLetter(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
