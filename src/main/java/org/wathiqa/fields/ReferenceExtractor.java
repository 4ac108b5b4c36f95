package org.wathiqa.fields;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.wathiqa.Field;

/**
 * Reads the document's reference number after الرقم / رقم الكتاب / العدد / رقم الصادر / الرقم
 * العام: ASCII digits, no spaces around {@code /}, letter codes kept in logical order
 * ({@code ٤٥٧٢/ص} → {@code 4572/ص}, {@code 312 / ق ط} → {@code 312/ق ط}). Thread-safe.
 */
final class ReferenceExtractor {
  private static final int MAX_CODE_LETTERS = 2;
  private static final int MAX_CODE_WORDS = 3;
  private static final int MAX_NUMBER_DIGITS = 8;
  private static final double FUZZY_CUE = 0.85;
  private static final double REPAIRED = 0.6;
  private static final double CUE_AFTER = 0.8;
  private static final double MIXED_DIGITS = 0.5;
  private static final double CODE_FIRST = 0.8;
  private static final String SEPARATORS = "/\\|-";
  /** Marks the engine reads from specks between a number and its separator. */
  private static final List<String> STRAY_MARKS = List.of("(", ")", "[", "]", "؛", ";", ",", "،", ".");
  /** Shortest digit run taken for a repeat of the run before it. */
  private static final int MIN_REPEAT = 2;
  /**
   * Fewest digits of a number a code glued to it (or after a lam read with a space) is taken to
   * follow: one or two digits and a letter ("5ش", "12د") are more often a longer number misread.
   */
  private static final int MIN_GLUED_DIGITS = 3;
  /**
   * Most digits of a number after a code whose two pieces, the line ending after them, are joined
   * (last piece first, as the engine gives a right-to-left line): a longer reading is more often a
   * number and a stray digit than one number.
   */
  private static final int MAX_SPLIT_DIGITS = 4;

  private final Clock clock;

  ReferenceExtractor(Clock clock) {
    this.clock = clock;
  }

  /** The reference number, or null when there is none or what OCR left of it is not credible. */
  Field extract(Doc doc) {
    int thisYear = LocalDate.now(clock).getYear();
    for (DocLine line : doc.header()) {
      Found f = findOnLine(line);
      if (f != null) {
        f = withSplitYear(line, f, thisYear);
        boolean repaired = repairYear(f.items);
        boolean complete = endsInYear(line, f, thisYear) || isComplete(line, f);
        return complete && hasPlausibleYear(f.items) && !isLoneDigit(f.items) ? f.toField(line, repaired) : null;
      }
    }
    return null;
  }

  /**
   * {@code f} with its year whole where the engine split it in two ("٩٩٤٦/ص/١٢ ٢٠" for
   * ٩٩٤٦/ص/٢٠١٢): the pieces come last piece first, as the words of a right-to-left line do, and
   * are joined in page order when that makes a year.
   */
  private static Found withSplitYear(DocLine line, Found f, int thisYear) {
    List<Token> t = line.tokens();
    List<Item> items = f.items;
    Item last = items.get(items.size() - 1);
    if (!inYearSlot(items) || f.end >= t.size() || !t.get(f.end).isNumber()) {
      return f;
    }
    String joined = t.get(f.end).text() + last.digits;
    if (joined.length() != 4 || !isYear(joined, thisYear)) {
      return f;
    }
    items.set(items.size() - 1, new Item(joined, true, last.start, f.end + 1, true));
    return new Found(f.cue, f.cueLength, f.start, f.end + 1, items, f.certainty);
  }

  /** Whether the last part follows a letter code after a number: where a reference puts its year. */
  private static boolean inYearSlot(List<Item> items) {
    return items.size() >= 3 && items.get(items.size() - 1).number && !items.get(items.size() - 2).number;
  }

  /**
   * A value that ends in a letter code and a year is whole whatever the line goes on with
   * ("2596/ق/2017 7 جد": specks read after it), unless a separator follows.
   */
  private static boolean endsInYear(DocLine line, Found f, int thisYear) {
    Item last = f.items.get(f.items.size() - 1);
    boolean separatorNext = f.end < line.tokens().size() && isSeparator(line.tokens().get(f.end));
    return inYearSlot(f.items) && last.digits.length() == 4 && isYear(last.digits, thisYear) && !separatorNext;
  }

  /**
   * A single digit and nothing else is what is left of a number OCR lost; a serial number does
   * not start with 0 (a misread Arabic-Indic zero or a stray dot).
   */
  private static boolean isLoneDigit(List<Item> items) {
    Item first = items.get(0);
    boolean leadingZero = first.number && first.digits.length() > 1 && first.digits.charAt(0) == '0';
    return leadingZero || items.size() == 1 && first.number && first.digits.length() == 1;
  }

  /**
   * A code or number glued right after the value means OCR lost a separator: the reading is partial.
   * One letter glued to the number that ends a value with a code, and ending the line, is a speck.
   */
  private static boolean isComplete(DocLine line, Found f) {
    List<Token> t = line.tokens();
    if (f.end >= t.size() || f.end < f.start) {
      return true;
    }
    Token next = t.get(f.end);
    boolean glued = next.start() == t.get(f.end - 1).end();
    Item last = f.items.get(f.items.size() - 1);
    if (next.isNumber() && last.number && isRepeat(last.digits, next.text())
        && (f.end + 1 >= t.size() || !t.get(f.end + 1).isNumber() && !isSeparator(t.get(f.end + 1)))) {
      f.items.set(f.items.size() - 1, new Item(last.digits, true, last.start, last.end, true));
      return true; // "م/٧٥١٣ ٧٥١": the end of the number read again
    }
    if (glued && next.isWord() && next.text().length() == 1 && last.number && Cues.skipPunct(t, f.end + 1) >= t.size()
        && f.items.stream().anyMatch(it -> !it.number)) {
      f.items.set(f.items.size() - 1, new Item(last.digits, true, last.start, last.end, true));
      return true; // "ط ش/٤٣٣٧ع": a speck at the line's end read as a letter; the code is already there
    }
    if (isSeparator(next) && Cues.skipPunct(t, f.end) >= t.size() && last.number) {
      f.items.set(f.items.size() - 1, new Item(last.digits, true, last.start, last.end, true));
      return true; // "ص/٤٨١٦/": a stroke after the number ends the line; nothing was read after it
    }
    return !(next.isNumber() || glued && next.isWord() || isSeparator(next));
  }

  /**
   * A last part of three digits or more after a letter code is a year; an impossible one, or one
   * with a lost digit ("017"), means misread digits.
   */
  private boolean hasPlausibleYear(List<Item> items) {
    Item last = items.get(items.size() - 1);
    boolean yearSlot = items.size() >= 3 && last.number && last.digits.length() >= 3 && !items.get(items.size() - 2).number;
    return !yearSlot || last.digits.length() == 4 && isYear(last.digits, LocalDate.now(clock).getYear());
  }

  /** The reference on the line as tokens {@code [start, end)} with its cue, or null. */
  static Found findOnLine(DocLine line) {
    List<Token> t = line.tokens();
    for (int i = 0; i < t.size(); i++) {
      int n = t.get(i).isWord() ? Lexicon.REFERENCE_CUES.match(t, i) : 0;
      if (n > 0 && acceptableCue(line, i, n)) {
        Found f = readAfter(line, i, n);
        f = f != null ? f : readBefore(line, i, n);
        if (f != null) {
          return f;
        }
      }
    }
    return null;
  }

  private static boolean acceptableCue(DocLine line, int i, int n) {
    List<Token> t = line.tokens();
    if (i > 0 && t.get(i - 1).isWord() && Lexicon.REGISTER_CUES.contains(t.get(i - 1).text())) {
      return false;
    }
    boolean bare = n == 1 && t.get(i).is("رقم");
    return !bare || i == 0 || t.get(i - 1).kind() == Token.Kind.PUNCT;
  }

  private static Found readAfter(DocLine line, int cue, int n) {
    List<Token> t = line.tokens();
    int start = skipCuePunct(t, cue + n);
    double certainty = exactCue(t, cue, n) ? 1.0 : FUZZY_CUE;
    if (start + 1 < t.size() && t.get(start).isWord() && !isCodeWord(t.get(start))
        && (t.get(start + 1).is(":") || t.get(start + 1).isNumber())) {
      start = skipCuePunct(t, start + 1);
      certainty = FUZZY_CUE;
    }
    List<Item> items = readItems(t, start);
    return items == null ? null : new Found(cue, n, start, items.get(items.size() - 1).end, items, certainty);
  }

  /** OCR may put the value before its cue: "٤٥٧٢/ص :الرقم". */
  private static Found readBefore(DocLine line, int cue, int n) {
    List<Token> t = line.tokens();
    int end = cue;
    while (end > 0 && t.get(end - 1).is(":")) {
      end--;
    }
    int start = end;
    while (start > 0 && !t.get(start - 1).is(":") && (t.get(start - 1).isNumber() || isSeparator(t.get(start - 1))
        || isCodeWord(t.get(start - 1)))) {
      start--;
    }
    List<Item> items = start < end ? readItems(t.subList(0, end), start) : null;
    return items == null || items.get(items.size() - 1).end != end ? null
        : new Found(cue, n, start, end, items, CUE_AFTER);
  }

  private static boolean exactCue(List<Token> t, int cue, int n) {
    return Lexicon.REFERENCE_CUES.matchExact(t, cue) == n;
  }

  private static int skipCuePunct(List<Token> t, int at) {
    int i = at;
    while (i < t.size() && t.get(i).kind() == Token.Kind.PUNCT) {
      i++;
    }
    return i;
  }

  /** Numbers and letter codes joined by separators, starting with a number; null if none. */
  static List<Item> readItems(List<Token> t, int start) {
    List<Item> items = new ArrayList<>();
    int i = start;
    Item first = numberAt(t, i);
    first = first != null ? first : codeBeforeNumber(t, i);
    if (first == null) {
      return null;
    }
    items.add(first);
    i = first.end;
    Item code = first.number ? codeAfterLostSlash(t, i, first.digits) : null;
    if (code != null) {
      items.add(code);
      i = code.end;
    }
    while (i + 2 < t.size() && isStrayMark(t.get(i)) && isSeparator(t.get(i + 1))) {
      i++;
    }
    while (i + 1 < t.size() && isSeparator(t.get(i))) {
      while (i + 2 < t.size() && isSeparator(t.get(i + 1))) {
        i++; // "٨٢٧٩//س", "8122/|س": one separator read twice
      }
      // a speck read as a mark after it, before a code or after one ("٩١٣٣/,ص", "١٠١٤/م ع/.٢٠١٤"); not
      // between numbers, where it may stand for a lost code ("2013/,2/1610" for 1610/ص/2013 read backwards)
      boolean speck = speckAfter(t, i) && (t.get(i + 2).isWord() || !items.get(items.size() - 1).number);
      int at = speck ? i + 2 : i + 1;
      boolean stroke = isStrokeBeforeNumber(t, at);
      Item next = numberAt(t, stroke ? at + 1 : at);
      next = next != null && stroke ? next.asMended() : next;
      next = next != null ? next : codeAt(t, at, items.get(items.size() - 1).number);
      next = next != null && speck ? next.asMended() : next;
      if (next == null) {
        break;
      }
      items.add(next);
      i = next.end;
    }
    Item last = items.get(items.size() - 1);
    boolean endsValue = i + 1 >= t.size() || !t.get(i + 1).isNumber() && !isSeparator(t.get(i + 1));
    String whole = last.number && i < t.size() && t.get(i).isNumber() && endsValue
        ? overlapped(last.digits, t.get(i).text()) : null;
    boolean afterCode = items.size() > 1 && !items.get(items.size() - 2).number;
    if (whole == null && afterCode && last.number && i < t.size() && t.get(i).isNumber()
        && Cues.skipPunct(t, i + 1) >= t.size() && last.digits.length() + t.get(i).text().length() <= MAX_SPLIT_DIGITS) {
      whole = t.get(i).text() + last.digits; // "د/833 1" for د/1833: the number's pieces last first, ending the line
    }
    if (whole != null) {
      items.set(items.size() - 1, new Item(whole, true, last.start, i + 1, true));
    }
    return items;
  }

  /**
   * The number that {@code digits} and the {@code run} read after them are two overlapping views of,
   * or null: the engine reads the end of a number alone before the number ("٤ ٣١٣٤" for 3134), or
   * reads it as two windows that share digits ("٩٤٣ ٧٩٤" for 7943).
   */
  private static String overlapped(String digits, String run) {
    if (digits.length() < run.length() && (run.startsWith(digits) || run.endsWith(digits))) {
      return run;
    }
    for (int k = Math.min(digits.length(), run.length()) - 1; k >= MIN_REPEAT; k--) {
      if (run.endsWith(digits.substring(0, k))) {
        return run + digits.substring(k);
      }
    }
    return null;
  }

  /**
   * The letter code right after a number whose separator the engine lost, or null: the separator
   * read as a lam before the code's first letter ("١٩٦٧لم ع", "٣٤٩٦ لم" for ١٩٦٧/م ع, ٣٤٩٦/م),
   * dropped between the number and a code glued to it ("٤٥٩٤ط ش" for ٤٥٩٤/ط ش), or dropped before a
   * code of single letters that ends the line ("٩٦٣٠ م ع"). A code the value may go on after
   * (glued, or after a lam read with a space) must end the line or come before a separator and a
   * number, and follow a number of {@link #MIN_GLUED_DIGITS} digits or more.
   */
  private static Item codeAfterLostSlash(List<Token> t, int i, String number) {
    if (i >= t.size() || !t.get(i).isWord()) {
      return null;
    }
    Token word = t.get(i);
    String text = word.text();
    boolean glued = word.start() == t.get(i - 1).end();
    boolean lam = text.charAt(0) == 'ل' && text.length() > 1 && text.length() <= MAX_CODE_LETTERS + 1;
    boolean longNumber = number.length() >= MIN_GLUED_DIGITS;
    if (lam && (glued || longNumber && text.length() == 2 && endsValue(t, codeEnd(t, i)))) {
      return new Item(null, false, i, codeEnd(t, i), true, true);
    }
    if (glued && longNumber && isCodeWord(word) && !isAlef(text.charAt(0)) && endsValue(t, codeEnd(t, i))) {
      return new Item(null, false, i, codeEnd(t, i), true);
    }
    int end = i;
    while (end < t.size() && end - i < MAX_CODE_WORDS && t.get(end).isWord() && t.get(end).text().length() == 1
        && !isAlef(t.get(end).text().charAt(0))) {
      end++;
    }
    boolean endsLine = end > i && Cues.skipPunct(t, end) >= t.size();
    return !glued && endsLine && number.length() >= MIN_REPEAT ? new Item(null, false, i, end, true) : null;
  }

  /** Where a code whose first word is token {@code i} ends: after the code words that follow it. */
  private static int codeEnd(List<Token> t, int i) {
    Item rest = codeAt(t, i + 1);
    return rest == null ? i + 1 : Math.min(rest.end, i + MAX_CODE_WORDS);
  }

  /** Whether a value may end before token {@code i}: the line ends there, or a separator and a number follow. */
  private static boolean endsValue(List<Token> t, int i) {
    return Cues.skipPunct(t, i) >= t.size() || i + 1 < t.size() && isSeparator(t.get(i)) && t.get(i + 1).isNumber();
  }

  /** A stroke of the separator read as an alef glued to the number after it ("ص//ا٢٠١٧"). */
  private static boolean isStrokeBeforeNumber(List<Token> t, int i) {
    return i + 1 < t.size() && t.get(i).isWord() && t.get(i).text().length() == 1 && isAlef(t.get(i).text().charAt(0))
        && t.get(i + 1).isNumber() && t.get(i).end() == t.get(i + 1).start();
  }

  /** A letter code written before the number ("ص/4572"): kept as read. */
  private static Item codeBeforeNumber(List<Token> t, int i) {
    Item code = codeAt(t, i);
    if (code == null) {
      return null;
    }
    int next = code.end;
    while (next + 1 < t.size() && isSeparator(t.get(next)) && isSeparator(t.get(next + 1))) {
      next++; // "ط ش//٤٣٣٧": one separator read twice
    }
    int number = speckAfter(t, next) ? next + 2 : next + 1;
    boolean numberFollows = number < t.size() && isSeparator(t.get(next)) && t.get(number).isNumber();
    return numberFollows ? code : null;
  }

  /**
   * A digit run, joining runs OCR split with a space when a separator follows. The engine gives the
   * words of a right-to-left line from right to left, so the pieces of a number written left to right
   * come last piece first ("٤٧٨ ٢/م" for ٢٤٧٨/م) and are joined in the order they stand on the page.
   */
  private static Item numberAt(List<Token> t, int i) {
    if (i >= t.size() || !t.get(i).isNumber()) {
      return null;
    }
    StringBuilder digits = new StringBuilder(t.get(i).text());
    int end = i + 1;
    boolean repeated = false;
    while (end + 1 < t.size() && t.get(end).isNumber() && isSeparator(t.get(end + 1))
        && digits.length() + t.get(end).text().length() <= MAX_NUMBER_DIGITS) {
      String run = t.get(end).text();
      if (isRepeat(digits.toString(), run)) {
        repeated = true; // "٣٢٩٥ ٣٢٩": the engine read the same digits twice
      } else if (isRepeat(run, digits.toString())) {
        digits.replace(0, digits.length(), run); // "٢٢١ ٣٢٢١/": the end read again before the number
        repeated = true;
      } else {
        digits.insert(0, run);
      }
      end++;
    }
    return digits.length() <= MAX_NUMBER_DIGITS ? new Item(digits.toString(), true, i, end, repeated) : null;
  }

  /** Whether {@code run}, read after {@code digits}, repeats part of them rather than continuing them. */
  private static boolean isRepeat(String digits, String run) {
    return run.length() >= MIN_REPEAT && run.length() < digits.length() && digits.contains(run);
  }

  /** Whether a stray mark follows the separator at {@code separator}, and something follows it. */
  private static boolean speckAfter(List<Token> t, int separator) {
    return separator + 2 < t.size() && isStrayMark(t.get(separator + 1));
  }

  /** A mark the engine read from a speck between a number and its separator: "٢٩٥٩)/م", "٤٢٣؛/ق". */
  private static boolean isStrayMark(Token token) {
    return token.kind() == Token.Kind.PUNCT && STRAY_MARKS.contains(token.text());
  }

  /** A letter code: up to three words of at most two letters ("ص", "س ت", "ق ط"). */
  private static Item codeAt(List<Token> t, int i) {
    return codeAt(t, i, false);
  }

  /**
   * A letter code; {@code afterNumber}, it follows a number and its separator, and a first word of
   * two letters with an alef read between them is taken too ({@link #isSplitByAlef}).
   */
  private static Item codeAt(List<Token> t, int i, boolean afterNumber) {
    int end = i;
    int words = 0;
    while (end < t.size() && words < MAX_CODE_WORDS && (isCodeWord(t.get(end))
        || afterNumber && end == i && t.get(end).isWord() && isSplitByAlef(t.get(end).text()))) {
      end++;
      words++;
      if (end + 1 < t.size() && t.get(end).is(".") && isCodeWord(t.get(end + 1))) {
        end++; // "ط.ش": a speck or a stop between the letters of a code
      }
    }
    return end == i ? null : new Item(null, false, i, end, false);
  }

  private static boolean isCodeWord(Token token) {
    return token.isWord() && token.text().length() <= MAX_CODE_LETTERS;
  }

  /**
   * Whether {@code word} is two letters with an alef read between them ("سات" for س ت): an alef
   * joins nothing after it, so the gap between two code letters, or a speck in it, reads as one.
   */
  private static boolean isSplitByAlef(String word) {
    return word.length() == MAX_CODE_LETTERS + 1 && isAlef(word.charAt(1)) && !isAlef(word.charAt(0))
        && !isAlef(word.charAt(2));
  }

  /** {@code code} with each word of two letters split by an alef given as the two letters. */
  private static String withoutAlefBetween(String code) {
    StringBuilder out = new StringBuilder();
    for (String w : code.split(" ")) {
      out.append(out.length() > 0 ? " " : "").append(isSplitByAlef(w) ? w.charAt(0) + " " + w.charAt(2) : w);
    }
    return out.toString();
  }

  private static boolean isSeparator(Token token) {
    return token.kind() == Token.Kind.PUNCT && SEPARATORS.contains(token.text());
  }

  /**
   * OCR reversed the digit runs and their order when the year slot is no plausible year but the
   * first part, read backwards, is one ("5102/م/2431" for "1342/م/2015"): undo both. Returns
   * whether it repaired.
   */
  private boolean repairYear(List<Item> items) {
    Item first = items.get(0);
    Item last = items.get(items.size() - 1);
    int thisYear = LocalDate.now(clock).getYear();
    boolean fourDigitEnds = items.size() >= 3 && first.number && last.number && first.digits.length() == 4
        && last.digits.length() == 4;
    if (!fourDigitEnds || isYear(last.digits, thisYear) || !isYear(reversed(first.digits), thisYear)) {
      return false;
    }
    List<Item> repaired = new ArrayList<>();
    for (int k = items.size() - 1; k >= 0; k--) {
      Item it = items.get(k);
      repaired.add(it.number ? new Item(reversed(it.digits), true, it.start, it.end, it.mended) : it);
    }
    items.clear();
    items.addAll(repaired);
    return true;
  }

  private static String reversed(String digits) {
    return new StringBuilder(digits).reverse().toString();
  }

  private static boolean isYear(String digits, int thisYear) {
    int y = Integer.parseInt(digits);
    return y >= DateParser.MIN_GREGORIAN_YEAR && y <= thisYear + 1
        || y >= DateParser.MIN_HIJRI_YEAR && y <= DateParser.MAX_HIJRI_YEAR;
  }

  /**
   * One part of a reference: a digit run, or a letter code (its words kept as read); {@code
   * mended} when what the engine read there was corrected (digits it read twice dropped, pieces
   * joined, a stroke it read as a letter taken for the separator); {@code lamSeparator} when the
   * code's first letter is the separator read as a lam.
   */
  record Item(String digits, boolean number, int start, int end, boolean mended, boolean lamSeparator) {
    Item(String digits, boolean number, int start, int end, boolean mended) {
      this(digits, number, start, end, mended, false);
    }

    Item asMended() {
      return new Item(digits, number, start, end, true, lamSeparator);
    }
  }

  /**
   * {@code code}, a letter code of several words, without the strokes the engine adds to its
   * letters: when some word of it is one letter, as the abbreviations of a code are, an alef alone
   * ("م ع ا") or an alef or alef maqsura joined to a single letter ("إس ت", "قى ط") is the slash
   * or a speck read as a letter, and goes. A code of one word is left as read.
   */
  static String codeLetters(String code) {
    String[] words = code.split(" ");
    boolean abbreviated = false;
    for (String w : words) {
      abbreviated |= w.length() == 1 && !isAlef(w.charAt(0));
    }
    if (words.length < 2 || !abbreviated) {
      return code;
    }
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      String letter = w;
      if (w.length() == 1 && isAlef(w.charAt(0))) {
        letter = "";
      } else if (w.length() == 2 && isAlef(w.charAt(0)) && !isAlef(w.charAt(1))) {
        letter = w.substring(1);
      } else if (w.length() == 2 && (w.charAt(1) == 'ى' || isAlef(w.charAt(1))) && !isAlef(w.charAt(0))) {
        letter = w.substring(0, 1);
      }
      if (!letter.isEmpty()) {
        out.append(out.length() > 0 ? " " : "").append(letter);
      }
    }
    return out.length() == 0 ? code : out.toString();
  }

  /**
   * {@code code}, read right after a number and its separator, without a stroke of the separator
   * the engine joined to the code's first letter as an alef or a lam ("7142/لس/2010" for
   * 7142/س/2010, "١٩٢/إس" for ١٩٢/س): a first word of two letters, the first an alef or a lam.
   */
  static String withoutSeparatorStroke(String code) {
    int space = code.indexOf(' ');
    String first = space < 0 ? code : code.substring(0, space);
    if (first.length() != 2 || !(isAlef(first.charAt(0)) || first.charAt(0) == 'ل') || isAlef(first.charAt(1))) {
      return code;
    }
    return code.substring(1);
  }

  private static boolean isAlef(char c) {
    return c == 'ا' || c == 'أ' || c == 'إ' || c == 'آ';
  }

  /** A reference found on a line: cue tokens, value tokens {@code [start, end)} and its parts. */
  record Found(int cue, int cueLength, int start, int end, List<Item> items, double certainty) {

    Field toField(DocLine line, boolean repaired) {
      StringBuilder value = new StringBuilder();
      boolean mended = repaired || items.stream().anyMatch(Item::mended);
      for (int k = 0; k < items.size(); k++) {
        Item it = items.get(k);
        String code = it.number ? null : line.light(it.start, it.end).replace('.', ' ').replaceAll("\\s+", " ").strip();
        code = code != null && it.lamSeparator ? code.substring(1).strip() : code;
        String unstroked = code != null && k > 0 && items.get(k - 1).number ? withoutSeparatorStroke(code) : code;
        mended |= unstroked != null && !unstroked.equals(code);
        code = unstroked == null ? null : withoutAlefBetween(unstroked);
        mended |= code != null && !code.equals(unstroked);
        String letters = code == null ? null : codeLetters(code);
        mended |= letters != null && !letters.equals(code);
        value.append(value.length() > 0 ? "/" : "").append(it.number ? it.digits : letters);
      }
      String raw = line.raw(Math.min(start, end), end);
      double c = line.confidence() * certainty * (items.get(0).number ? 1.0 : CODE_FIRST) * (mended ? REPAIRED : 1.0)
          * (Digits.mixed(raw) ? MIXED_DIGITS : 1.0);
      return Field.of(value.toString()).raw(raw).confidence(c)
          .at(line.page(), line.box()).build();
    }
  }
}
