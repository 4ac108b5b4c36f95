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

  Field extract(Doc doc) {
    List<DocLine> lines = doc.lines();
    int stop = Math.max(0, lines.size() - LINES_FROM_END);
    for (int k = lines.size() - 1; k >= stop; k--) {
      Field f = doc.inHeader(lines.get(k)) ? null : blockAt(lines, k, stop);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  private static Field blockAt(List<DocLine> lines, int k, int stop) {
    DocLine line = lines.get(k);
    NameLine n = NameLine.parse(line.tokens());
    if (n == null) {
      return null;
    }
    int rankLine = n.rank == 0 && n.titleEnd == 0 ? rankOnlyLineAbove(lines, k, stop) : -1;
    DocLine titleLine = n.titleEnd > 0 ? line : titleLineNear(lines, rankLine >= 0 ? rankLine : k, stop);
    boolean ranked = rankLine >= 0 || n.rank > 0 && !n.honorific;
    if (!ranked && titleLine == null) {
      return null;
    }
    String rank = rankLine >= 0 ? lines.get(rankLine).light(0, lines.get(rankLine).tokens().size())
        : n.rank > 0 ? line.light(n.titleEnd, n.titleEnd + n.rank) : null;
    return build(line, n.name, titleText(titleLine, line, n.titleEnd), rank, titleLine);
  }

  /**
   * A line that ends with a person's name: an optional office ({@code [0, titleEnd)}), an optional
   * rank ({@code rank} tokens from {@code titleEnd}; an honorific such as السيد or الطبيب, which
   * alone does not make a signature), then the name and nothing else.
   */
  private record NameLine(int titleEnd, int rank, boolean honorific, NameReader.Span name) {

    static NameLine parse(List<Token> t) {
      int rank = rankAtStart(t);
      int titleEnd = rank > 0 ? 0 : titleLength(t);
      rank = titleEnd > 0 ? Lexicon.RANKS.match(t, titleEnd) : rank;
      int honorific = rank == 0 && titleEnd == 0 && !t.isEmpty() ? NameExtractor.cueLength(t, 0) : 0;
      int nameStart = Cues.skipPunct(t, titleEnd + rank + honorific);
      NameReader.Span name = nameStart < t.size() ? NameReader.read(t, nameStart) : null;
      return name == null || Cues.skipPunct(t, name.end()) < t.size() ? null
          : new NameLine(titleEnd, rank + honorific, honorific > 0, name);
    }
  }

  /** A rank opening the line; an exact office word ("النائب") is not taken for a near rank ("النقيب"). */
  private static int rankAtStart(List<Token> t) {
    int exact = t.isEmpty() ? 0 : Lexicon.RANKS.matchExact(t, 0);
    if (exact > 0 || t.isEmpty() || Lexicon.TITLES.matchExact(t, 0) > 0) {
      return exact;
    }
    return Lexicon.RANKS.match(t, 0);
  }

  private static String titleText(DocLine titleLine, DocLine nameLine, int titleEnd) {
    if (titleLine == null) {
      return null;
    }
    return titleLine == nameLine ? nameLine.light(0, titleEnd) : titleLine.light(0, titleLine.tokens().size());
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
    return Field.of(NameReader.mended(line.light(name.start(), name.end()))).raw(line.raw(name.start(), name.end()))
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
