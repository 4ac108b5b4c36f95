package org.wathiqa.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wathiqa.Box;
import org.wathiqa.ocr.OcrEngine;
import org.wathiqa.ocr.OcrLine;
import org.wathiqa.ocr.OcrWord;
import org.wathiqa.ocr.PageSegmentation;

class DigitCheckingEngineTest {
  private static final DigitReader READER = DigitReader.bundled();

  /** An engine that reads any image as "رقم" and a garbled ٢٠١٢ over the image's ink. */
  private static final class Garbling implements OcrEngine {
    boolean closed;

    @Override
    public List<OcrLine> recognize(BufferedImage page, int dpi) {
      Box ink = GlyphStrip.inkBox(page);
      return List.of(new OcrLine("رقم 7٠17", 0.6, ink,
          List.of(new OcrWord("رقم", 0.9, ink), new OcrWord("7٠17", 0.4, ink))));
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void digitsReadByTheEngine_areReadAgainFromTheImageTheyCameFrom() throws Exception {
    GlyphStrip strip = GlyphStrip.draw(DigitFont.DEJAVU_SANS.font(), "٢٠١٢", 30, GlyphStrip.Damage.NONE);
    OcrEngine checked = new DigitCheckingEngine(new Garbling(), READER);
    assertEquals("رقم ٢٠١٢", checked.recognize(strip.image(), 300).get(0).text());
    assertEquals("رقم ٢٠١٢", checked.recognize(strip.image(), 300, PageSegmentation.SINGLE_BLOCK).get(0).text());
    assertEquals("رقم ٢٠١٢", checked.recognizeEveryRow(strip.image(), 300, PageSegmentation.SINGLE_BLOCK).get(0).text());
  }

  @Test
  void aRegionCutFromAPage_isReadAgainFromTheCut() throws Exception {
    GlyphStrip strip = GlyphStrip.draw(DigitFont.DEJAVU_SANS.font(), "٢٠١٢", 30, GlyphStrip.Damage.NONE);
    BufferedImage page = new BufferedImage(600, 400, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, 600, 400);
    g.drawImage(strip.image(), 250, 200, null);
    g.dispose();
    Box region = new Box(240, 190, strip.image().getWidth() + 20, strip.image().getHeight() + 20);
    List<OcrLine> read = new DigitCheckingEngine(new Garbling(), READER)
        .recognize(page, 300, List.of(new OcrEngine.Region(region, PageSegmentation.SINGLE_LINE)), 10);
    assertEquals("رقم ٢٠١٢", read.get(0).text());
  }

  @Test
  void closing_leavesTheEngineOpen() {
    Garbling engine = new Garbling();
    new DigitCheckingEngine(engine, READER).close();
    assertFalse(engine.closed);
  }
}
