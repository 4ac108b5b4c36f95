package org.wathiqa;

import java.util.ArrayList;
import java.util.List;
import org.wathiqa.ocr.EnginePool;
import org.wathiqa.ocr.NoiseFilter;
import org.wathiqa.ocr.OcrEngine;
import org.wathiqa.ocr.OcrLine;
import org.wathiqa.prepare.PreparedPage;
import org.wathiqa.prepare.Preparer;
import org.wathiqa.read.PageInput;
import org.wathiqa.stamp.LayerStamps;

/** Turns one page as read into a {@link PageResult}. Thread-safe. */
final class PageProcessor {
  private final Preparer preparer;
  private final EnginePool engines;

  PageProcessor(Preparer preparer, EnginePool engines) {
    this.preparer = preparer;
    this.engines = engines;
  }

  PageResult process(PageInput page) throws DocumentException, EnvironmentException {
    if (page instanceof PageInput.TextLayer layer) {
      return fromTextLayer(layer);
    }
    return recognise((PageInput.Image) page);
  }

  private static PageResult fromTextLayer(PageInput.TextLayer layer) {
    return new PageResult(layer.index(), layer.width(), layer.height(), layer.dpi(), 0,
        TextSource.PDF_TEXT_LAYER, joined(layer.lines()), layer.lines().isEmpty() ? 0 : 1,
        layer.lines(), LayerStamps.group(layer.stampLines()));
  }

  private PageResult recognise(PageInput.Image page) throws DocumentException, EnvironmentException {
    PreparedPage prepared = preparer.prepare(page.image(), page.dpi());
    List<OcrLine> read = prepared.blank() ? List.of() : NoiseFilter.keepText(ocr(prepared));
    List<Line> lines = new ArrayList<>(read.size());
    for (OcrLine line : read) {
      lines.add(new Line(line.text(), line.confidence(),
          prepared.toOriginal(line.box(), page.width(), page.height())));
    }
    return new PageResult(page.index(), page.width(), page.height(), page.dpi(),
        round2(-prepared.skewDegrees()), lines.isEmpty() ? TextSource.NONE : TextSource.OCR,
        joined(lines), meanConfidence(lines), lines, List.of());
  }

  private List<OcrLine> ocr(PreparedPage prepared) throws DocumentException, EnvironmentException {
    OcrEngine engine = engines.borrow();
    boolean healthy = false;
    try {
      List<OcrLine> lines = engine.recognize(prepared.image(), prepared.dpi());
      healthy = true;
      return lines;
    } finally {
      if (healthy) {
        engines.release(engine);
      } else {
        engines.discard(engine);
      }
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
