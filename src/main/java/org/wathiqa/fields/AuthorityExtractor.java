package org.wathiqa.fields;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wathiqa.Box;
import org.wathiqa.Field;
import org.wathiqa.text.ArabicText;

/**
 * Reads the letterhead: the block of institution lines at the top of the first page (right,
 * centred or left), top to bottom as the hierarchy, the most specific unit as the value.
 * Institutions are recognised by their kind (وزارة، مديرية، فرع …), not by name. Reference and
 * date parts of merged lines, and lines such as "سري للغاية", are left out. Thread-safe.
 */
final class AuthorityExtractor {
  private static final int KIND_WITHIN_WORDS = 2;
  private static final int MAX_FILLER_WORDS = 5;
  private static final double MAX_GAP_LINES = 3.0;
  private static final double CERTAINTY = 0.95;
  private static final double NEAR_DUPLICATE = 0.25;
  private static final double MIN_FILLER_CONFIDENCE = 0.5;
  private static final double NOISE_TOLERANCE = 0.2;
  private static final double STATE_ONLY = 0.5;
  private static final int MIN_FILLER_WORD = 3;
  /** Short words a line without an institution word may hold; other one- or two-letter words are scraps. */
  private static final Set<String> SHORT_WORDS = Set.of("في", "من", "عن", "و", "لل");
  private static final int MIN_LETTERS = 5;
  private static final int MIN_LONGEST_WORD = 3;
  private static final Set<String> ADDRESSEE = Set.of("الي", "السيد", "السيده", "الساده", "حضره", "جانب", "المحترم");

  private final DateParser dates;

  AuthorityExtractor(Clock clock) {
    this.dates = new DateParser(clock);
  }

  Field extract(Doc doc) {
    List<Part> block = block(doc);
    if (block.isEmpty()) {
      return null;
    }
    // top to bottom: the engine gives a narrow last line before the lines above it that it merged
    // with print beside the letterhead
    block.sort(java.util.Comparator.comparingInt(p -> p.line.box().y()));
    Field f = build(block, block.get(block.size() - 1));
    return namesOnlyTheState(block) ? f.toBuilder().confidence(f.confidence() * STATE_ONLY).build() : f;
  }

  /**
   * The letterhead's lines: from the first institution line down, with at most one line without
   * an institution word between two with one, or closing the block before the reference/date
   * lines or the subject. Once a reference or date line has been passed, only institution lines
   * still join: what follows the number and date without an institution word ("سري للغاية" misread,
   * a scrap of a stamp) is not the letterhead's last unit.
   */
  private List<Part> block(Doc doc) {
    List<Part> block = new ArrayList<>();
    Part filler = null;
    boolean pastNumbers = false;
    for (DocLine line : doc.header()) {
      boolean[] used = new boolean[line.tokens().size()];
      boolean numbered = markNumbers(line, used);
      markLoneCues(line.tokens(), used);
      boolean numbers = !block.isEmpty() && anyMarked(used);
      Part p = leftover(line, used, numbered, !pastNumbers && !numbered);
      if (p == null || skip(block, p)) {
        pastNumbers |= numbers;
        continue;
      }
      if (ends(block, p) || !p.authority && filler != null) {
        return block;
      }
      if (p.authority) {
        addFiller(block, filler);
        filler = null;
        block.add(p);
      } else if (!block.isEmpty() && !pastNumbers) {
        filler = p;
      }
      pastNumbers |= numbers;
    }
    addFiller(block, filler);
    return block;
  }

  /** "الجمهورية العربية السورية" alone: the issuing body itself was not read (much lower confidence). */
  private static boolean namesOnlyTheState(List<Part> block) {
    for (Part p : block) {
      if (Lexicon.STATE_KINDS.match(p.line.tokens(), firstWord(p)) == 0) {
        return false;
      }
    }
    return true;
  }

  private static int firstWord(Part p) {
    List<Token> t = p.line.tokens();
    String first = ArabicText.normalize(p.text).split(" ")[0];
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).text().equals(first)) {
        return i;
      }
    }
    return 0;
  }

  /**
   * Not part of the letterhead: a scrap, a line already taken, a line beside the block, or what is
   * left of a reference or date line without an institution word in it (the rest of a number the
   * engine garbled, "ذاء٢٠١").
   */
  private static boolean skip(List<Part> block, Part p) {
    return !looksLikeText(p) || isDuplicate(block, p) || p.numbered && !p.authority
        || !block.isEmpty() && !overlapsHorizontally(block.get(0).line, p.line);
  }

  /** Once the letterhead has begun: an addressee, a sentence or a wide gap ends it. */
  private static boolean ends(List<Part> block, Part p) {
    return !block.isEmpty() && (p.addressee || !p.authority && p.words > MAX_FILLER_WORDS
        || tooFar(block.get(block.size() - 1).line, p.line));
  }

  /**
   * Enough letters, and for a line without an institution word enough confidence: not a speck, a
   * seal fragment or a signature.
   */
  private static boolean looksLikeText(Part p) {
    int letters = 0;
    int longest = 0;
    boolean scraps = false;
    for (String w : ArabicText.normalize(p.text).split(" ")) {
      letters += w.length();
      longest = Math.max(longest, w.length());
      scraps |= w.length() < MIN_FILLER_WORD && !SHORT_WORDS.contains(w) && !w.chars().allMatch(Character::isDigit);
    }
    boolean sure = p.authority || p.line.confidence() >= MIN_FILLER_CONFIDENCE && !scraps;
    return sure && letters >= MIN_LETTERS && longest >= MIN_LONGEST_WORD;
  }

  private static void addFiller(List<Part> block, Part filler) {
    if (filler != null && !block.isEmpty()) {
      block.add(filler);
    }
  }

  /** Marks the reference and the dates on {@code line} in {@code used}; whether there were any. */
  private boolean markNumbers(DocLine line, boolean[] used) {
    markReference(line, used);
    markDates(line, used);
    return anyMarked(used);
  }

  /**
   * The part of a header line left when garbled dates and noise are taken out too, after the
   * reference, dates and cues marked in {@code used} ({@code numbered} if a reference or date was
   * among them, {@code aboveNumbers} if the line is above the number and date); or null.
   */
  private static Part leftover(DocLine line, boolean[] used, boolean numbered, boolean aboveNumbers) {
    List<Token> t = line.tokens();
    markGarbledDates(t, used);
    markNoise(t, used);
    int[] run = longestRun(t, used);
    if (run == null || isNoise(line.light(run[0], run[1]))) {
      return null;
    }
    int start = run[0];
    int end = run[1];
    return new Part(line, line.light(start, end), line.raw(start, end), isAuthority(t, start, end, aboveNumbers),
        isAddressee(t.get(start)), words(t, start, end), numbered);
  }

  private static boolean anyMarked(boolean[] used) {
    for (boolean u : used) {
      if (u) {
        return true;
      }
    }
    return false;
  }

  /** "سري للغاية", "بسم الله الرحمن الرحيم" and the like wherever they sit on the line. */
  private static void markNoise(List<Token> t, boolean[] used) {
    for (int i = 0; i < t.size(); i++) {
      int n = used[i] || !t.get(i).isWord() ? 0 : Lexicon.HEADER_NOISE.match(t, i);
      mark(used, i, i + n);
    }
  }

  /** "سري للغاية" and the like, allowing a misread letter in five. */
  private static boolean isNoise(String text) {
    String n = ArabicText.normalize(text);
    for (String phrase : Lexicon.HEADER_NOISE.entries()) {
      if (ArabicText.distance(phrase, n) <= Math.max(1, NOISE_TOLERANCE * phrase.length())) {
        return true;
      }
    }
    return false;
  }

  private static void markReference(DocLine line, boolean[] used) {
    ReferenceExtractor.Found f = ReferenceExtractor.findOnLine(line);
    if (f != null) {
      mark(used, Math.min(f.cue(), f.start()), Math.max(f.end(), f.cue() + f.cueLength()));
    }
  }

  private void markDates(DocLine line, boolean[] used) {
    List<Token> t = line.tokens();
    for (DateMatch m : dates.parse(line)) {
      int from = m.start();
      int cue = Math.max(Cues.before(t, from, Lexicon.DATE_CUES), Cues.before(t, from, Lexicon.HIJRI_TWIN_CUES));
      from = cue >= 0 ? cue : from;
      if (from >= 1 && t.get(from - 1).is("في")) {
        from = Math.max(0, from - 2);
      }
      mark(used, from, m.end());
    }
  }

  /** A day-like number followed by a word: a date OCR garbled ("… بعقوبة الم 29 ذمالقعدة"). */
  private static void markGarbledDates(List<Token> t, boolean[] used) {
    for (int i = 1; i + 1 < t.size(); i++) {
      if (!used[i] && t.get(i).isNumber() && t.get(i).text().length() <= 2 && t.get(i + 1).isWord()) {
        mark(used, i, t.size());
        return;
      }
    }
  }

  /**
   * A reference or date cue whose value OCR garbled (or "<place> في <digits>") is not part of the
   * letterhead: it is cut up to the next institution word or the line's end.
   */
  private static void markLoneCues(List<Token> t, boolean[] used) {
    for (int i = 0; i < t.size(); i++) {
      int n = used[i] ? 0 : cueLength(t, i);
      if (n > 0 && (i + n >= t.size() || !t.get(i + n).isWord())) {
        int end = i + n;
        while (end < t.size() && !(t.get(end).isWord() && NameReader.isInstitution(t.get(end).text()))) {
          end++;
        }
        mark(used, i, end);
        i = end - 1;
      }
    }
  }

  private static int cueLength(List<Token> t, int i) {
    if (!t.get(i).isWord()) {
      return 0;
    }
    if (i + 2 < t.size() && t.get(i + 1).text().length() == 2 && t.get(i + 1).text().endsWith("ي")
        && t.get(i + 2).isNumber()) {
      return 2;
    }
    int n = Math.max(Lexicon.REFERENCE_CUES.match(t, i), Lexicon.DATE_CUES.match(t, i));
    return Math.max(n, Lexicon.HIJRI_TWIN_CUES.match(t, i));
  }

  private static void mark(boolean[] used, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(used.length, to); i++) {
      used[i] = true;
    }
  }

  /** The longest run of unused tokens holding a word, trimmed of punctuation: {start, end}, or null. */
  private static int[] longestRun(List<Token> t, boolean[] used) {
    int[] best = null;
    int i = 0;
    while (i < t.size()) {
      int j = i;
      while (j < t.size() && !used[j]) {
        j++;
      }
      int[] run = trim(t, i, j);
      if (run != null && (best == null || words(t, run[0], run[1]) > words(t, best[0], best[1]))) {
        best = run;
      }
      i = j + 1;
    }
    return best;
  }

  private static int[] trim(List<Token> t, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && !isLetterheadWord(t.get(s))) {
      s++;
    }
    while (e > s && !isLastLetterheadWord(t.get(e - 1))) {
      e--;
    }
    return s < e ? new int[] {s, e} : null;
  }

  /** A word of two letters or more: stray single letters at a line's ends are OCR specks. */
  private static boolean isLetterheadWord(Token token) {
    return token.isWord() && token.text().length() > 1;
  }

  /** A letterhead line ends in a word or a unit number, not a scrap or a lone article ("ات", "الم", "0"). */
  private static boolean isLastLetterheadWord(Token token) {
    String w = token.text();
    return token.isWord() ? w.length() > 2 && !(w.length() == 3 && w.startsWith("ال")) : token.isNumber() && w.length() > 1;
  }

  private static int words(List<Token> t, int start, int end) {
    int n = 0;
    for (int i = start; i < end; i++) {
      n += t.get(i).isWord() ? 1 : 0;
    }
    return n;
  }

  private static boolean isAuthority(List<Token> t, int start, int end, boolean lostLetterAllowed) {
    int seen = 0;
    for (int i = start; i < end && seen < KIND_WITHIN_WORDS; i++) {
      if (t.get(i).isWord()) {
        seen++;
        if (isKind(t.get(i).text(), lostLetterAllowed && i == start)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * An institution kind, tolerating in a four-letter noun one misread letter ("القصاء"), and where
   * {@code lostLetter} (the first word of a line above the number and date) a letter of a
   * five-letter kind lost ("محكة" for محكمة).
   */
  private static boolean isKind(String word, boolean lostLetter) {
    String bare = Lexicon.bare(word);
    return NameReader.isInstitution(word) || bare.length() == 4
        && (Lexicon.INSTITUTION_KINDS.containsWithOneSubstitution(bare)
            || lostLetter && Lexicon.INSTITUTION_KINDS.containsWithOneLetterLost(bare));
  }

  private static boolean isAddressee(Token first) {
    String w = first.text();
    String bare = Lexicon.withoutPrefix(w);
    return ADDRESSEE.contains(w) || bare != null && ADDRESSEE.contains(bare);
  }

  /**
   * The same text again, or a piece of a line above (a stamp repeating the unit's name), allowing
   * for OCR errors. A line that contains one above it ("فرع الشرطة العسكرية" under "الشرطة
   * العسكرية") is not a repeat.
   */
  private static boolean isDuplicate(List<Part> block, Part p) {
    String key = ArabicText.normalize(p.text);
    for (Part q : block) {
      String other = ArabicText.normalize(q.text);
      if (ArabicText.infixDistance(key, other) <= NEAR_DUPLICATE * key.length()) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsHorizontally(DocLine first, DocLine line) {
    Box a = first.box();
    Box b = line.box();
    return Math.min(a.right(), b.right()) > Math.max(a.x(), b.x());
  }

  private static boolean tooFar(DocLine previous, DocLine line) {
    if (previous.page() != line.page()) {
      return true;
    }
    int height = Math.max(1, Math.max(previous.box().h(), line.box().h()));
    return line.box().y() - previous.box().bottom() > MAX_GAP_LINES * height;
  }

  private static Field build(List<Part> block, Part unit) {
    List<String> hierarchy = new ArrayList<>();
    Box box = null;
    double confidence = 0;
    int upTo = block.indexOf(unit);
    for (int k = 0; k <= upTo; k++) {
      Part p = block.get(k);
      hierarchy.add(p.text);
      box = box == null ? p.line.box() : box.union(p.line.box());
      confidence += p.line.confidence();
    }
    return Field.of(unit.text).raw(unit.raw).hierarchy(hierarchy)
        .confidence(confidence / (upTo + 1) * CERTAINTY).at(unit.line.page(), box).build();
  }

  /**
   * A letterhead candidate: what is left of one header line; {@code numbered} when a reference or a
   * date was taken out of it.
   */
  record Part(DocLine line, String text, String raw, boolean authority, boolean addressee, int words,
      boolean numbered) {
  }
}
