package org.wathiqa.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Judges whether a PDF text layer reads as real text or is damaged: glyphs without a Unicode
 * mapping (U+FFFD, private-use codes), mis-decoded Arabic ("ÇáÌ" mojibake), letters mapped to
 * the wrong characters (no common word found), or lines in visual order (words that start with
 * final-only letters such as ة, or end with a reversed "ال").
 */
final class TextPlausibility {

  /** A verdict: whether to trust the layer and, if not, why (for logs and tests). */
  record Verdict(boolean plausible, String reason) {}

  /** Fewest letters and digits for a layer to count as text at all. */
  static final int MIN_CHARACTERS = 6;
  /** Largest share of characters that are no text (unmapped glyphs, control codes). */
  static final double MAX_GARBAGE = 0.03;
  /** Largest share of words that mix Arabic and Latin letters. */
  static final double MAX_MIXED_WORDS = 0.1;
  /** Arabic words from which the common-word test applies. */
  static final int LEXICAL_MIN_WORDS = 12;
  /** Smallest share of Arabic words that are common words or carry the article. */
  static final double MIN_KNOWN_WORDS = 0.15;

  /**
   * Very common Arabic words, in NFKC form without harakat. Function words and the vocabulary of
   * official letters; a correctly mapped text of a dozen words practically always holds some.
   */
  private static final Set<String> COMMON_WORDS = Set.of(
      "في", "من", "على", "إلى", "الى", "عن", "مع", "أن", "ان", "إن", "هذا", "هذه", "ذلك", "تلك",
      "كان", "كانت", "قد", "لا", "ما", "لم", "لن", "هو", "هي", "هم", "و", "أو", "او", "ثم", "بعد",
      "قبل", "بين", "حتى", "كل", "عند", "غير", "أي", "إلا", "الا", "منذ", "حيث", "كما", "لكن",
      "بل", "نحن", "أنا", "تم", "يتم", "رقم", "تاريخ", "السيد", "المحترم", "بناء", "وزارة",
      "يرجى", "طلب", "بيان", "مكتب", "فرع", "رئيس", "مدير", "لدى", "وقد", "وفي", "ومن",
      "به", "بها", "له", "لها", "فيه", "فيها", "منه", "منها", "عليه", "عليها", "الذي", "التي",
      "الذين", "يوم", "سنة", "عام", "تحية", "وبعد", "جانب", "نظرا", "ولا", "وهو", "وهي");

  private TextPlausibility() {}

  /** Judges the lines of one page. */
  static Verdict judge(List<String> lines) {
    String text = String.join("\n", lines);
    Counts c = Counts.of(text);
    if (c.lettersAndDigits < MIN_CHARACTERS) {
      return new Verdict(false, "only " + c.lettersAndDigits + " letters or digits");
    }
    if (c.garbage > MAX_GARBAGE * c.visible) {
      return new Verdict(false, c.garbage + " of " + c.visible + " characters are not text");
    }
    if (c.latin1Letters > 0.2 * c.letters) {
      return new Verdict(false, "mis-decoded text: " + c.latin1Letters + " of " + c.letters
          + " letters are Latin-1 accented letters");
    }
    return c.arabic >= c.latin ? judgeArabic(words(text)) : judgeLatin(words(text));
  }

  private static Verdict judgeArabic(List<String> words) {
    int mixed = 0;
    int known = 0;
    int forward = 0;
    int reversed = 0;
    List<String> arabic = new ArrayList<>();
    for (String w : words) {
      boolean hasArabic = w.chars().anyMatch(TextPlausibility::isArabicLetter);
      boolean hasLatin = w.chars().anyMatch(TextPlausibility::isLatinLetter);
      if (hasArabic && hasLatin) {
        mixed++;
      }
      if (!hasArabic) {
        continue;
      }
      String letters = lettersOnly(w);
      arabic.add(letters);
      known += isKnown(letters) ? 1 : 0;
      forward += forwardEvidence(letters);
      reversed += reversedEvidence(letters);
    }
    if (mixed > MAX_MIXED_WORDS * words.size()) {
      return new Verdict(false, mixed + " of " + words.size() + " words mix Arabic and Latin");
    }
    if (reversed >= 2 && reversed > forward) {
      return new Verdict(false, "visual-order text: " + reversed + " reversed word shapes against "
          + forward + " forward");
    }
    if (arabic.size() >= LEXICAL_MIN_WORDS && known < MIN_KNOWN_WORDS * arabic.size()) {
      return new Verdict(false, "only " + known + " of " + arabic.size()
          + " Arabic words are common words or carry the article");
    }
    return new Verdict(true, "arabic text, " + known + " of " + arabic.size() + " words known");
  }

  private static Verdict judgeLatin(List<String> words) {
    int long3 = 0;
    int voiced = 0;
    for (String w : words) {
      String letters = lettersOnly(w);
      if (letters.length() >= 3 && letters.chars().allMatch(TextPlausibility::isLatinLetter)) {
        long3++;
        voiced += letters.chars().anyMatch(ch -> "aeiouyAEIOUY".indexOf(ch) >= 0) ? 1 : 0;
      }
    }
    if (long3 >= 5 && voiced < 0.6 * long3) {
      return new Verdict(false, "only " + voiced + " of " + long3 + " Latin words have a vowel");
    }
    return new Verdict(true, "latin text");
  }

  static boolean isKnown(String word) {
    return COMMON_WORDS.contains(word) || (word.length() >= 4 && (word.startsWith("ال")
        || word.startsWith("وال") || word.startsWith("بال") || word.startsWith("لل")
        || word.startsWith("فال") || word.startsWith("كال")));
  }

  /** Shapes only right-to-left text has: the article at the start, ة or ى at the end. */
  private static int forwardEvidence(String w) {
    int n = w.length() >= 3 && w.startsWith("ال") ? 1 : 0;
    return n + (w.length() >= 2 && (w.endsWith("ة") || w.endsWith("ى")) ? 1 : 0);
  }

  /** The same shapes reversed: ة or ى starting a word, "لا" ending a long word. */
  private static int reversedEvidence(String w) {
    int n = w.length() >= 2 && (w.startsWith("ة") || w.startsWith("ى")) ? 1 : 0;
    return n + (w.length() >= 5 && w.endsWith("لا") ? 1 : 0);
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.split("\\s+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static String lettersOnly(String w) {
    StringBuilder b = new StringBuilder();
    w.codePoints().filter(Character::isLetter).forEach(b::appendCodePoint);
    return b.toString();
  }

  static boolean isArabicLetter(int c) {
    return (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || c == 0x06D5
        || c == 0x06EE || c == 0x06EF || (c >= 0x06FA && c <= 0x06FF);
  }

  static boolean isLatinLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Character classes of a text. */
  private record Counts(int visible, int letters, int lettersAndDigits, int arabic, int latin,
      int latin1Letters, int garbage) {

    static Counts of(String text) {
      int[] n = new int[7];
      text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c -> {
        n[0]++;
        n[1] += Character.isLetter(c) ? 1 : 0;
        n[2] += Character.isLetterOrDigit(c) ? 1 : 0;
        n[3] += isArabicLetter(c) ? 1 : 0;
        n[4] += isLatinLetter(c) ? 1 : 0;
        n[5] += c >= 0xC0 && c <= 0xFF && Character.isLetter(c) ? 1 : 0;
        n[6] += isGarbage(c) ? 1 : 0;
      });
      return new Counts(n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
    }

    private static boolean isGarbage(int c) {
      int type = Character.getType(c);
      return c == 0xFFFD || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
          || type == Character.CONTROL || type == Character.SURROGATE
          || (type == Character.FORMAT && c != 0x200C && c != 0x200D)
          || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
    }
  }
}
