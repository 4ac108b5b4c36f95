package org.wathiqa.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Normalisation of Arabic text as read by OCR, for matching and for values.
 *
 * <p>The light form ({@link #light}) folds presentation forms by NFKC, turns Arabic-Indic and
 * Persian digits into ASCII, removes tatweel, harakat and bidi marks and collapses whitespace; it
 * keeps letters as they are and is meant for values. The matching form ({@link #normalize}) also
 * unifies alef forms and folds ى→ي, ة→ه, ؤ→و, ئ→ي, ی→ي, ک→ك; both forms have the same length.
 * Locale- and charset-independent. Stateless and thread-safe.
 *
 * <pre>{@code ArabicText.normalize("التـــاريخ: ١٢/٤/٢٠١٣") // "التاريخ: 12/4/2013"}</pre>
 */
public final class ArabicText {

  private ArabicText() {
  }

  /** The light form of {@code s}: for values. */
  public static String light(String s) {
    return map(s).light();
  }

  /** The matching form of {@code s}: for comparing with word lists and cues. */
  public static String normalize(String s) {
    return map(s).normalized();
  }

  /** {@code s} with Arabic-Indic and Persian digits replaced by ASCII digits, nothing else changed. */
  public static String asciiDigits(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      out.append(asciiDigit(s.charAt(i)));
    }
    return out.toString();
  }

  /** Both forms of {@code raw} with a map back to raw offsets. */
  public static MappedText map(String raw) {
    String text = raw == null ? "" : raw;
    LightBuilder light = new LightBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String folded = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
      for (int k = 0; k < folded.length(); k++) {
        light.add(asciiDigit(folded.charAt(k)), i);
      }
      i += Character.charCount(cp);
    }
    String l = light.text();
    return new MappedText(text, l, fold(l), light.toRaw());
  }

  /** Edit distance of {@code needle} to its best-matching stretch of {@code hay}. */
  public static int infixDistance(String needle, String hay) {
    int[] prev = new int[hay.length() + 1];
    int[] cur = new int[hay.length() + 1];
    for (int i = 1; i <= needle.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= hay.length(); j++) {
        int sub = prev[j - 1] + (needle.charAt(i - 1) == hay.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    int best = needle.length();
    for (int v : prev) {
      best = Math.min(best, v);
    }
    return best;
  }

  /** Edit (Levenshtein) distance between {@code a} and {@code b}. */
  public static int distance(CharSequence a, CharSequence b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * {@code normalized}, a word in its {@linkplain #normalize matching form}, with the letters that
   * differ only in their dots made one: the shapes OCR keeps when it misreads the dots, the commonest
   * misreading of Arabic print ("نوقمير" for نوفمبر, "ابزيل" for ابريل).
   */
  public static String skeleton(String normalized) {
    return eachLetter(normalized, ArabicText::dotless);
  }

  /** {@code text} with every character put through {@code letter}. */
  private static String eachLetter(String text, CharSwitch letter) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = letter.apply(chars[i]);
    }
    return new String(chars);
  }

  /** One character for another. */
  @FunctionalInterface
  private interface CharSwitch {
    char apply(char c);
  }

  private static char dotless(char c) {
    switch (c) {
      case 'ت': case 'ث': case 'ن': case 'ي':
        return 'ب';
      case 'ج': case 'خ':
        return 'ح';
      case 'ذ':
        return 'د';
      case 'ز':
        return 'ر';
      case 'ش':
        return 'س';
      case 'ض':
        return 'ص';
      case 'ظ':
        return 'ط';
      case 'غ':
        return 'ع';
      case 'ق':
        return 'ف';
      default:
        return c;
    }
  }

  /** Whether {@code c} is a letter of the Arabic script (base letters, not marks). */
  public static boolean isArabicLetter(char c) {
    return (c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3') || c == '\u06D5';
  }

  private static String fold(String light) {
    return eachLetter(light, ArabicText::foldLetter);
  }

  private static char foldLetter(char c) {
    switch (c) {
      case 'أ': case 'إ': case 'آ': case 'ٱ': case 'ٲ': case 'ٳ':
        return 'ا';
      case 'ى': case 'ی': case 'ئ': case 'ې':
        return 'ي';
      case 'ة': case 'ۃ':
        return 'ه';
      case 'ؤ':
        return 'و';
      case 'ک':
        return 'ك';
      default:
        return c;
    }
  }

  private static char asciiDigit(char c) {
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    return c == '\u066B' ? '.' : c == '\u066C' ? ',' : c;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isDropped(char c) {
    return isMark(c) || isBidiOrInvisible(c);
  }

  private static boolean isMark(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u06D6' && c <= '\u06ED')
        || c == '\u0640' || (c >= '\u0610' && c <= '\u061A');
  }

  private static boolean isBidiOrInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069') || c == '\u061C' || c == '\uFEFF';
  }

  /** Builds the light form one character at a time, collapsing whitespace; confined to one call. */
  private static final class LightBuilder {
    private final StringBuilder text;
    private int[] toRaw;
    private boolean pendingSpace;

    LightBuilder(int capacity) {
      text = new StringBuilder(capacity);
      toRaw = new int[Math.max(16, capacity * 2)];
    }

    void add(char c, int rawIndex) {
      if (isSpace(c)) {
        pendingSpace = text.length() > 0;
      } else if (!isDropped(c)) {
        if (pendingSpace) {
          append(' ', rawIndex);
          pendingSpace = false;
        }
        append(c, rawIndex);
      }
    }

    private void append(char c, int rawIndex) {
      if (text.length() == toRaw.length) {
        toRaw = Arrays.copyOf(toRaw, toRaw.length * 2);
      }
      toRaw[text.length()] = rawIndex;
      text.append(c);
    }

    String text() {
      return text.toString();
    }

    int[] toRaw() {
      return Arrays.copyOf(toRaw, Math.max(1, text.length()));
    }
  }
}
