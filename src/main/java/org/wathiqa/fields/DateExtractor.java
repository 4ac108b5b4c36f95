package org.wathiqa.fields;

import java.time.Clock;
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
   * misread: when only one of them mixes digit systems, the other is kept, with lower confidence.
   */
  private static List<Dated> mergeTwins(List<Dated> dates) {
    List<Dated> out = new ArrayList<>();
    for (Dated d : dates) {
      Dated last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last == null || !placedAsTwins(last.main, d.main)) {
        out.add(d);
      } else if (agree(last.main, d.main)) {
        last.absorb(d);
      } else if (Digits.mixed(last.main.raw()) != Digits.mixed(d.main.raw())) {
        Dated clean = Digits.mixed(last.main.raw()) ? d : last;
        clean.conflict = TWIN_CONFLICT;
        out.set(out.size() - 1, clean);
      } else {
        out.add(d);
      }
    }
    return out;
  }

  private static boolean placedAsTwins(DateMatch a, DateMatch b) {
    boolean adjacent = b.line() == a.line() || b.line().index() == a.line().index() + 1 && b.line().page() == a.line().page();
    boolean cued = Cues.before(b.line().tokens(), b.start(), Lexicon.HIJRI_TWIN_CUES) >= 0
        || b.line().tokens().size() > 0 && Lexicon.HIJRI_TWIN_CUES.match(b.line().tokens(), 0) > 0;
    return adjacent && cued && a.isHijri() != b.isHijri();
  }

  private static boolean agree(DateMatch a, DateMatch b) {
    return Math.abs(ChronoUnit.DAYS.between(a.value(), b.value())) <= TWIN_TOLERANCE_DAYS;
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
    /** Lowered when a disagreeing twin was set aside. */
    double conflict = 1.0;

    Dated(DateMatch main) {
      this.main = main;
    }

    void absorb(DateMatch other) {
      twin = other;
    }

    void absorb(Dated other) {
      absorb(other.main);
    }

    Field field(String role, double roleWeight) {
      DateMatch g = main.isHijri() && twin != null ? twin : main;
      DateMatch h = main.isHijri() ? main : twin;
      double certainty = twin == null ? main.certainty() : Math.max(main.certainty(), twin.certainty());
      certainty *= (Digits.mixed(g.raw()) ? MIXED_DIGITS : 1.0) * conflict;
      DocLine line = g.line();
      Field.Builder b = Field.of(g.value().toString()).raw(g.raw()).calendar(g.calendar())
          .hijri(h == null ? null : h.hijri()).role(role)
          .confidence(clamp(line.confidence() * certainty * roleWeight))
          .at(line.page(), twin == null || twin.line().page() != line.page() ? line.box() : line.box().union(twin.line().box()));
      return b.build();
    }

    private static double clamp(double v) {
      return Math.max(0, Math.min(1, v));
    }
  }
}
