package org.wathiqa.fields;

import java.util.List;
import org.wathiqa.Field;

/** Reads the subject: the text after الموضوع, on its line or, if that is empty, the next. Thread-safe. */
final class SubjectExtractor {
  private static final int MAX_CUE_POSITION = 2;
  private static final double FUZZY_CUE = 0.85;
  private static final double NEXT_LINE = 0.8;

  Field extract(Doc doc) {
    List<DocLine> lines = doc.lines();
    for (int k = 0; k < lines.size(); k++) {
      DocLine line = lines.get(k);
      int cue = cueAt(line);
      if (cue >= 0) {
        Field f = valueAfter(line, cue);
        return f != null || k + 1 >= lines.size() ? f : nextLine(lines.get(k + 1));
      }
    }
    return null;
  }

  /** Index of the token after the subject cue if the line starts with one (within two tokens), else -1. */
  static int cueAt(DocLine line) {
    List<Token> t = line.tokens();
    for (int i = 0; i < Math.min(t.size(), MAX_CUE_POSITION + 1); i++) {
      int n = t.get(i).isWord() ? Lexicon.SUBJECT_CUES.match(t, i) : 0;
      if (n > 0) {
        return i + n;
      }
    }
    return -1;
  }

  private static Field valueAfter(DocLine line, int from) {
    List<Token> t = line.tokens();
    int start = Cues.skipPunct(t, from);
    int end = endOfSubject(t, start);
    if (!hasWord(t, start, end)) {
      return null;
    }
    double cue = Lexicon.SUBJECT_CUES.matchExact(t, from - 1) > 0 ? 1.0 : FUZZY_CUE;
    return build(line, start, end, cue);
  }

  /** The subject stops where a reference or date cue of a merged line begins. */
  private static int endOfSubject(List<Token> t, int start) {
    for (int i = start; i < t.size(); i++) {
      if (t.get(i).isWord() && (Lexicon.REFERENCE_CUES.matchExact(t, i) > 0 && !t.get(i).is("رقم")
          || Lexicon.DATE_CUES.matchExact(t, i) > 0 && i + 1 < t.size() && !t.get(i + 1).isWord())) {
        return i;
      }
    }
    int end = t.size();
    while (end > start && t.get(end - 1).kind() == Token.Kind.PUNCT) {
      end--;
    }
    return end;
  }

  private static Field nextLine(DocLine line) {
    List<Token> t = line.tokens();
    int end = endOfSubject(t, 0);
    return hasWord(t, 0, end) ? build(line, 0, end, NEXT_LINE) : null;
  }

  private static boolean hasWord(List<Token> t, int start, int end) {
    for (int i = start; i < end; i++) {
      if (t.get(i).isWord()) {
        return true;
      }
    }
    return false;
  }

  private static Field build(DocLine line, int start, int end, double certainty) {
    return Field.of(line.light(start, end)).raw(line.raw(start, end))
        .confidence(line.confidence() * certainty).at(line.page(), line.box()).build();
  }
}
