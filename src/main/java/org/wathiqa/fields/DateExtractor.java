package org.wathiqa.fields;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.wathiqa.Field;
import org.wathiqa.text.ArabicText;

/**
 * Finds every date of a document and picks the document's own: the date beside the reference
 * number in the header (after التاريخ, or "<place> في <date>"). A Gregorian date and its
 * الموافق Hijri twin are one date. Thread-safe.
 */
final class DateExtractor {
  static final String DOCUMENT = "document";
  static final String MENTIONED = "mentioned";
  private static final long TWIN_TOLERANCE_DAYS = 2;
  private static final double UNCUED = 0.8;
  private static final double OUTSIDE_HEADER = 0.7;
  private static final int REGISTER_REACH = 2;
  private static final double MIXED_DIGITS = 0.5;
  private static final int FOOT_LINES = 6;
  private static final double TWIN_CONFLICT = 0.6;
  /** Lines apart a date and its الموافق twin may be, the second below the first. */
  private static final int TWIN_REACH = 2;

  private final DateParser parser;

  DateExtractor(Clock clock) {
    this.parser = new DateParser(clock);
  }

  /** The dates found, the document's own first marked {@code document}, or an empty list. */
  List<Field> extract(Doc doc) {
    List<Dated> dates = mergeTwins(readAll(doc));
    Dated own = documentDate(doc, dates);
    List<Field> out = new ArrayList<>();
    if (own != null) {
      out.add(own.field(DOCUMENT, own.weight));
    }
    for (Dated d : dates) {
      if (d != own) {
        out.add(d.field(MENTIONED, 1.0));
      }
    }
    return out;
  }

  private List<Dated> readAll(Doc doc) {
    List<Dated> out = new ArrayList<>();
    for (DocLine line : doc.lines()) {
      for (DateMatch m : parser.parse(line)) {
        if (Cues.before(line.tokens(), m.start(), Lexicon.REFERENCE_CUES) < 0) {
          out.add(new Dated(m));
        }
      }
    }
    return out;
  }

  // ---- Hijri twins ----

  /**
   * A Gregorian date and its الموافق twin become one date. Twins that disagree are one date
   * misread: on neighbouring lines, when only one of them mixes digit systems, the other is kept;
   * and when one of them becomes the other by a single digit added, dropped or changed in its day,
   * month or year (the engine drops and misreads digits, and each calendar checks the other), it is
   * repaired. Either way with lower confidence. Otherwise the two stay separate dates.
   */
  private static List<Dated> mergeTwins(List<Dated> dates) {
    List<Dated> out = new ArrayList<>();
    for (Dated d : dates) {
      int at = partner(out, d.main);
      if (at < 0) {
        out.add(d);
        continue;
      }
      Dated other = out.get(at);
      boolean adjacent = Math.abs(other.main.line().index() - d.main.line().index()) <= 1;
      Dated merged = cued(d.main) ? new Dated(other.main, d.main) : new Dated(d.main, other.main);
      if (agree(other.main, d.main)) {
        out.set(at, merged);
      } else if (adjacent && Digits.mixed(other.main.raw()) != Digits.mixed(d.main.raw())) {
        Dated clean = Digits.mixed(other.main.raw()) ? d : other;
        clean.conflict = TWIN_CONFLICT;
        out.set(at, clean);
      } else if (merged.repair()) {
        out.set(at, merged);
      } else {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * The index in {@code found} of the date {@code date} is the twin of: the nearest one in the other
   * calendar, without a twin yet, at most {@value #TWIN_REACH} lines before it on its page, one of
   * the two cued by الموافق; when that is the first, the second stands on a line of its own, not in
   * prose: "بتاريخ …" in the body under the header's "الموافق …" is a date of its own.
   */
  private static int partner(List<Dated> found, DateMatch date) {
    for (int k = found.size() - 1; k >= 0; k--) {
      DateMatch m = found.get(k).main;
      if (m.line().page() != date.line().page() || date.line().index() - m.line().index() > TWIN_REACH) {
        return -1;
      }
      if (found.get(k).twin == null && m.isHijri() != date.isHijri() && (cued(date) || cued(m) && !isInProse(date))) {
        return k;
      }
    }
    return -1;
  }

  private static boolean cued(DateMatch m) {
    return Cues.before(m.line().tokens(), m.start(), Lexicon.HIJRI_TWIN_CUES) >= 0
        || m.line().tokens().size() > 0 && Lexicon.HIJRI_TWIN_CUES.match(m.line().tokens(), 0) > 0;
  }

  private static boolean agree(DateMatch a, DateMatch b) {
    return Math.abs(ChronoUnit.DAYS.between(a.value(), b.value())) <= TWIN_TOLERANCE_DAYS;
  }

  /**
   * Whether {@code read} (day, month, year) becomes {@code other} by one digit added, dropped or
   * changed in one of its fields, the other two equal.
   */
  static boolean oneDigitApart(int[] read, int[] other) {
    int differing = 0;
    boolean near = false;
    for (int i = 0; i < 3; i++) {
      if (read[i] != other[i]) {
        differing++;
        near = ArabicText.distance(Integer.toString(read[i]), Integer.toString(other[i])) == 1;
      }
    }
    return differing == 1 && near;
  }

  // ---- the document's own date ----

  private static Dated documentDate(Doc doc, List<Dated> dates) {
    Dated firstInHeader = null;
    for (Dated d : dates) {
      if (!doc.inHeader(d.main.line()) || isRegisterStamp(doc, d.main.line())) {
        continue;
      }
      if (hasDateCue(d.main) || isPlaceFi(d.main)) {
        d.weight = 1.0;
        return d;
      }
      if (firstInHeader == null && !isInProse(d.main)) {
        firstInHeader = d;
      }
    }
    if (firstInHeader != null) {
      firstInHeader.weight = UNCUED;
      return firstInHeader;
    }
    return placeFiAnywhere(doc, dates);
  }

  /** A letter dated at its foot ("حرر في …", "دمشق في …"), near the signature. */
  private static Dated placeFiAnywhere(Doc doc, List<Dated> dates) {
    for (int k = dates.size() - 1; k >= 0; k--) {
      DateMatch m = dates.get(k).main;
      boolean foot = m.line().position() >= doc.lines().size() - FOOT_LINES && !doc.inHeader(m.line())
          && !isRegisterStamp(doc, m.line());
      if (isPlaceFi(m) || foot && hasDateCue(m)) {
        dates.get(k).weight = OUTSIDE_HEADER;
        return dates.get(k);
      }
    }
    return null;
  }

  private static boolean hasDateCue(DateMatch m) {
    List<Token> t = m.line().tokens();
    int start = m.start();
    if (start > 0 && t.get(start - 1).isWord() && t.get(start - 1).text().length() == 1
        && t.get(start - 1).end() == t.get(start).start()) {
      start--; // "تاريخ: ع٢٤ شباط": a speck glued to the day read as a letter
    }
    while (start > 0 && t.get(start - 1).isWord() && Lexicon.WEEKDAYS.contains(t.get(start - 1).text())) {
      start--;
    }
    return Cues.before(t, start, Lexicon.DATE_CUES) >= 0 || Cues.after(t, m.end(), Lexicon.DATE_CUES) >= 0
        && Cues.skipPunct(t, Cues.after(t, m.end(), Lexicon.DATE_CUES)) >= t.size();
  }

  /** "حمص في ١٢ نيسان ٢٠١٣": a place, then في, then the date, at the start of a line. */
  private static boolean isPlaceFi(DateMatch m) {
    List<Token> t = m.line().tokens();
    int fi = m.start() - 1;
    return fi >= 1 && fi <= 3 && isFi(t.get(fi)) && t.get(0).isWord()
        && !Lexicon.NAME_STOPS.contains(t.get(0).text());
  }

  /** "في", also with its dots misread ("قي"). */
  private static boolean isFi(Token t) {
    return t.isWord() && t.text().length() == 2 && ArabicText.distance(t.text(), "في") <= 1 && t.text().endsWith("ي");
  }

  /** A date right after بتاريخ or inside a sentence is a mention, not the letter's date. */
  private static boolean isInProse(DateMatch m) {
    return m.start() > 0 && m.line().wordCount() > 4;
  }

  private static boolean isRegisterStamp(Doc doc, DocLine line) {
    List<DocLine> lines = doc.lines();
    int at = line.position();
    for (int k = Math.max(0, at - REGISTER_REACH); k <= at; k++) {
      if (Cues.containsExact(lines.get(k).tokens(), Lexicon.REGISTER_CUES)) {
        return true;
      }
    }
    return false;
  }

  /** A date with its optional twin in the other calendar. Confined to one extraction. */
  private static final class Dated {
    final DateMatch main;
    DateMatch twin;
    double weight = 1.0;
    /** Lowered when a disagreeing twin was set aside or one of the two repaired. */
    double conflict = 1.0;
    /** The Gregorian date when a digit of it was repaired from its twin, else null. */
    LocalDate repaired;
    /** The Hijri date ("yyyy-mm-dd") when a digit of it was repaired from its twin, else null. */
    String repairedHijri;

    Dated(DateMatch main) {
      this.main = main;
    }

    Dated(DateMatch main, DateMatch twin) {
      this.main = main;
      this.twin = twin;
    }

    /**
     * Repairs whichever of the twins is one digit from the other (allowing the calendars' own
     * difference of a day or two), if only one is; reports whether it did.
     */
    boolean repair() {
      DateMatch g = main.isHijri() ? twin : main;
      DateMatch h = main.isHijri() ? main : twin;
      LocalDate fromHijri = null;
      for (long shift = -TWIN_TOLERANCE_DAYS; shift <= TWIN_TOLERANCE_DAYS; shift++) {
        LocalDate candidate = h.value().plusDays(shift);
        if (oneDigitApart(fields(g.value()), fields(candidate))) {
          fromHijri = candidate;
        }
      }
      int[] hijriOfG = hijriFields(g.value());
      boolean hijriRepairable = hijriOfG != null && h.hijri() != null && oneDigitApart(hijriFields(h.hijri()), hijriOfG);
      if ((fromHijri != null) == hijriRepairable) {
        return false;
      }
      if (fromHijri != null) {
        repaired = fromHijri;
      } else {
        repairedHijri = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", hijriOfG[2], hijriOfG[1], hijriOfG[0]);
      }
      conflict = TWIN_CONFLICT;
      return true;
    }

    private static int[] fields(LocalDate d) {
      return new int[] {d.getDayOfMonth(), d.getMonthValue(), d.getYear()};
    }

    /** Day, month and year of {@code d} in the Hijri calendar, or null outside its range. */
    private static int[] hijriFields(LocalDate d) {
      try {
        HijrahDate h = HijrahDate.from(d);
        return new int[] {h.get(ChronoField.DAY_OF_MONTH), h.get(ChronoField.MONTH_OF_YEAR), h.get(ChronoField.YEAR)};
      } catch (DateTimeException outOfRange) {
        return null;
      }
    }

    /** Day, month and year of a Hijri "yyyy-mm-dd". */
    private static int[] hijriFields(String hijri) {
      String[] p = hijri.split("-");
      return new int[] {Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0])};
    }

    Field field(String role, double roleWeight) {
      DateMatch g = main.isHijri() && twin != null ? twin : main;
      DateMatch h = main.isHijri() ? main : twin;
      double certainty = twin == null ? main.certainty() : Math.max(main.certainty(), twin.certainty());
      certainty *= (Digits.mixed(g.raw()) ? MIXED_DIGITS : 1.0) * conflict;
      DocLine line = g.line();
      String hijri = repairedHijri != null ? repairedHijri : h == null ? null : h.hijri();
      Field.Builder b = Field.of((repaired != null ? repaired : g.value()).toString()).raw(g.raw()).calendar(g.calendar())
          .hijri(hijri).role(role)
          .confidence(clamp(line.confidence() * certainty * roleWeight))
          .at(line.page(), twin == null || twin.line().page() != line.page() ? line.box() : line.box().union(twin.line().box()));
      return b.build();
    }

    private static double clamp(double v) {
      return Math.max(0, Math.min(1, v));
    }
  }
}
