package org.wathiqa.fields;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every date on a line: numeric (d/m/y, y/m/d with / - . separators) and with month names
 * (Levantine, Egyptian/Gulf, Hijri). Repairs digit runs that OCR reversed or split when the
 * calendar can tell (day, month, plausible year, not after today). Thread-safe.
 */
final class DateParser {
  static final int MIN_GREGORIAN_YEAR = 1900;
  static final int MIN_HIJRI_YEAR = 1300;
  static final int MAX_HIJRI_YEAR = 1500;
  private static final double REVERSED = 0.7;
  private static final double PARTLY_REVERSED = 0.6;
  private static final double SWAPPED = 0.75;
  private static final double SHORT_YEAR = 0.8;
  private static final double FUZZY_MONTH = 0.9;
  private static final double YEAR_FIRST = 0.8;
  private static final double ZERO_AS_DOT = 0.7;
  private static final String SEPARATORS = "/-.\\";
  /** Quote marks the engine reads from specks between a day, its month and its year ("١٣“ ذو الحجة"). */
  private static final String QUOTES = "\"'“”„«»‘’`";
  /** Factor on a date whose year had a 7 read for an Arabic-Indic ٢ or ٣. */
  private static final double SEVEN_FOR_TWO = 0.7;

  private final Clock clock;

  DateParser(Clock clock) {
    this.clock = clock;
  }

  /** Every date on the line, left to right, not overlapping. */
  List<DateMatch> parse(DocLine line) {
    List<DateMatch> out = new ArrayList<>();
    List<Token> tokens = line.tokens();
    int i = 0;
    while (i < tokens.size()) {
      DateMatch m = tokens.get(i).isNumber() ? parseAt(line, i) : null;
      if (m != null) {
        out.add(m);
        i = m.end();
      } else {
        i++;
      }
    }
    return out;
  }

  private DateMatch parseAt(DocLine line, int i) {
    DateMatch numeric = numericAt(line, i);
    return numeric != null ? numeric : namedAt(line, i);
  }

  // ---- numeric dates ----

  private DateMatch numericAt(DocLine line, int i) {
    DateMatch dotted = zeroReadAsDot(line, i);
    if (dotted != null) {
      return dotted;
    }
    for (int[] split : new int[][] {{1, 1, 1}, {1, 1, 2}, {2, 1, 1}, {2, 1, 2}, {1, 2, 1}}) {
      DateMatch m = numericWithSplit(line, i, split);
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  /** Groups made of 1 or 2 number tokens (OCR splits digit runs with spaces). */
  private DateMatch numericWithSplit(DocLine line, int i, int[] split) {
    List<Token> t = line.tokens();
    String[] groups = new String[3];
    int at = readGroups(t, i, split, groups);
    if (at < 0 || at < t.size() && (t.get(at).isNumber()
        || isSeparator(t.get(at)) && at + 1 < t.size() && t.get(at + 1).isNumber())) {
      return null;
    }
    boolean hijriMark = hijriMarkAt(t, at);
    int end = at + (hijriMark || gregorianMarkAt(t, at) ? 1 : 0);
    Resolved r = resolveNumeric(groups, hijriMark);
    if (r == null && groups[2].length() == 1 && i > 0 && t.get(i - 1).isNumber()
        && t.get(i - 1).text().length() == 4 && t.get(i - 1).text().startsWith(groups[2])) {
      // "٢٠٠٩ ٣/٨/٢": the engine moved the year's run before the date and left its first digit
      r = interpret(groups[0], groups[1], t.get(i - 1).text(), PARTLY_REVERSED, hijriMark);
      return r == null ? null : toMatch(line, i - 1, end, r);
    }
    return r == null ? null : toMatch(line, i, end, r);
  }

  /**
   * "٢.١٣.١٢.٢١" for ٢٠١٣.١٢.٢١: four dotted groups where the engine took the small Arabic-Indic
   * zero of the year for a dot. The year is the first two groups or the last two with a zero
   * between them, four digits long, whichever gives a valid date (the first if both do).
   */
  private DateMatch zeroReadAsDot(DocLine line, int i) {
    List<Token> t = line.tokens();
    String[] g = new String[4];
    int at = i;
    for (int k = 0; k < 4; k++) {
      if (k > 0 && (at >= t.size() || !t.get(at++).is("."))) {
        return null;
      }
      if (at >= t.size() || !t.get(at).isNumber() || t.get(at).text().length() > 2) {
        return null;
      }
      g[k] = t.get(at++).text();
    }
    if (at < t.size() && (t.get(at).isNumber() || isSeparator(t.get(at)))) {
      return null;
    }
    Resolved r = null;
    if (g[0].length() + g[1].length() == 3) {
      r = interpret(g[0] + "0" + g[1], g[2], g[3], ZERO_AS_DOT, false);
    }
    if (r == null && g[2].length() + g[3].length() == 3) {
      r = interpret(g[0], g[1], g[2] + "0" + g[3], ZERO_AS_DOT, false);
    }
    return r == null ? null : toMatch(line, i, at, r);
  }

  /** Reads three digit groups joined by separators into {@code groups}; the end, or -1. */
  private static int readGroups(List<Token> t, int i, int[] split, String[] groups) {
    int at = i;
    for (int g = 0; g < 3; g++) {
      if (g > 0 && (at >= t.size() || !isSeparator(t.get(at++)))) {
        return -1;
      }
      groups[g] = numberRun(t, at, split[g]);
      if (groups[g] == null) {
        return -1;
      }
      at += split[g];
    }
    return at;
  }

  private static String numberRun(List<Token> t, int at, int count) {
    if (at + count > t.size()) {
      return null;
    }
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < count; k++) {
      if (!t.get(at + k).isNumber()) {
        return null;
      }
      s.append(t.get(at + k).text());
    }
    return s.length() <= 4 ? s.toString() : null;
  }

  private static boolean isSeparator(Token t) {
    return t.kind() == Token.Kind.PUNCT && SEPARATORS.contains(t.text());
  }

  private Resolved resolveNumeric(String[] g, boolean hijriMark) {
    Resolved asRead = interpret(g[0], g[1], g[2], 1.0, hijriMark);
    if (asRead != null) {
      return asRead;
    }
    Resolved allReversed = interpret(rev(g[0]), rev(g[1]), rev(g[2]), REVERSED, hijriMark);
    if (allReversed != null) {
      return allReversed;
    }
    Resolved yearFirst = g[0].length() == 4 ? interpret(rev(g[0]), g[1], g[2], PARTLY_REVERSED, hijriMark) : null;
    return yearFirst != null ? yearFirst
        : g[2].length() == 4 ? interpret(g[0], g[1], rev(g[2]), PARTLY_REVERSED, hijriMark) : null;
  }

  private Resolved interpret(String a, String b, String c, double certainty, boolean hijriMark) {
    if (a.length() == 4 && c.length() <= 2) {
      return validate(num(a), num(b), num(c), certainty, hijriMark);
    }
    if (c.length() == 4 && a.length() <= 2) {
      return validate(num(c), num(b), num(a), certainty, hijriMark);
    }
    if (c.length() == 2 && a.length() <= 2 && b.length() <= 2) {
      return validate(expandYear(num(c)), num(b), num(a), certainty * SHORT_YEAR, hijriMark);
    }
    return null;
  }

  private int expandYear(int yy) {
    int century = today().getYear() / 100 * 100;
    return century + yy <= today().getYear() ? century + yy : century - 100 + yy;
  }

  private Resolved validate(int y, int m, int d, double certainty, boolean hijriMark) {
    Resolved r = valid(y, m, d, certainty, hijriMark);
    if (r == null && m > 12 && d <= 12) {
      r = valid(y, d, m, certainty * SWAPPED, hijriMark);
    }
    return r;
  }

  /**
   * A date when the parts pass the calendar checks, else null. A year no document has ("7019") whose
   * 7s, read as ٢ or ٣ (the engine takes these Arabic-Indic digits for 7), make exactly one year
   * that passes is read so, with less certainty.
   */
  Resolved valid(int y, int m, int d, double certainty, boolean hijriMark) {
    Resolved asRead = validAsRead(y, m, d, certainty, hijriMark);
    if (asRead != null || !impossibleYear(y) || m < 1 || m > 12 || d < 1 || d > 31) {
      return asRead;
    }
    Resolved only = null;
    for (int candidate : sevensRead(y)) {
      Resolved r = validAsRead(candidate, m, d, certainty * SEVEN_FOR_TWO, hijriMark);
      if (r != null && only != null) {
        return null;
      }
      only = r != null ? r : only;
    }
    return only;
  }

  private boolean impossibleYear(int y) {
    return y > today().getYear() || y < MIN_HIJRI_YEAR || y > MAX_HIJRI_YEAR && y < MIN_GREGORIAN_YEAR;
  }

  /** The years {@code y} becomes with some of its 7s read as 2 or 3 (not {@code y} itself). */
  static List<Integer> sevensRead(int y) {
    List<String> out = new ArrayList<>(List.of(""));
    for (char c : Integer.toString(y).toCharArray()) {
      List<String> next = new ArrayList<>();
      for (String prefix : out) {
        next.add(prefix + c);
        if (c == '7') {
          next.add(prefix + '2');
          next.add(prefix + '3');
        }
      }
      out = next;
    }
    List<Integer> years = new ArrayList<>();
    for (String s : out) {
      int candidate = Integer.parseInt(s);
      if (candidate != y) {
        years.add(candidate);
      }
    }
    return years;
  }

  private Resolved validAsRead(int y, int m, int d, double certainty, boolean hijriMark) {
    if (m < 1 || m > 12 || d < 1 || d > 31) {
      return null;
    }
    if (y >= MIN_HIJRI_YEAR && y <= MAX_HIJRI_YEAR) {
      return hijriMark || certainty == 1.0 ? hijri(y, m, d, certainty) : null;
    }
    if (hijriMark || y < MIN_GREGORIAN_YEAR || d > YearMonth.of(y, m).lengthOfMonth()) {
      return null;
    }
    LocalDate date = LocalDate.of(y, m, d);
    return date.isAfter(today()) ? null : new Resolved(date, DateMatch.GREGORIAN, null, certainty);
  }

  private Resolved hijri(int y, int m, int d, double certainty) {
    try {
      LocalDate date = LocalDate.from(HijrahDate.of(y, m, d));
      String h = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", y, m, d);
      return date.isAfter(today()) ? null : new Resolved(date, DateMatch.HIJRI, h, certainty);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  // ---- dates with month names ----

  private DateMatch namedAt(DocLine line, int i) {
    List<Token> t = line.tokens();
    String day = t.get(i).text();
    if (day.length() == 4) {
      return yearFirstAt(line, i);
    }
    if (day.length() > 2) {
      return null;
    }
    int at = skipFillers(t, afterGluedSpeck(t, i));
    Month month = monthAt(t, at);
    if (month == null) {
      return null;
    }
    at = skipFillers(t, skipAlternativeMonth(t, at + month.words));
    int yearTokens = yearTokens(t, at);
    if (yearTokens == 0) {
      return null;
    }
    String year = numberRun(t, at, yearTokens);
    int end = at + yearTokens;
    boolean hijriMark = hijriMarkAt(t, end);
    Resolved r = resolveNamed(day, month, year);
    return r == null ? null : toMatch(line, i, end + (hijriMark || gregorianMarkAt(t, end) ? 1 : 0), r);
  }

  /** "٢٠١٣ نيسان ١٢": OCR put the year's run first; read it with a little less certainty. */
  private DateMatch yearFirstAt(DocLine line, int i) {
    List<Token> t = line.tokens();
    int at = skipFillers(t, i + 1);
    Month month = monthAt(t, at);
    int dayAt = month == null ? -1 : skipFillers(t, at + month.words);
    if (dayAt < 0 || dayAt >= t.size() || !t.get(dayAt).isNumber() || t.get(dayAt).text().length() > 2
        || dayAt + 1 < t.size() && t.get(dayAt + 1).isNumber()) {
      return null;
    }
    Resolved r = resolveNamed(t.get(dayAt).text(), month.withCertainty(YEAR_FIRST), t.get(i).text());
    return r == null ? null : toMatch(line, i, dayAt + 1, r);
  }

  /** Number tokens making a four-digit year at {@code at} (two when OCR split it), or 0. */
  private static int yearTokens(List<Token> t, int at) {
    for (int n = 1; n <= 2; n++) {
      String run = numberRun(t, at, n);
      if (run != null && run.length() == 4) {
        return n;
      }
    }
    return 0;
  }

  private Resolved resolveNamed(String day, Month month, String year) {
    String[][] tries = {{day, year}, {rev(day), year}, {day, rev(year)}, {rev(day), rev(year)}};
    double[] certainty = {1.0, REVERSED, REVERSED, REVERSED};
    for (int k = 0; k < tries.length; k++) {
      Resolved r = namedValid(num(tries[k][1]), month, num(tries[k][0]), certainty[k] * month.certainty);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  private Resolved namedValid(int y, Month month, int d, double certainty) {
    boolean hijriYear = y >= MIN_HIJRI_YEAR && y <= MAX_HIJRI_YEAR;
    if (hijriYear != month.hijri) {
      return null;
    }
    return valid(y, month.number, d, certainty, month.hijri);
  }

  /** "نيسان (أبريل)": the same month in the other naming, in brackets. */
  private static int skipAlternativeMonth(List<Token> t, int at) {
    if (at < t.size() && t.get(at).is("(")) {
      Month other = monthAt(t, at + 1);
      int close = other == null ? -1 : at + 1 + other.words;
      return close >= 0 && close < t.size() && t.get(close).is(")") ? close + 1 : at;
    }
    return at;
  }

  /**
   * The token after the number at {@code i}, past one letter glued to it: a speck the engine read as
   * a letter ("٥ه تموز" for ٥ تموز).
   */
  private static int afterGluedSpeck(List<Token> t, int i) {
    boolean speck = i + 2 < t.size() && t.get(i + 1).isWord() && t.get(i + 1).text().length() == 1
        && t.get(i + 1).start() == t.get(i).end();
    return speck ? i + 2 : i + 1;
  }

  private static int skipFillers(List<Token> t, int at) {
    int i = at;
    while (i < t.size() && (t.get(i).is("-") || t.get(i).is(",") || t.get(i).is("،") || t.get(i).is("/")
        || t.get(i).kind() == Token.Kind.PUNCT && QUOTES.contains(t.get(i).text())
        || t.get(i).isWord() && Lexicon.DATE_FILLERS.contains(t.get(i).text()))) {
      i++;
    }
    return i;
  }

  private static Month monthAt(List<Token> t, int at) {
    for (int words = 2; words >= 1; words--) {
      String phrase = words(t, at, words);
      if (phrase != null) {
        Month m = month(phrase, words);
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  private static Month month(String phrase, int words) {
    String g = Lexicon.GREGORIAN_MONTHS.value(phrase);
    String h = Lexicon.HIJRI_MONTHS.value(phrase);
    if (g != null || h != null) {
      return new Month(Integer.parseInt(g != null ? g : h), h != null && g == null, words, 1.0);
    }
    g = Lexicon.GREGORIAN_MONTHS.fuzzyValue(phrase);
    g = g != null || words > 1 ? g : Lexicon.GREGORIAN_MONTHS.valueWithOneSubstitution(phrase);
    h = g == null ? Lexicon.HIJRI_MONTHS.fuzzyValue(phrase) : null;
    if (g == null && h == null) {
      g = Lexicon.GREGORIAN_MONTHS.valueByShape(phrase);
      h = g == null ? Lexicon.HIJRI_MONTHS.valueByShape(phrase) : null;
    }
    return g != null || h != null
        ? new Month(Integer.parseInt(g != null ? g : h), g == null, words, FUZZY_MONTH) : null;
  }

  private static String words(List<Token> t, int at, int n) {
    if (at + n > t.size()) {
      return null;
    }
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < n; k++) {
      if (!t.get(at + k).isWord()) {
        return null;
      }
      s.append(k > 0 ? " " : "").append(t.get(at + k).text());
    }
    return s.toString();
  }

  private static boolean hijriMarkAt(List<Token> t, int at) {
    return at < t.size() && (t.get(at).is("ه") || t.get(at).is("هجري") || t.get(at).is("هجريه"));
  }

  private static boolean gregorianMarkAt(List<Token> t, int at) {
    return at < t.size() && (t.get(at).is("م") || t.get(at).is("ميلادي") || t.get(at).is("ميلاديه"));
  }

  private static DateMatch toMatch(DocLine line, int start, int end, Resolved r) {
    return new DateMatch(line, start, end, r.date, r.calendar, r.hijri, r.certainty);
  }

  private static String rev(String s) {
    return new StringBuilder(s).reverse().toString();
  }

  private static int num(String s) {
    return Integer.parseInt(s);
  }

  /** A validated date. */
  record Resolved(LocalDate date, String calendar, String hijri, double certainty) {
  }

  private record Month(int number, boolean hijri, int words, double certainty) {

    Month withCertainty(double factor) {
      return new Month(number, hijri, words, certainty * factor);
    }
  }
}
