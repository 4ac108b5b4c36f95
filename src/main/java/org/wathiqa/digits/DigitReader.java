package org.wathiqa.digits;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.wathiqa.ocr.OcrLine;
import org.wathiqa.ocr.OcrWord;

/**
 * Reads the digits of recognised words again from the page image and corrects the text where the
 * engine misread them. The OCR model takes Arabic-Indic ٢ and ٣ for 7, drops the small zero ٠ or
 * reads it as a dot, and reads ٥ as a dash; this stage cuts each word that holds digits into glyphs,
 * classifies them against templates rendered from several fonts, and puts the digits it reads with
 * confidence in place of the engine's, in the digit system the glyphs show. Words it cannot read with
 * confidence stay as they were and lower their line's confidence.
 *
 * <p>Immutable and thread-safe.
 */
public final class DigitReader {
  /** Factor on a line's confidence for each number in it that could not be checked. */
  static final double DOUBT = 0.9;

  private final DigitClassifier classifier;

  DigitReader(DigitClassifier classifier) {
    this.classifier = classifier;
  }

  /** A reader with the templates shipped with the library. */
  public static DigitReader bundled() {
    return new DigitReader(DigitClassifier.bundled());
  }

  /**
   * The lines with their numbers read again from {@code page}, the image the lines were recognised
   * on; lines without digits, or without words, come back as they were.
   */
  public List<OcrLine> reread(BufferedImage page, List<OcrLine> lines) {
    List<OcrLine> out = new ArrayList<>(lines.size());
    for (OcrLine line : lines) {
      out.add(reread(page, line));
    }
    return out;
  }

  OcrLine reread(BufferedImage page, OcrLine line) {
    if (!NumberText.hasDigit(line.text()) || line.words().isEmpty()) {
      return line;
    }
    boolean arabicIndic = NumberText.hasArabicIndic(line.text());
    StringBuilder text = new StringBuilder(line.text());
    List<OcrWord> words = new ArrayList<>(line.words().size());
    double confidence = line.confidence();
    int cursor = 0;
    for (OcrWord word : line.words()) {
      int at = text.indexOf(word.text(), cursor);
      String read = NumberText.hasDigit(word.text()) ? read(page, word, arabicIndic) : word.text();
      if (read == null) {
        confidence *= DOUBT;
        read = word.text();
      }
      if (at >= 0) {
        text.replace(at, at + word.text().length(), read);
        cursor = at + read.length();
      }
      words.add(new OcrWord(read, word.confidence(), word.box()));
    }
    return new OcrLine(text.toString(), confidence, line.box(), words);
  }

  /** The word's text with its numbers read from the glyphs, or null if they cannot be read with confidence. */
  String read(BufferedImage page, OcrWord word, boolean arabicIndic) {
    List<InkGlyph> glyphs = WordInk.glyphs(page, word.box());
    if (glyphs.isEmpty()) {
      return null;
    }
    GlyphRun run = GlyphRun.of(classify(glyphs));
    if (!run.sure() || run.others() > 0 && NumberText.onlyNumbers(word.text())) {
      return null;
    }
    return NumberText.replace(word.text(), run.groups(), arabicIndic);
  }

  List<Guess> classify(List<InkGlyph> glyphs) {
    Band band = Band.of(glyphs);
    List<Guess> guesses = new ArrayList<>(glyphs.size());
    for (InkGlyph g : glyphs) {
      guesses.add(classifier.classify(GlyphFeatures.of(g, band)));
    }
    return guesses;
  }
}
