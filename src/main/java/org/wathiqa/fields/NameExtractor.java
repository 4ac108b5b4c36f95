package org.wathiqa.fields;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wathiqa.Field;
import org.wathiqa.text.ArabicText;

/**
 * Finds people named in the text: after cue words (السيد، المدعو، المتوفى …), in numbered lists
 * and in table cells. Thread-safe.
 */
final class NameExtractor {
  static final String PERSON = "person";
  private static final double AFTER_CUE = 0.9;
  private static final double IN_LIST = 0.75;
  private static final double IN_TABLE = 0.7;
  private static final int MAX_SKIPPED = 3;
  private static final int MAX_MARKER_TOKENS = 4;
  private static final int LIST_INTRO_REACH = 3;
  /** Five-letter cues ("السيد") are recognised with one misread letter ("الشيد"). */
  private static final int FIVE = 5;
  private static final int WEAK_CUE_MIN_PARTS = 3;
  private static final int PLURAL_FAMILY_MIN_LENGTH = 8;

  List<Field> extract(Doc doc) {
    Map<String, Field> found = new LinkedHashMap<>();
    List<DocLine> lines = doc.lines();
    for (int k = 0; k < lines.size(); k++) {
      for (Field f : fromLine(lines.get(k), introducesPeople(lines, k))) {
        found.putIfAbsent(ArabicText.normalize(f.value()), f);
      }
    }
    return new ArrayList<>(found.values());
  }

  private static List<Field> fromLine(DocLine line, boolean inPeopleList) {
    List<Field> out = new ArrayList<>();
    if (inPeopleList) {
      listItem(line, out);
      tableCells(line, out);
    }
    afterCues(line, out);
    return out;
  }

  /**
   * Whether the list or table that line {@code k} belongs to is introduced as one of people
   * ("المذكورة أسماؤهم أدناه", a "الاسم" column): looks above the list's earlier rows.
   */
  private static boolean introducesPeople(List<DocLine> lines, int k) {
    int other = 0;
    for (int j = k - 1; j >= 0 && other < LIST_INTRO_REACH; j--) {
      List<Token> t = lines.get(j).tokens();
      if (Cues.find(t, Lexicon.PEOPLE_LIST_CUES) >= 0 || hasMisreadShortCue(t)) {
        return true;
      }
      other += listMarkerEnd(t) >= 0 || isTableRow(t) ? 0 : 1;
    }
    return false;
  }

  /** A short heading word ("الاسم") with one misread letter. */
  private static boolean hasMisreadShortCue(List<Token> t) {
    for (Token token : t) {
      if (token.isWord() && token.text().length() == FIVE
          && Lexicon.PEOPLE_LIST_CUES.valueWithOneSubstitution(token.text()) != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTableRow(List<Token> t) {
    for (Token token : t) {
      if (token.is("|")) {
        return true;
      }
    }
    return false;
  }

  private static void afterCues(DocLine line, List<Field> out) {
    List<Token> t = line.tokens();
    for (int i = 0; i < t.size(); i++) {
      int strong = Math.max(cueLength(t, i), t.get(i).isWord() ? Lexicon.PEOPLE_LIST_CUES.matchExact(t, i) : 0);
      int weak = strong > 0 ? 0 : weakCueLength(t, i);
      if (strong + weak > 0) {
        NameReader.Span s = NameReader.read(t, skipToName(t, i + strong + weak));
        if (s != null && (strong > 0 || s.parts() >= WEAK_CUE_MIN_PARTS || startsAfterStrongCue(t, i + weak))) {
          out.add(field(line, s, AFTER_CUE));
          i = enumerated(line, s, out) - 1;
        }
      }
    }
  }

  /** Names that follow a cued one after "،" or "و" ("السادة: … ، … و …"); returns where they end. */
  private static int enumerated(DocLine line, NameReader.Span first, List<Field> out) {
    List<Token> t = line.tokens();
    int end = first.end();
    while (end + 1 < t.size() && (t.get(end).is("،") || t.get(end).is(",") || t.get(end).is("و"))) {
      NameReader.Span next = NameReader.read(t, skipToName(t, end + 1));
      if (next == null) {
        break;
      }
      out.add(field(line, next, AFTER_CUE));
      end = next.end();
    }
    return end;
  }

  /** Tokens of a name cue at {@code i} (a leading و allowed), or 0. */
  static int cueLength(List<Token> t, int i) {
    if (!t.get(i).isWord()) {
      return 0;
    }
    int n = Lexicon.NAME_CUES.match(t, i);
    if (n > 0) {
      return n;
    }
    String w = t.get(i).text();
    String bare = Lexicon.withoutPrefix(w);
    if (bare != null && Lexicon.NAME_CUES.fuzzyValue(bare) != null) {
      return 1;
    }
    return w.length() == FIVE && Lexicon.NAME_CUES.valueWithOneSubstitution(w) != null ? 1 : 0;
  }

  /** Tokens of a weak cue at {@code i} ("بحضور", "من قبل"; a leading و allowed), or 0. */
  private static int weakCueLength(List<Token> t, int i) {
    if (!t.get(i).isWord()) {
      return 0;
    }
    int n = Lexicon.WEAK_NAME_CUES.match(t, i);
    String bare = Lexicon.withoutPrefix(t.get(i).text());
    return n > 0 ? n : bare != null && Lexicon.WEAK_NAME_CUES.contains(bare) ? 1 : 0;
  }

  /** "بحضور السيد …": a person cue right after the weak one vouches for the name. */
  private static boolean startsAfterStrongCue(List<Token> t, int at) {
    int i = Cues.skipPunct(t, at);
    return i < t.size() && cueLength(t, i) > 0;
  }

  /** After a cue: skip punctuation, further cues and ranks ("بحضور السيد الدكتور …"). */
  private static int skipToName(List<Token> t, int from) {
    int i = Cues.skipPunct(t, from);
    for (int k = 0; k < MAX_SKIPPED && i < t.size(); k++) {
      int n = Math.max(cueLength(t, i), Math.max(Lexicon.RANKS.matchExact(t, i), Lexicon.ORDINALS.matchExact(t, i)));
      if (n == 0) {
        break;
      }
      i = Cues.skipPunct(t, i + n);
    }
    return i;
  }

  /** "١- سليمان فادي الشامي", "(2) …", "3. …": the whole item must be the name. */
  private static void listItem(DocLine line, List<Field> out) {
    List<Token> t = line.tokens();
    int at = listMarkerEnd(t);
    if (at < 0) {
      return;
    }
    NameReader.Span s = NameReader.read(t, at);
    if (s != null && endsItem(t, s.end()) && plausibleListName(t, s)) {
      out.add(field(line, s, IN_LIST));
    }
  }

  /**
   * End of a list marker at the line's start: a short number and/or a dash, in any order and with
   * stray punctuation (OCR reads "١-" as "-١" or "“-"); -1 if the line has none.
   */
  private static int listMarkerEnd(List<Token> t) {
    int i = 0;
    boolean number = false;
    boolean dash = false;
    while (i < t.size() && i < MAX_MARKER_TOKENS && !t.get(i).isWord()) {
      number |= t.get(i).isNumber() && t.get(i).text().length() <= 2;
      dash |= t.get(i).is("-") || t.get(i).is(")");
      if (t.get(i).isNumber() && t.get(i).text().length() > 2) {
        return -1;
      }
      i++;
    }
    return i < t.size() && t.get(i).isWord() && (number || dash) ? i : -1;
  }

  /** After a list item's name only numbers, punctuation or a place may follow (table-like rows). */
  private static boolean endsItem(List<Token> t, int end) {
    return end >= t.size() || !t.get(end).isWord() || Lexicon.PLACES.contains(t.get(end).text());
  }

  /** Rejects items like "إحالة الموقوفين": a plural noun with the article as the last part. */
  private static boolean plausibleListName(List<Token> t, NameReader.Span s) {
    String last = t.get(s.end() - 1).text();
    boolean plural = last.startsWith("ال") && last.length() >= PLURAL_FAMILY_MIN_LENGTH
        && (last.endsWith("ين") || last.endsWith("ون") || last.endsWith("ات"));
    return !plural;
  }

  /** Cells separated by | or tabs: a cell that is entirely a name. */
  private static void tableCells(DocLine line, List<Field> out) {
    List<Token> t = line.tokens();
    int cellStart = 0;
    if (!isTableRow(t)) {
      return;
    }
    for (int i = 0; i <= t.size(); i++) {
      if (i == t.size() || t.get(i).is("|")) {
        cell(line, cellStart, i, out);
        cellStart = i + 1;
      }
    }
  }

  private static void cell(DocLine line, int start, int end, List<Field> out) {
    List<Token> t = line.tokens().subList(0, end);
    int from = Cues.skipPunct(t, start);
    NameReader.Span s = from < end ? NameReader.read(t, from) : null;
    if (s != null && Cues.skipPunct(t, s.end()) == end && plausibleListName(t, s)) {
      out.add(field(line, s, IN_TABLE));
    }
  }

  private static Field field(DocLine line, NameReader.Span s, double certainty) {
    return Field.of(NameReader.mended(line.light(s.start(), s.end()))).raw(line.raw(s.start(), s.end())).role(PERSON)
        .confidence(line.confidence() * certainty).at(line.page(), line.box()).build();
  }
}
