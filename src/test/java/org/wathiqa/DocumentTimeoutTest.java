package org.wathiqa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.wathiqa.ocr.OcrEngine;
import org.wathiqa.ocr.OcrLine;

class DocumentTimeoutTest {

  /** An engine that takes {@code millis} per page and reads nothing; counts pages begun and cancelled. */
  private static final class SlowEngine implements OcrEngine {
    private final long millis;
    private final AtomicInteger started;
    private final AtomicInteger interrupted;

    SlowEngine(long millis, AtomicInteger started, AtomicInteger interrupted) {
      this.millis = millis;
      this.started = started;
      this.interrupted = interrupted;
    }

    @Override
    public List<OcrLine> recognize(BufferedImage page, int dpi) throws DocumentException {
      started.incrementAndGet();
      try {
        Thread.sleep(millis);
        return List.of();
      } catch (InterruptedException e) {
        interrupted.incrementAndGet();
        Thread.currentThread().interrupt();
        throw new DocumentException(ErrorCode.TIMEOUT, "interrupted");
      }
    }

    @Override
    public void close() {}
  }

  @Test
  void extract_documentSlowerThanItsDeadline_failsWithTimeoutAndCancelsItsPage() throws Exception {
    AtomicInteger begun = new AtomicInteger();
    AtomicInteger interrupted = new AtomicInteger();
    try (Wathiqa wathiqa = Wathiqa.builder().threads(1).stamps(false)
        .ocrEngine(() -> new SlowEngine(30_000, begun, interrupted))
        .documentTimeout(Duration.ofSeconds(3)).build()) {
      long started = System.nanoTime();
      DocumentResult result = wathiqa.extract(Path.of("fixtures/tiff-g4-001.tif"));
      double seconds = (System.nanoTime() - started) / 1e9;

      assertEquals(Status.FAILED, result.status());
      assertEquals(ErrorCode.TIMEOUT, result.error().code());
      assertTrue(result.error().message().contains("documentTimeout")
          && result.error().message().contains("3.0 s"), result.error().message());
      assertTrue(seconds < 20, "gave up after " + seconds + " s, not at the end of the page");
      for (int i = 0; i < 200 && interrupted.get() < begun.get(); i++) {
        Thread.sleep(50);
      }
      assertEquals(begun.get(), interrupted.get(), "a page still running was cancelled");
    }
  }

  @Test
  void documentTimeout_zeroOrNegative_isRefusedNamingTheOption() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Wathiqa.builder().documentTimeout(Duration.ZERO));
    assertTrue(e.getMessage().contains("documentTimeout") && e.getMessage().contains("PT0S"),
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Wathiqa.builder().documentTimeout(null));
  }

  @Test
  void extractionError_messageWithLineBreaksAndEscapes_isOneLine() {
    ExtractionError error = new ExtractionError(ErrorCode.CORRUPT,
        "a\nb.pdf: font 'x\r\u001b[2J' \u2028 is damaged");
    assertEquals("a\\nb.pdf: font 'x\\r\\u001b[2J' \\u2028 is damaged", error.message());
  }
}
