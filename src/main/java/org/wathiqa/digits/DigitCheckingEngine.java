package org.wathiqa.digits;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import org.wathiqa.DocumentException;
import org.wathiqa.ocr.OcrEngine;
import org.wathiqa.ocr.OcrLine;
import org.wathiqa.ocr.PageSegmentation;

/**
 * An engine whose readings have their digits read again by a {@link DigitReader} from the image
 * they were read from: for text recognised outside the page's own pass, such as the number and date
 * of a register stamp. A view of an engine it does not own: closing it leaves that engine open.
 * Not thread-safe, as the engine it reads with.
 */
public final class DigitCheckingEngine implements OcrEngine {
  private final OcrEngine engine;
  private final DigitReader digits;

  public DigitCheckingEngine(OcrEngine engine, DigitReader digits) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.digits = Objects.requireNonNull(digits, "digits");
  }

  @Override
  public List<OcrLine> recognize(BufferedImage page, int dpi) throws DocumentException {
    return digits.reread(page, engine.recognize(page, dpi));
  }

  @Override
  public List<OcrLine> recognize(BufferedImage page, int dpi, PageSegmentation mode) throws DocumentException {
    return digits.reread(page, engine.recognize(page, dpi, mode));
  }

  @Override
  public List<OcrLine> recognizeEveryRow(BufferedImage page, int dpi, PageSegmentation mode) throws DocumentException {
    return digits.reread(page, engine.recognizeEveryRow(page, dpi, mode));
  }

  /** Leaves the engine read with open: its holder closes it. */
  @Override
  public void close() {}
}
