package org.wathiqa;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.wathiqa.digits.DigitReader;
import org.wathiqa.ocr.EnginePool;
import org.wathiqa.ocr.NoiseFilter;
import org.wathiqa.ocr.OcrEngine;
import org.wathiqa.ocr.OcrLine;
import org.wathiqa.ocr.PageSegmentation;
import org.wathiqa.ocr.TextRepairs;
import org.wathiqa.fields.StampFields;
import org.wathiqa.fields.Vocabulary;
import org.wathiqa.prepare.Blocks;
import org.wathiqa.prepare.Mats;
import org.wathiqa.prepare.PreparedPage;
import org.wathiqa.prepare.StampOutlines;
import org.wathiqa.prepare.Preparer;
import org.wathiqa.read.PageInput;
import org.wathiqa.stamp.LayerStamps;
import org.wathiqa.stamp.SignatureFinder;
import org.wathiqa.stamp.StampFinder;
import org.wathiqa.text.ArabicText;

/** Turns one page as read into a {@link PageResult}. Thread-safe. */
final class PageProcessor {
  /** Share of a line's box inside a stamp's for the line to be the stamp's own text. */
  static final double STAMP_WITHIN = 0.9;
  /** Share of a line's characters that may differ from the stamp's reading for it to be a repeat of it. */
  static final double STAMP_ECHO = 0.25;
  /** Share of a line's box inside a signature mark's for the line to be read from the mark. */
  static final double SIGNATURE_WITHIN = 0.8;
  /** Confidence from which a line within a signature mark is print, not the mark's strokes. */
  static final double SIGNATURE_SURE = 0.6;
  /** Fewest letters of a line compared with a stamp's reading; shorter scraps match anything. */
  static final int STAMP_ECHO_LETTERS = 4;
  /**
   * The resolution the engine is told for a prepared page, whatever the file says. Tesseract's
   * layout analysis judges line heights and gaps by it, and the preparation leaves letters of the
   * size of body text at 300 dpi (at most a third above {@value Preparer#TARGET_GLYPH} pixels) while
   * files often state 150 or 200 dpi: told that, the engine took lines for twice their size and
   * merged or dropped some. Measured with {@code score.py}: text CER on two generated held-out sets
   * 0.0556 to 0.0503 and 0.0381 to 0.0367, on the fixtures 0.0309 to 0.0303, on the evaluation
   * letters 0.0336 to 0.0345.
   */
  static final int ENGINE_DPI = 300;
  private final Preparer preparer;
  private final EnginePool engines;
  private final StampFinder stamps;
  private final PageSegmentation segmentation;
  private final DigitReader digits;
  private final StampFields stampFields;
  private final boolean readBlocks;
  private final boolean findSignatures;

  /**
   * @param stamps finds stamps on recognised pages, or null to look for none
   * @param segmentation how every page is split into lines, or null to choose by the page's layout
   * @param digits reads the digits of recognised words again from the page, or null to keep the engine's
   * @param readBlocks mend what the engine merged across or lost between the blocks of a letter
   * @param findSignatures look for handwritten signature marks on recognised pages
   */
  PageProcessor(Preparer preparer, EnginePool engines, StampFinder stamps, PageSegmentation segmentation,
      DigitReader digits, StampFields stampFields, boolean readBlocks, boolean findSignatures) {
    this.readBlocks = readBlocks;
    this.findSignatures = findSignatures;
    this.stampFields = stampFields;
    this.preparer = preparer;
    this.engines = engines;
    this.stamps = stamps;
    this.segmentation = segmentation;
    this.digits = digits;
  }

  /**
   * A dense block of full-width lines reads best as one block; a page of separate blocks (a letter)
   * as a column of lines of varying size, so a letterhead and the number beside it stay apart.
   */
  private PageSegmentation segmentationFor(PreparedPage page) {
    if (segmentation != null) {
      return segmentation;
    }
    return page.denseBlock() ? PageSegmentation.SINGLE_BLOCK : PageSegmentation.SINGLE_COLUMN;
  }

  PageResult process(PageInput page) throws DocumentException, EnvironmentException {
    if (page instanceof PageInput.TextLayer layer) {
      return fromTextLayer(layer);
    }
    return recognise((PageInput.Image) page);
  }

  private PageResult fromTextLayer(PageInput.TextLayer layer) {
    return new PageResult(layer.index(), layer.width(), layer.height(), layer.dpi(), 0,
        TextSource.PDF_TEXT_LAYER, joined(layer.lines()), layer.lines().isEmpty() ? 0 : 1,
        layer.lines(), withFields(LayerStamps.group(layer.stampLines()), layer.index()));
  }

  /** {@code stamps} with what register stamps record read into their fields. */
  private List<Stamp> withFields(List<Stamp> stamps, int page) {
    List<Stamp> out = new ArrayList<>(stamps.size());
    for (Stamp s : stamps) {
      out.add(s.shape().equals("rect") ? s.withFields(stampFields.read(s.text(), s.confidence(), page, s.box())) : s);
    }
    return out;
  }

  private PageResult recognise(PageInput.Image page) throws DocumentException, EnvironmentException {
    PreparedPage prepared = preparer.prepare(page.image(), page.dpi());
    Reading reading = read(page, prepared);
    List<OcrLine> read = digits == null || reading.text() == null ? reading.lines()
        : digits.reread(reading.text(), reading.lines());
    List<Line> lines = new ArrayList<>(read.size());
    for (OcrLine line : read) {
      lines.add(new Line(TextRepairs.repaired(line.text()), line.confidence(),
          prepared.toOriginal(line.box(), page.width(), page.height())));
    }
    lines = withoutStampText(lines, reading.stamps());
    double skew = prepared.blank() ? 0 : round2(-prepared.skewDegrees());
    List<Signature> signatures = findSignatures && !prepared.blank()
        ? SignatureFinder.find(page.image(), lines, reading.stamps()) : List.of();
    lines = withoutSignatureInk(lines, signatures);
    return new PageResult(page.index(), page.width(), page.height(), page.dpi(), skew,
        lines.isEmpty() ? TextSource.NONE : TextSource.OCR, joined(lines), meanConfidence(lines), lines,
        withFields(reading.stamps(), page.index()), preparation(prepared, reading.steps()), signatures);
  }

  /**
   * {@code lines} without those a register stamp printed: a line lying within a rectangular stamp
   * whose text the stamp's own reading holds, near enough, or that is made of fragments
   * ({@link NoiseFilter#fragmentary}). A black stamp's ink is as dark as the print, and its clearly
   * read lines would otherwise enter the page's text; what is left of a coloured one's ink once it
   * is lifted reads as scraps ("[ سم سح |", "1 د مد ب 7ج"). (Round stamps have
   * their own test, {@link StampOutlines.Erased#withinStamp}: the print a round stamp is pressed on,
   * a signatory's title, often says what its centre says.)
   */
  static List<Line> withoutStampText(List<Line> lines, List<Stamp> stamps) {
    if (stamps.isEmpty()) {
      return lines;
    }
    List<Line> out = new ArrayList<>(lines.size());
    for (Line line : lines) {
      if (!stampText(line, stamps)) {
        out.add(line);
      }
    }
    return out;
  }

  /**
   * {@code lines} without those the engine read from a signature's strokes: a line lying within a
   * signature mark found on the page ({@value #SIGNATURE_WITHIN} of its box) that the engine is
   * unsure of and that holds no word of the word lists ({@link Vocabulary#knowsAWordOf}: an
   * office's title a signature is drawn over stays). Read as text, the strokes give a line of
   * fragments under the signatory's name, which would enter the page text and be taken for the
   * name itself.
   */
  static List<Line> withoutSignatureInk(List<Line> lines, List<Signature> signatures) {
    if (signatures.isEmpty()) {
      return lines;
    }
    List<Line> out = new ArrayList<>(lines.size());
    for (Line line : lines) {
      Box box = line.box();
      boolean scrawl = line.confidence() < SIGNATURE_SURE && signatures.stream()
          .anyMatch(s -> box.mostlyWithin(s.box(), SIGNATURE_WITHIN))
          && !Vocabulary.knowsAWordOf(line.text());
      if (!scrawl) {
        out.add(line);
      }
    }
    return out;
  }

  private static boolean stampText(Line line, List<Stamp> stamps) {
    String text = ArabicText.normalize(line.text()).replaceAll("\\s+", " ").strip();
    boolean echoable = text.codePoints().filter(Character::isLetter).count() >= STAMP_ECHO_LETTERS;
    boolean fragments = NoiseFilter.fragmentary(line.text());
    Box box = line.box();
    for (Stamp s : stamps) {
      boolean within = s.shape().equals("rect") && box.mostlyWithin(s.box(), STAMP_WITHIN);
      if (within && (fragments || echoable && s.text() != null
          && ArabicText.infixDistance(text, ArabicText.normalize(s.text())) <= STAMP_ECHO * text.length())) {
        return true;
      }
    }
    return false;
  }

  private Preparation preparation(PreparedPage prepared, List<Preparation.Step> around) {
    String mode = prepared.blank() ? "" : segmentationFor(prepared).id();
    List<Preparation.Step> steps = new ArrayList<>(prepared.steps());
    steps.addAll(around);
    return new Preparation(steps, round4(prepared.inkFraction()), round4(prepared.scale()), mode,
        prepared.rotation());
  }

  private static double round4(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  /**
   * What the engine read on one page: its lines (prepared pixels), its stamps (page pixels), the
   * prepared image the lines were read from (null on a blank page) and the steps taken around
   * recognition.
   */
  private record Reading(List<OcrLine> lines, List<Stamp> stamps, BufferedImage text, List<Preparation.Step> steps) {}

  /** The round stamps found on the page, in pixels of the prepared page. */
  private static List<StampOutlines.Circle> roundStamps(PreparedPage prepared, List<Stamp> found) {
    List<StampOutlines.Circle> circles = new ArrayList<>();
    for (Stamp s : found) {
      if (s.shape().equals("round")) {
        Box b = s.box();
        circles.add(prepared.fromOriginal(b.x() + b.w() / 2.0, b.y() + b.h() / 2.0, b.w() / 2.0));
      }
    }
    return circles;
  }

  /**
   * The stamps in ink as dark as the print, which the page's text is read with, in pixels of the
   * prepared page: the register stamps found by their frame (their boxes) and the round stamps whose
   * circles were erased from {@code text} (their squares).
   */
  private static List<Box> blackStamps(PreparedPage prepared, List<Stamp> found, StampOutlines.Erased text) {
    List<Box> boxes = new ArrayList<>();
    for (Stamp s : found) {
      if (s.shape().equals("rect") && s.color().equals(StampFinder.BLACK)) {
        boxes.add(prepared.fromOriginalCentred(s.box()));
      }
    }
    for (StampOutlines.Circle c : text.stamps()) {
      boxes.add(c.square());
    }
    return boxes;
  }

  /**
   * Whether the engine read {@code line} from a stamp rather than from print: the stamp's text where
   * its outlines were erased ({@link StampOutlines.Erased#withinStamp}), or, within any round stamp,
   * fragments read unsure: what is left of a coloured stamp's ink after it was lifted from the page.
   */
  private static boolean fromStamp(OcrLine line, StampOutlines.Erased text, List<StampOutlines.Circle> stamps) {
    return text.withinStamp(line.box(), line.confidence())
        || line.confidence() < StampOutlines.SURE && NoiseFilter.fragmentary(line) && StampOutlines.within(line.box(), stamps);
  }

  /** Recognises the page's text unless it is blank, and its stamps, with one borrowed engine. */
  private Reading read(PageInput.Image page, PreparedPage prepared) throws DocumentException, EnvironmentException {
    if (prepared.blank() && (stamps == null || !Mats.hasColour(page.image()))) {
      return new Reading(List.of(), List.of(), null, List.of()); // black print, stamps included, would have made it not blank
    }
    OcrEngine engine = engines.borrow();
    boolean healthy = false;
    try {
      List<Stamp> found = stamps == null ? List.of() : stamps.find(page.image(), page.dpi(), engine, prepared.blank());
      if (prepared.blank()) {
        healthy = true;
        return new Reading(List.of(), found, null, List.of());
      }
      List<StampOutlines.Circle> round = roundStamps(prepared, found);
      StampOutlines.Erased text = StampOutlines.erase(prepared.image(), round);
      List<Preparation.Step> steps = new ArrayList<>();
      if (!text.stamps().isEmpty()) {
        steps.add(Preparation.Step.STAMP_OUTLINES);
      }
      List<OcrLine> lines = new ArrayList<>();
      for (OcrLine line : NoiseFilter.keepText(recognise(engine, prepared, text.image(), steps))) {
        if (!fromStamp(line, text, round)) {
          lines.add(line);
        }
      }
      lines = UnderStamp.reread(lines, text.image(), text.stamps(), engine, ENGINE_DPI);
      lines = StackedRows.reread(lines, text.image(), blackStamps(prepared, found, text), engine, ENGINE_DPI);
      lines = readBlocks ? Verses.joined(lines, text.image().getWidth()) : lines;
      healthy = true;
      return new Reading(lines, found, text.image(), steps);
    } finally {
      if (healthy) {
        engines.release(engine);
      } else {
        engines.discard(engine);
      }
    }
  }

  /**
   * The page's lines: read whole, then, on a letter of separate blocks, the rows whose lines the
   * engine merged with a neighbouring block's or lost read again alone.
   */
  private List<OcrLine> recognise(OcrEngine engine, PreparedPage prepared, BufferedImage image,
      List<Preparation.Step> steps) throws DocumentException {
    PageSegmentation mode = segmentationFor(prepared);
    List<OcrLine> whole = engine.recognize(image, ENGINE_DPI, mode);
    if (mode != PageSegmentation.SINGLE_COLUMN || !readBlocks) {
      return whole;
    }
    List<OcrLine> mended = BlockReading.repair(whole, blocksOf(image), engine, image, ENGINE_DPI);
    if (mended != whole) {
      steps.add(Preparation.Step.BLOCK_READING);
    }
    return mended;
  }

  private static Blocks blocksOf(BufferedImage image) {
    org.opencv.core.Mat grey = Mats.grey(image);
    try {
      return Blocks.of(grey);
    } finally {
      grey.release();
    }
  }

  static String joined(List<Line> lines) {
    StringBuilder text = new StringBuilder();
    for (Line line : lines) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(line.text());
    }
    return text.toString();
  }

  static double meanConfidence(List<Line> lines) {
    if (lines.isEmpty()) {
      return 0;
    }
    double sum = 0;
    long chars = 0;
    for (Line line : lines) {
      sum += line.confidence() * line.text().length();
      chars += line.text().length();
    }
    return round2(sum / chars);
  }

  private static double round2(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
