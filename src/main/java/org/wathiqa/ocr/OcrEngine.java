package org.wathiqa.ocr;

import java.awt.image.BufferedImage;
import java.util.List;
import org.wathiqa.Box;
import org.wathiqa.DocumentException;

/**
 * Recognises the printed lines of one page image. The seam between the pipeline and a concrete OCR
 * engine, so the stages after it can be tested on made-up pages.
 *
 * <p>Implementations are not thread-safe: one engine serves one thread at a time. Whoever holds an
 * engine closes it; closing twice is safe.
 */
public interface OcrEngine extends AutoCloseable {

  /**
   * Recognises {@code page}.
   *
   * @param page an 8-bit grey image ({@link BufferedImage#TYPE_BYTE_GRAY})
   * @param dpi the image's resolution in dots per inch
   * @return the lines top to bottom, text in logical order, boxes in pixels of {@code page}; each
   *     line with its words where the engine gives them
   * @throws DocumentException if recognition fails
   */
  List<OcrLine> recognize(BufferedImage page, int dpi) throws DocumentException;

  /**
   * Recognises {@code page} with the given page segmentation instead of the engine's own, e.g. a
   * single line for a strip of unwrapped stamp text.
   */
  default List<OcrLine> recognize(BufferedImage page, int dpi, PageSegmentation mode) throws DocumentException {
    return recognize(page, dpi);
  }

  /**
   * Recognises {@code page} as {@link #recognize(BufferedImage, int, PageSegmentation)} does, but
   * keeps every row of text the engine finds: Tesseract drops rows it takes for noise, and a row of
   * small Arabic letters thick with dots (قسم شرطة المدينة) inside a stamp's frame is one it drops,
   * though it reads the row well. An engine without such a step reads as usual.
   */
  default List<OcrLine> recognizeEveryRow(BufferedImage page, int dpi, PageSegmentation mode) throws DocumentException {
    return recognize(page, dpi, mode);
  }

  /**
   * Recognises the {@code regions} of {@code page} one after another, each cut out and set on a
   * margin of {@code margin} pixels of paper, so the engine sees no ink of the blocks around it;
   * the lines come region by region, boxes in pixels of {@code page}.
   */
  default List<OcrLine> recognize(BufferedImage page, int dpi, List<Region> regions, int margin)
      throws DocumentException {
    List<OcrLine> out = new java.util.ArrayList<>();
    for (Region region : regions) {
      Box r = region.box();
      for (OcrLine line : recognize(Cutout.of(page, r, margin), dpi, region.mode())) {
        out.add(line.moved(r.x() - margin, r.y() - margin));
      }
    }
    return out;
  }

  /**
   * Recognises {@code region} of {@code page} as one line, cut out on {@code margin} pixels of paper
   * and shrunk to {@code across} of its width and {@code down} of its height (each in (0, 1]);
   * boxes in pixels of {@code page}. Print much larger or wider than the fonts the model learnt, a
   * heavy bold letterhead above all, that the engine cannot read at its own size often reads shrunk.
   */
  default List<OcrLine> recognizeShrunk(BufferedImage page, int dpi, Box region, int margin, double across,
      double down) throws DocumentException {
    List<OcrLine> out = new java.util.ArrayList<>();
    BufferedImage cut = Cutout.shrunk(Cutout.of(page, region, margin), across, down);
    for (OcrLine line : recognize(cut, dpi, PageSegmentation.SINGLE_LINE)) {
      out.add(line.scaled(1 / across, 1 / down).moved(region.x() - margin, region.y() - margin));
    }
    return out;
  }

  /** A part of a page to recognise on its own, and how to split it into lines. */
  record Region(Box box, PageSegmentation mode) {}

  @Override
  void close();
}
