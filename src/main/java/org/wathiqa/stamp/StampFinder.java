package org.wathiqa.stamp;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencv.core.Mat;
import org.wathiqa.DocumentException;
import org.wathiqa.EnvironmentException;
import org.wathiqa.Stamp;
import org.wathiqa.digits.DigitCheckingEngine;
import org.wathiqa.digits.DigitReader;
import org.wathiqa.ocr.OcrEngine;
import org.wathiqa.prepare.GreyLevels;
import org.wathiqa.prepare.OpenCv;

/**
 * Finds the ink stamps on a page and reads what they say: round, oval and rectangular stamps in
 * coloured ink by their colour, and on grey or photocopied pages, where stamp ink is black, by their
 * outline (a circle holding a second circle, a drawn rectangle).
 *
 * <p>Thread-safe: one finder may serve many threads, each with its own engine.
 *
 * <p>{@code
 * List<Stamp> stamps = new StampFinder().find(page.image(), page.dpi(), engine);
 * }
 */
public final class StampFinder {
  /**
   * The colour given a stamp found by its outline on a grey page: its ink is as dark as the print, or
   * a grey between print and paper, and stays in the page the text is read from.
   */
  public static final String BLACK = "#000000";
  /** Detection confidence of a stamp found by its coloured ink. */
  private static final double COLOURED = 0.9;
  /** Detection confidence of a stamp found by its outline alone. */
  private static final double OUTLINED = 0.7;

  /** Overlap (intersection over union) above which two finds are one stamp. */
  private static final double SAME_STAMP = 0.3;

  private final boolean outlines;
  private final DigitReader digits;

  /**
   * A finder for coloured stamps and, on pages without them, outlined black ones.
   *
   * @throws EnvironmentException if OpenCV cannot be loaded
   */
  public StampFinder() throws EnvironmentException {
    this(true);
  }

  /**
   * A finder that looks for coloured stamps, and, if {@code outlines}, for black stamps by their
   * drawn circles and frames on pages without coloured ones (slower: a second search of the page).
   *
   * @throws EnvironmentException if OpenCV cannot be loaded
   */
  public StampFinder(boolean outlines) throws EnvironmentException {
    this(outlines, null);
  }

  /**
   * A finder as {@link #StampFinder(boolean)} whose readings have their digits read again by
   * {@code digits} from the stamp's own image, or left as the engine read them if it is null.
   *
   * @throws EnvironmentException if OpenCV cannot be loaded
   */
  public StampFinder(boolean outlines, DigitReader digits) throws EnvironmentException {
    OpenCv.load();
    this.outlines = outlines;
    this.digits = digits;
  }

  /**
   * The stamps on {@code page}, top to bottom.
   *
   * @param page the page as read, any image type
   * @param dpi its resolution in dots per inch
   * @param engine reads the stamps' text; used by this thread only for the call
   * @return the stamps, boxes in pixels of {@code page}
   * @throws DocumentException if recognition fails
   */
  public List<Stamp> find(BufferedImage page, int dpi, OcrEngine engine) throws DocumentException {
    return find(page, dpi, engine, false);
  }

  /**
   * The stamps on {@code page}, as {@link #find(BufferedImage, int, OcrEngine)}; on a page whose
   * grey holds no print ({@code blank}) only coloured stamps are looked for, since a black one
   * would have been print.
   */
  public List<Stamp> find(BufferedImage page, int dpi, OcrEngine engine, boolean blank) throws DocumentException {
    if (dpi <= 0) {
      throw new IllegalArgumentException("dpi must be positive, got " + dpi);
    }
    OcrEngine reader = digits == null ? engine : new DigitCheckingEngine(engine, digits);
    try (PageInk ink = PageInk.of(page, dpi)) {
      List<Stamp> stamps = new ArrayList<>();
      List<Candidate> found = detect(ink, ink.dpi(), outlines && !blank);
      GreyLevels levels = found.stream().anyMatch(c -> !c.coloured()) ? GreyLevels.of(ink.grey()) : null;
      for (Candidate candidate : found) {
        Mat own = candidate.coloured() ? ink.printFor(candidate, found) : ink.withoutPrint(candidate, levels);
        Mat print = own != null ? own : ink.grey(); // a coloured stamp always has its own
        try {
          Stamp read = StampReader.read(candidate, print, own == null, reader, candidate.coloured() ? COLOURED : OUTLINED);
          stamps.add(ink.toPage(read, page.getWidth(), page.getHeight()));
        } finally {
          if (own != null) {
            own.release();
          }
        }
      }
      stamps.sort(Comparator.comparingInt((Stamp s) -> s.box().y()).thenComparingInt(s -> s.box().x()));
      return List.copyOf(stamps);
    }
  }

  /**
   * The stamps on the page, unread: coloured ones first, then outlined ones that overlap none of
   * them; black circles are searched for only on pages without coloured ones.
   */
  private static List<Candidate> detect(PageInk ink, int dpi, boolean outlines) {
    List<Candidate> found = new ArrayList<>();
    if (ink.coloured()) {
      found.addAll(ColourDetector.find(ink.bgr(), ink.mask(), dpi));
    }
    if (outlines) {
      for (Candidate c : GreyDetector.find(ink.grey(), dpi, List.copyOf(found))) {
        if (found.stream().noneMatch(f -> f.box().iou(c.box()) > SAME_STAMP)) {
          found.add(c);
        }
      }
    }
    return found;
  }

}
