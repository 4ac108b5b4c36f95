package org.wathiqa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wathiqa.fixtures.Batches;
import org.wathiqa.ocr.OcrEngine;
import org.wathiqa.ocr.OcrLine;

/** Pages with nothing to recognise, or with their own text, never reach the OCR engine. */
class FastPathTest {
  private static final AtomicInteger CALLS = new AtomicInteger();

  /** Counts recognitions and reads nothing. */
  static final class CountingEngine implements OcrEngine {
    @Override
    public List<OcrLine> recognize(BufferedImage page, int dpi) {
      CALLS.incrementAndGet();
      return List.of();
    }

    @Override
    public void close() {}
  }

  private static DocumentResult extract(Path file) throws EnvironmentException {
    CALLS.set(0);
    try (Wathiqa wathiqa = Wathiqa.builder().threads(2).ocrEngine(CountingEngine::new).build()) {
      return wathiqa.extract(file);
    }
  }

  @Test
  void extract_blankPages_skipRecognition(@TempDir Path dir) throws Exception {
    DocumentResult result = extract(Batches.blank(dir.resolve("blank.tif"), 4));
    assertEquals(4, result.pages().size());
    assertTrue(result.pages().stream().allMatch(p -> p.textSource() == TextSource.NONE));
    assertEquals(0, CALLS.get(), "engine calls");
  }

  @Test
  void extract_bornDigitalPdf_readsTheTextLayerWithoutRecognition(@TempDir Path dir) throws Exception {
    DocumentResult result = extract(Batches.bornDigital(dir.resolve("letters.pdf"), 4, 3));
    assertEquals(4, result.pages().size());
    assertTrue(result.pages().stream().allMatch(p -> p.textSource() == TextSource.PDF_TEXT_LAYER));
    assertTrue(result.pages().stream().allMatch(p -> p.text().length() > 100), "each page has its text");
    assertEquals(0, CALLS.get(), "engine calls");
  }

  @Test
  void extract_scannedPage_isRecognised() throws Exception {
    extract(Path.of("fixtures/clean-001.png"));
    assertTrue(CALLS.get() >= 1, "the counting engine sees recognitions when there are some");
  }
}
