package org.wathiqa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.wathiqa.ocr.OcrEngine;
import org.wathiqa.ocr.OcrLine;

/** The pages of one long document are recognised on every worker at once, and come back in order. */
class PageParallelismTest {
  private static final int PAGES = 12;

  /** Counts the engines recognising at the same moment; each recognition takes a while. */
  static final class SlowEngine implements OcrEngine {
    static final AtomicInteger BUSY = new AtomicInteger();
    static final AtomicInteger MOST_BUSY = new AtomicInteger();

    @Override
    public List<OcrLine> recognize(BufferedImage page, int dpi) throws DocumentException {
      MOST_BUSY.accumulateAndGet(BUSY.incrementAndGet(), Math::max);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        BUSY.decrementAndGet();
      }
      return List.of(new OcrLine("سطر", 0.9, new Box(10, 10, 50, 20)));
    }

    @Override
    public void close() {}
  }

  @Test
  void extract_oneLongTiff_recognisesPagesOnEveryWorkerAndKeepsTheirOrder() throws Exception {
    AtomicInteger created = new AtomicInteger();
    try (Wathiqa wathiqa = Wathiqa.builder().threads(2).stamps(false).ocrEngine(() -> {
      created.incrementAndGet();
      return new SlowEngine();
    }).build()) {
      DocumentResult result = wathiqa.extract(new java.io.ByteArrayInputStream(tiff(PAGES)), "long.tif");
      assertEquals(Status.OK, result.status());
      assertEquals(PAGES, result.pages().size());
      for (int i = 0; i < PAGES; i++) {
        assertEquals(i, result.pages().get(i).index());
      }
    }
    assertEquals(2, SlowEngine.MOST_BUSY.get(), "both workers recognised pages of the one document at once");
    assertEquals(2, created.get(), "one engine per worker, reused across pages");
  }

  private static byte[] tiff(int pages) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      for (BufferedImage page : pages(pages)) {
        writer.writeToSequence(new IIOImage(page, null, null), null);
      }
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** Grey pages with bars of "print" on them, so none is taken as blank. */
  private static List<BufferedImage> pages(int n) {
    List<BufferedImage> pages = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      BufferedImage page = new BufferedImage(800, 1000, BufferedImage.TYPE_BYTE_GRAY);
      Graphics2D g = page.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 800, 1000);
      g.setColor(Color.BLACK);
      for (int y = 100; y < 900; y += 60) {
        g.fillRect(100, y, 600, 12);
      }
      g.dispose();
      pages.add(page);
    }
    return pages;
  }
}
