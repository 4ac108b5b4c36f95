package org.wathiqa.fields;

import java.util.List;
import org.wathiqa.Field;

/**
 * Reads the signature block near the end of the letter: an office line (المحافظ، مدير …، رئيس …)
 * and a name line, the name optionally after a rank (اللواء، العميد، الدكتور …); also both on one
 * line. Thread-safe.
 */
final class SignatoryExtractor {
  private static final int LINES_FROM_END = 15;
  private static final int TITLE_REACH = 2;
  private static final int MAX_TITLE_WORDS = 6;
  private static final double NO_TITLE = 0.8;
  private static final double UNLISTED_OFFICE = 0.8;
  private static final int MAX_OFFICE_WORDS = 4;
  private static final int MIN_OFFICE_LETTERS = 5;
  private static final double NO_RANK = 0.95;
  /** Letters of a rank that is still recognised with two of them misread. */
  private static final int MIN_MISREAD_RANK = 6;

  /**
   * The lowest signature block of the letter's last lines; a name after a listed rank, or a long
   * rank misread by a letter or two, wins over one without, so a stray mark read as a name under the
   * block does not take its place.
   */
  Field extract(Doc doc) {
    List<DocLine> lines = doc.lines();
    int stop = Math.max(0, lines.size() - LINES_FROM_END);
    for (boolean rankedOnly : new boolean[] {true, false}) {
      for (int k = lines.size() - 1; k >= stop; k--) {
        Field f = doc.inHeader(lines.get(k)) ? null : blockAt(lines, k, stop, rankedOnly);
        if (f != null) {
          return f;
        }
      }
    }
    return null;
  }

  private static Field blockAt(List<DocLine> lines, int k, int stop, boolean rankedOnly) {
    DocLine line = lines.get(k);
    NameLine n = NameLine.parse(line.tokens());
    if (n == null || rankedOnly && (n.rank == 0 || n.honorific || n.unlisted && !n.misread)) {
      return null;
    }
    boolean titled = n.titleEnd > n.start; // marks and specks before a rank or name are no office
    int rankLine = n.rank == 0 && !titled ? rankOnlyLineAbove(lines, k, stop) : -1;
    DocLine titleLine = titled ? line : titleLineNear(lines, rankLine >= 0 ? rankLine : k, stop);
    boolean ranked = rankLine >= 0 || n.rank > 0 && !n.honorific && !n.unlisted || n.misread;
    if (!ranked && titleLine == null) {
      return null;
    }
    String rank = rankLine >= 0 ? lines.get(rankLine).light(0, lines.get(rankLine).tokens().size())
        : n.rank > 0 && !n.unlisted ? line.light(n.titleEnd, n.titleEnd + n.rank) : null;
    return build(line, n.name, titleText(titleLine, line, n.start, n.titleEnd), rank, titleLine);
  }

  /**
   * A line that ends with a person's name: after marks and a speck read as a letter ({@code [0,
   * start)}), an optional office ({@code [start, titleEnd)}), an optional
   * rank ({@code rank} tokens from {@code titleEnd}; an honorific such as السيد or الطبيب, which
   * alone does not make a signature), then the name and nothing else.
   */
  private record NameLine(int start, int titleEnd, int rank, boolean honorific, boolean unlisted, boolean misread,
      NameReader.Span name) {

    static NameLine parse(List<Token> t) {
      int start = Cues.skipPunct(t, 0);
      if (start + 1 < t.size() && t.get(start).isWord() && t.get(start).text().length() == 1
          && (Lexicon.RANKS.matchExact(t, start + 1) > 0 || isMisreadRank(t, start + 1))) {
        start = Cues.skipPunct(t, start + 1); // "ع الدكتور …": a speck of ink read as a letter
      }
      int rank = rankAtStart(t, start);
      int titleEnd = rank > 0 ? start : start + titleLength(t.subList(start, t.size()));
      rank = titleEnd > start ? Lexicon.RANKS.match(t, titleEnd) : rank;
      int honorific = rank == 0 && titleEnd == start && start < t.size() ? NameExtractor.cueLength(t, start) : 0;
      honorific = honorific == 0 && rank == 0 && titleEnd == start && lamLost(t, start) ? 1 : honorific;
      if (rank == 0 && honorific == 0 && titleEnd == start && isMisreadRank(t, start)) {
        NameLine misread = withName(t, start, titleEnd, 1, false, true);
        if (misread != null) {
          return new NameLine(start, misread.titleEnd, misread.rank, false, true, true, misread.name);
        }
      }
      NameLine line = withName(t, start, titleEnd, rank + honorific, honorific > 0, rank > 0 && bareInitial(t, titleEnd));
      if (line == null && rank == 0 && honorific == 0 && titleEnd == start && isUnlistedRank(t, start)) {
        line = withName(t, start, titleEnd, 1, false, true); // "الغلييب محمد جمال": a rank the engine misread
      }
      return line;
    }

    private static NameLine withName(List<Token> t, int start, int titleEnd, int rank, boolean honorific,
        boolean unlisted) {
      int nameStart = Cues.skipPunct(t, titleEnd + rank);
      NameReader.Span name = nameStart < t.size() ? NameReader.readToLineEnd(t, nameStart) : null;
      return name == null || Cues.skipPunct(t, name.end()) < t.size() ? null
          : new NameLine(start, titleEnd, rank, honorific, unlisted, false, name);
    }
  }

  /**
   * A rank or honorific whose article lost its lam ("اسيد" for السيد): taken for one before a name,
   * never as the name's first part.
   */
  private static boolean lamLost(List<Token> t, int i) {
    String w = i < t.size() && t.get(i).isWord() ? t.get(i).text() : "";
    if (w.length() < 3 || w.charAt(0) != 'ا' || w.charAt(1) == 'ل') {
      return false;
    }
    String whole = "ال" + w.substring(1);
    return Lexicon.RANKS.contains(whole) || Lexicon.NAME_CUES.contains(whole);
  }

  /**
   * A one-letter rank (د، م for الدكتور، المهندس) without the stop or slash it is written with: as
   * often a scrap the engine read at a line's start ("م زر درممي"), so it does not make a rank.
   */
  private static boolean bareInitial(List<Token> t, int i) {
    boolean initial = i < t.size() && t.get(i).isWord() && t.get(i).text().length() == 1;
    return initial && !(i + 1 < t.size() && (t.get(i + 1).is(".") || t.get(i + 1).is("/")));
  }

  /** A definite word before a name that no list knows: in a signature block, a rank misread. */
  private static boolean isUnlistedRank(List<Token> t, int i) {
    return i < t.size() && t.get(i).isWord() && t.get(i).text().startsWith("ال") && t.get(i).text().length() >= 5
        && Lexicon.TITLES.match(t, i) == 0;
  }

  /**
   * A word no list knows within two letters of a long rank, the article among them ("احميد" for
   * العميد, "تعقيد" for العقيد): read as a name's first part it would put a rank into the name. Such
   * a rank before a name of two parts or more makes a signature line even without an office line.
   */
  private static boolean isMisreadRank(List<Token> t, int i) {
    if (i >= t.size() || !t.get(i).isWord() || Lexicon.TITLES.match(t, i) > 0) {
      return false;
    }
    String w = t.get(i).text();
    return w.length() >= MIN_MISREAD_RANK - 1 && Lexicon.RANKS.nearEntry(w, 2, MIN_MISREAD_RANK);
  }

  /**
   * A rank opening the line at {@code i}; an exact office word ("النائب") is not taken for a near
   * rank ("النقيب"); a rank the engine split in two ("القا ضي") is one.
   */
  private static int rankAtStart(List<Token> t, int i) {
    if (i >= t.size()) {
      return 0;
    }
    int exact = Lexicon.RANKS.matchExact(t, i);
    if (exact > 0 || Lexicon.TITLES.matchExact(t, i) > 0) {
      return exact;
    }
    boolean split = i + 1 < t.size() && t.get(i).isWord() && t.get(i + 1).isWord()
        && t.get(i + 1).start() == t.get(i).end() + 1 && Lexicon.RANKS.contains(t.get(i).text() + t.get(i + 1).text());
    return split ? 2 : Lexicon.RANKS.match(t, i);
  }

  private static String titleText(DocLine titleLine, DocLine nameLine, int start, int titleEnd) {
    if (titleLine == null) {
      return null;
    }
    return titleLine == nameLine ? nameLine.light(start, titleEnd) : titleLine.light(0, titleLine.tokens().size());
  }

  /** Index of the line above {@code k} when it holds a rank and nothing else ("اللواء"), or -1. */
  private static int rankOnlyLineAbove(List<DocLine> lines, int k, int stop) {
    if (k - 1 < stop) {
      return -1;
    }
    List<Token> t = lines.get(k - 1).tokens();
    int n = t.isEmpty() ? 0 : Lexicon.RANKS.match(t, 0);
    return n > 0 && Cues.skipPunct(t, n) >= t.size() ? k - 1 : -1;
  }

  /** Tokens of an office at the start of a line ("رئيس الطبابة الشرعية"): the office word and the words with the article after it. */
  private static int titleLength(List<Token> t) {
    int n = t.isEmpty() ? 0 : Lexicon.TITLES.match(t, 0);
    if (n == 0) {
      return 0;
    }
    while (n < t.size() && t.get(n).isWord() && t.get(n).text().startsWith("ال") && Lexicon.RANKS.match(t, n) == 0) {
      n++;
    }
    return n;
  }

  private static DocLine titleLineNear(List<DocLine> lines, int k, int stop) {
    for (int j = k - 1; j >= Math.max(stop, k - TITLE_REACH); j--) {
      if (isTitleLine(lines.get(j))) {
        return lines.get(j);
      }
    }
    if (k + 1 < lines.size() && isTitleLine(lines.get(k + 1))) {
      return lines.get(k + 1);
    }
    return k - 1 >= stop && looksLikeOffice(lines.get(k - 1)) ? lines.get(k - 1) : null;
  }

  /**
   * An office not in the word list ("المتصرف", "عميد المعهد"): a short line of a definite noun
   * and its complements, no digits, not a sentence.
   */
  private static boolean looksLikeOffice(DocLine line) {
    List<Token> t = line.tokens();
    if (t.isEmpty() || line.wordCount() > MAX_OFFICE_WORDS || line.wordCount() != t.size()) {
      return false;
    }
    String first = t.get(0).text();
    return first.startsWith("ال") && first.length() >= MIN_OFFICE_LETTERS && !NameReader.isStop(first)
        && !NameReader.isCue(first) && !Lexicon.PLACES.contains(first) && !Lexicon.HEADER_NOISE.contains(first);
  }

  private static boolean isTitleLine(DocLine line) {
    List<Token> t = line.tokens();
    if (t.isEmpty() || Lexicon.TITLES.matchLenient(t, 0) == 0 || line.wordCount() > MAX_TITLE_WORDS) {
      return false;
    }
    for (Token token : t) {
      if (token.isNumber()) {
        return false;
      }
    }
    return true;
  }

  private static Field build(DocLine line, NameReader.Span name, String title, String rank, DocLine titleLine) {
    double c = line.confidence() * (titleLine == null ? NO_TITLE : 1.0) * (rank == null ? NO_RANK : 1.0)
        * (titleLine != null && titleLine != line && !isTitleLine(titleLine) ? UNLISTED_OFFICE : 1.0);
    return Field.of(NameReader.withoutSpecks(NameReader.mended(line.light(name.start(), name.end())))).raw(line.raw(name.start(), name.end()))
        .title(stripPunct(title)).rank(rank).confidence(c)
        .at(line.page(), titleLine == null || titleLine.page() != line.page() ? line.box() : line.box().union(titleLine.box()))
        .build();
  }

  private static String stripPunct(String s) {
    if (s == null) {
      return null;
    }
    String out = s.replaceAll("^[\\p{Punct}،؛\\s]+|[\\p{Punct}،؛\\s]+$", "");
    return out.isEmpty() ? null : out;
  }
}
