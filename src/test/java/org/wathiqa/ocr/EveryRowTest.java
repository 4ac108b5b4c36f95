package org.wathiqa.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The real engine on a register stamp as the stamp reader hands it over (a generated letter's
 * stamp, cut out, levelled and cleared outside its frame): three lines of dotted letters, the first
 * of which Tesseract's noise filter drops from a plain reading.
 */
class EveryRowTest {
  private static final int MARGIN = 12;

  @Test
  void everyRow_keepsTheRowTheNoiseFilterDrops_andLeavesPlainReadingsAsTheyWere() throws Exception {
    BufferedImage stamp = framed(image("register-stamp.png"));
    try (TesseractEngine engine = new TesseractEngine(TesseractSettings.defaults())) {
      List<OcrLine> plain = engine.recognize(stamp, 300, PageSegmentation.SINGLE_BLOCK);
      List<OcrLine> every = engine.recognizeEveryRow(stamp, 300, PageSegmentation.SINGLE_BLOCK);
      List<OcrLine> after = engine.recognize(stamp, 300, PageSegmentation.SINGLE_BLOCK);
      assertTrue(every.size() > plain.size(), "every row: " + texts(every) + ", plain: " + texts(plain));
      assertTrue(every.get(0).box().y() < plain.get(0).box().y(), "the row gained is the top one");
      assertEquals(texts(plain), texts(after), "the noise filter is back on after");
    }
  }

  private static List<String> texts(List<OcrLine> lines) {
    return lines.stream().map(OcrLine::text).toList();
  }

  private static BufferedImage image(String name) throws Exception {
    try (InputStream in = EveryRowTest.class.getResourceAsStream(name)) {
      return ImageIO.read(in);
    }
  }

  /** {@code image} in grey on a white margin, as the stamp reader frames a stamp. */
  private static BufferedImage framed(BufferedImage image) {
    BufferedImage out = new BufferedImage(image.getWidth() + 2 * MARGIN, image.getHeight() + 2 * MARGIN,
        BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.drawImage(image, MARGIN, MARGIN, null);
    g.dispose();
    return out;
  }
}
