package org.wathiqa.digits;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.wathiqa.Box;
import org.wathiqa.ocr.OcrLine;
import org.wathiqa.ocr.OcrWord;

/**
 * Reads the digits of recognised words again from the page image and corrects the text where the
 * engine misread them. The OCR model takes Arabic-Indic ٢ and ٣ for 7, drops the small zero ٠ or
 * reads it as a dot, and reads ٥ as a dash; this stage cuts each word that holds digits into glyphs,
 * classifies them against templates rendered from several fonts, and puts the digits it reads with
 * confidence in place of the engine's, in the digit system the glyphs show. A glyph read unsure
 * between two digits is settled by the calendar where only one of them makes a possible date, year
 * or day, and lowers its line's confidence; words it cannot read with confidence stay as they were
 * and lower their line's confidence too.
 *
 * <p>Immutable and thread-safe.
 */
public final class DigitReader {
  /** Factor on a line's confidence for each number in it that could not be checked. */
  static final double DOUBT = 0.9;
  /** A glyph next to the word box must read this clearly as a digit: stricter than inside it. */
  private static final double NEIGHBOUR_MARGIN = 1.4;
  private static final double NEIGHBOUR_DISTANCE = 3.0;
  /** Least width, in band heights, of a glyph that may be two digits run together. */
  private static final double TWO_DIGITS = 1.1;

  /** Most glyphs of a day of the month. */
  private static final int MAX_DAY_DIGITS = 2;
  private static final int MAX_DAY = 31;
  /** Confidence under which a short word before a month is a speck of a day the engine lost. */
  private static final double SPECK = 0.3;
  /** Least width, in line heights, of the stretch before a month that may hold a day the engine dropped. */
  private static final double MIN_DAY_GAP = 0.5;

  private static final char ZERO = '\u0660';
  /**
   * Height in the band, from its top, above which a dot's centre makes it a zero: between where the
   * templates of fonts put the zero (0.47-0.65) and the full stop (0.75-1.04).
   */
  private static final double ZERO_SEAT = 0.70;

  private final DigitClassifier classifier;
  private final Predicate<String> monthName;

  DigitReader(DigitClassifier classifier) {
    this(classifier, word -> false);
  }

  private DigitReader(DigitClassifier classifier, Predicate<String> monthName) {
    this.classifier = classifier;
    this.monthName = monthName;
  }

  /** A reader with the templates shipped with the library. */
  public static DigitReader bundled() {
    return new DigitReader(DigitClassifier.bundled());
  }

  /**
   * A reader with the templates shipped with the library that also reads again, from its glyphs, a
   * short word right before a month's name: the engine takes a one-digit day for a mark or a letter
   * ("© مايو", "ه آب" for ٥ آب).
   *
   * @param monthName whether a word, as the engine wrote it, names a month
   */
  public static DigitReader bundled(Predicate<String> monthName) {
    return new DigitReader(DigitClassifier.bundled(), Objects.requireNonNull(monthName, "monthName"));
  }

  /**
   * The lines with their numbers read again from {@code page}, the image the lines were recognised
   * on; lines without words, and lines without digits or a short word before a month's name, come
   * back as they were.
   */
  public List<OcrLine> reread(BufferedImage page, List<OcrLine> lines) {
    List<OcrLine> out = new ArrayList<>(lines.size());
    for (OcrLine line : lines) {
      out.add(reread(page, line));
    }
    return out;
  }

  OcrLine reread(BufferedImage page, OcrLine line) {
    line = withDays(page, line);
    if (!NumberText.hasDigit(line.text()) || line.words().isEmpty()) {
      return line;
    }
    boolean arabicIndic = NumberText.hasArabicIndic(line.text());
    StringBuilder text = new StringBuilder(line.text());
    List<OcrWord> words = new ArrayList<>(line.words().size());
    double confidence = line.confidence();
    int cursor = 0;
    boolean lost = false;
    for (OcrWord word : line.words()) {
      int at = text.indexOf(word.text(), cursor);
      Read r = NumberText.hasDigit(word.text()) ? reading(page, word, arabicIndic) : new Read(word.text(), false);
      String read = r == null ? word.text() : r.text();
      if (r == null || r.settled()) {
        confidence *= DOUBT;
      }
      if (at >= 0) {
        text.replace(at, at + word.text().length(), read);
        cursor = at + read.length();
      } else {
        lost |= !read.equals(word.text());
      }
      words.add(new OcrWord(read, word.confidence(), word.box()));
    }
    return new OcrLine(lost ? joined(words) : text.toString(), confidence, line.box(), words);
  }

  /**
   * {@code line} with the day before each month's name read from its glyphs: a short word there
   * that the glyphs show to be a day (the engine takes a one-digit day for a mark or a letter), or
   * the ink the engine left out between the month and the word before it, a day it dropped whole
   * ("القاهرة في فبراير" for في ٢٣ فبراير, or only a speck of it read as "/").
   */
  private OcrLine withDays(BufferedImage page, OcrLine line) {
    List<OcrWord> words = line.words();
    boolean arabicIndic = NumberText.hasArabicIndic(line.text());
    StringBuilder text = null;
    List<OcrWord> out = new ArrayList<>(words.size() + 1);
    double confidence = line.confidence();
    for (int i = 0; i < words.size(); i++) {
      OcrWord word = words.get(i);
      OcrWord month = i + 1 < words.size() && monthName.test(words.get(i + 1).text()) ? words.get(i + 1) : null;
      if (month == null || NumberText.hasDigit(word.text())) {
        out.add(word);
        continue;
      }
      boolean shortWord = word.text().length() <= MAX_DAY_DIGITS;
      String day = shortWord ? day(page, word.box(), arabicIndic) : null;
      boolean speck = shortWord && word.confidence() < SPECK;
      Box gap = null;
      if (day == null) {
        gap = gapBefore(month, speck ? (i > 0 ? words.get(i - 1) : null) : word);
        day = gap == null ? null : day(page, gap, arabicIndic);
      }
      boolean dropped = gap != null && !speck;
      String sofar = text == null ? line.text() : text.toString();
      int at = day == null ? -1 : sofar.indexOf(word.text() + " " + month.text());
      if (at < 0) {
        out.add(word);
        continue;
      }
      text = text == null ? new StringBuilder(line.text()) : text;
      if (dropped) {
        text.insert(at + word.text().length() + 1, day + " ");
        out.add(word);
        out.add(new OcrWord(day, month.confidence() * DOUBT, gap));
        confidence *= DOUBT;
      } else {
        text.replace(at, at + word.text().length(), day);
        out.add(new OcrWord(day, word.confidence() * DOUBT, gap != null ? gap : word.box()));
      }
    }
    return text == null ? line : new OcrLine(text.toString(), confidence, line.box(), out);
  }

  /**
   * The stretch of the line between {@code month} and {@code before}, the word read before it
   * (to its right on the page), wide enough to hold a day; null if there is none.
   */
  private static Box gapBefore(OcrWord month, OcrWord before) {
    if (before == null) {
      return null;
    }
    Box m = month.box();
    Box b = before.box();
    int left = m.right() + 1;
    int right = b.x() - 1;
    int top = Math.min(m.y(), b.y());
    int bottom = Math.max(m.y() + m.h(), b.y() + b.h());
    if (right - left < MIN_DAY_GAP * m.h()) {
      return null;
    }
    return new Box(left, top, right - left, bottom - top);
  }

  /** The day of the month the glyphs within {@code box} show, in their digit system, or null. */
  private String day(BufferedImage page, Box box, boolean arabicIndic) {
    WordInk ink = WordInk.around(page, box);
    if (ink.isEmpty()) {
      return null;
    }
    GlyphRun run = GlyphRun.of(classify(ink.inside()));
    if (!run.sure() || run.others() > 0 || run.groups().size() != 1) {
      return null;
    }
    String group = run.groups().get(0);
    String core = NumberText.core(group);
    if (!core.equals(group) || core.isEmpty() || core.length() > MAX_DAY_DIGITS) {
      return null;
    }
    int value = Integer.parseInt(NumberText.toAscii(core));
    if (value < 1 || value > MAX_DAY) {
      return null;
    }
    NumberText.Digits system = NumberText.Digits.of(core);
    boolean arabic = system == NumberText.Digits.ARABIC_INDIC || system == NumberText.Digits.SHARED && arabicIndic;
    return arabic ? NumberText.toArabicIndic(NumberText.toAscii(core)) : NumberText.toAscii(core);
  }

  /**
   * The words joined by spaces: the line's text where a corrected word cannot be found in it as
   * the engine wrote it (the engine puts direction marks into line text that its words lack).
   */
  private static String joined(List<OcrWord> words) {
    StringBuilder b = new StringBuilder();
    for (OcrWord w : words) {
      b.append(b.length() > 0 ? " " : "").append(w.text());
    }
    return b.toString();
  }

  /** The word's text with its numbers read from the glyphs, or null if they cannot be read with confidence. */
  String read(BufferedImage page, OcrWord word, boolean arabicIndic) {
    Read r = reading(page, word, arabicIndic);
    return r == null ? null : r.text();
  }

  /**
   * What {@link #read} gives, and whether the calendar had to settle a glyph read unsure; null
   * where it gives null.
   */
  private Read reading(BufferedImage page, OcrWord word, boolean arabicIndic) {
    WordInk ink = WordInk.around(page, word.box());
    if (ink.isEmpty()) {
      return null;
    }
    List<Guess> guesses = withNeighbours(ink);
    GlyphRun run = GlyphRun.of(guesses);
    boolean settled = false;
    if (!run.sure()) {
      run = CalendarCheck.settled(guesses);
      settled = true;
    }
    if (run == null || !run.sure() || run.others() > 0 && NumberText.onlyNumbers(word.text())) {
      return null;
    }
    String text = NumberText.replace(word.text(), run.groups(), arabicIndic, cutShort(guesses));
    return text == null ? null : new Read(text, settled);
  }

  /** Whether some digit of {@code guesses} lies right next to a glyph that is no part of a number. */
  private static boolean cutShort(List<Guess> guesses) {
    for (int i = 0; i < guesses.size(); i++) {
      boolean other = guesses.get(i).label() == DigitClassifier.OTHER;
      boolean digitBefore = i > 0 && NumberText.isDigit(guesses.get(i - 1).label());
      boolean digitAfter = i + 1 < guesses.size() && NumberText.isDigit(guesses.get(i + 1).label());
      if (other && (digitBefore || digitAfter)) {
        return true;
      }
    }
    return false;
  }

  /** A word's text with its numbers read from the glyphs; {@code settled} when the calendar chose a glyph. */
  private record Read(String text, boolean settled) {}

  /** The guesses for the glyphs inside the word box, with the digits right next to it on either side. */
  private List<Guess> withNeighbours(WordInk ink) {
    Band band = Band.of(ink.inside());
    List<Guess> all = classify(ink.glyphs(), band);
    int first = ink.first();
    int last = ink.last();
    while (first > 0 && ink.joins(first - 1, first, band) && digit(all.get(first - 1))) {
      first--;
    }
    while (last < all.size() - 1 && ink.joins(last + 1, last, band) && digit(all.get(last + 1))) {
      last++;
    }
    List<Guess> out = new ArrayList<>(last - first + 2);
    for (int i = first; i <= last; i++) {
      List<Guess> pair = runTogether(ink.glyphs().get(i), all.get(i), band);
      if (pair != null) {
        out.addAll(pair);
      } else {
        out.add(all.get(i));
      }
    }
    return out;
  }

  /**
   * The two digits a glyph shows whose ink ran together (blur and heavy compression join neighbouring
   * digits into one blob), or null: a glyph read unsure and wide enough for two digits is cut in two
   * at each column of the middle of its width, and taken for the two digits of the cut whose halves
   * both read clearly as digits and lie nearest their templates.
   */
  List<Guess> runTogether(InkGlyph glyph, Guess guess, Band band) {
    if (GlyphRun.clear(guess) || glyph.width() < TWO_DIGITS * band.height()) {
      return null;
    }
    List<Guess> best = null;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (int cut = Cuts.first(glyph); cut <= Cuts.last(glyph); cut++) {
      Guess left = classify(Cuts.columns(glyph, 0, cut), band);
      Guess right = classify(Cuts.columns(glyph, cut, glyph.width()), band);
      double distance = left.distance() + right.distance();
      if (clearDigit(left) && clearDigit(right) && distance < bestDistance) {
        best = List.of(left, right);
        bestDistance = distance;
      }
    }
    return best;
  }

  private static boolean clearDigit(Guess g) {
    return NumberText.isDigit(g.label()) && GlyphRun.clear(g);
  }

  /** Whether a glyph outside the word box reads as a digit clearly enough to be taken in. */
  private static boolean digit(Guess g) {
    return NumberText.isDigit(g.label()) && g.margin() >= NEIGHBOUR_MARGIN && g.distance() <= NEIGHBOUR_DISTANCE;
  }

  List<Guess> classify(List<InkGlyph> glyphs) {
    return classify(glyphs, Band.of(glyphs));
  }

  private List<Guess> classify(List<InkGlyph> glyphs, Band band) {
    List<Guess> guesses = new ArrayList<>(glyphs.size());
    for (InkGlyph g : glyphs) {
      guesses.add(classify(g, band));
    }
    return guesses;
  }

  Guess classify(InkGlyph glyph, Band band) {
    return bySeat(classifier.classify(GlyphFeatures.of(glyph, band)), glyph, band);
  }

  /**
   * {@code guess} with a dot's label set by where the dot sits: the zero ٠ is a dot at mid-height,
   * a full stop one on the baseline. Blurred or faded, the two have the same round shape, and the
   * templates' shapes then outweigh the position ("٢٠١٤/.٧/١١", "١." for ١٠).
   */
  static Guess bySeat(Guess guess, InkGlyph glyph, Band band) {
    if (guess.label() != '.' && guess.label() != ZERO) {
      return guess;
    }
    double centre = (glyph.centreY() - band.top()) / band.height();
    char label = centre < ZERO_SEAT ? ZERO : '.';
    return label == guess.label() ? guess : new Guess(label, guess.distance(), guess.rival(), guess.rivalLabel());
  }
}
