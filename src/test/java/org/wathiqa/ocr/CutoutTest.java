package org.wathiqa.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wathiqa.Box;

class CutoutTest {
  private static BufferedImage grey(int w, int h, int[] pixels) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < pixels.length; i++) {
      data[i] = (byte) pixels[i];
    }
    return image;
  }

  private static int at(BufferedImage image, int x, int y) {
    return image.getRaster().getSample(x, y, 0);
  }

  @Test
  void aRegionIsSetOnItsOwnPaper() {
    int[] px = new int[6 * 4];
    java.util.Arrays.fill(px, 200);
    px[1 * 6 + 2] = 0;
    BufferedImage page = grey(6, 4, px);

    BufferedImage cut = Cutout.of(page, new Box(1, 1, 3, 2), 2);

    assertEquals(7, cut.getWidth());
    assertEquals(6, cut.getHeight());
    assertEquals(0, at(cut, 3, 2), "the region's ink, moved by the margin");
    assertEquals(200, at(cut, 0, 0), "the margin is the region's paper grey");
  }

  @Test
  void shrinking_averagesThePixelsEachNewPixelCovers() {
    // two columns of ink, two of paper, repeated: halved across, every new pixel is half ink
    int w = 8;
    int[] px = new int[w * 2];
    for (int i = 0; i < px.length; i++) {
      px[i] = (i % w) % 2 == 0 ? 0 : 200;
    }

    BufferedImage half = Cutout.shrunk(grey(w, 2, px), 0.5, 1.0);

    assertEquals(4, half.getWidth());
    assertEquals(2, half.getHeight());
    for (int x = 0; x < 4; x++) {
      assertEquals(100, at(half, x, 0));
      assertEquals(100, at(half, x, 1));
    }
  }

  @Test
  void shrinkingByAFractionalFactor_keepsTheMeanGrey() {
    int w = 50;
    int h = 30;
    int[] px = new int[w * h];
    long sum = 0;
    for (int i = 0; i < px.length; i++) {
      px[i] = (i * 37 + i / w * 11) % 256;
      sum += px[i];
    }

    BufferedImage small = Cutout.shrunk(grey(w, h, px), 0.8, 0.6);

    assertEquals(40, small.getWidth());
    assertEquals(18, small.getHeight());
    long after = 0;
    for (int y = 0; y < 18; y++) {
      for (int x = 0; x < 40; x++) {
        after += at(small, x, y);
      }
    }
    assertEquals((double) sum / px.length, (double) after / (40 * 18), 1.0);
  }

  @Test
  void shrinkingToTheSameSize_returnsTheImage() {
    BufferedImage image = grey(5, 5, new int[25]);

    assertSame(image, Cutout.shrunk(image, 1.0, 1.0));
  }

  @Test
  void aLineReadShrunk_isScaledBackToThePage() {
    OcrLine read = new OcrLine("سطر", 0.9, new Box(8, 6, 40, 12), List.of(new OcrWord("سطر", 0.9, new Box(8, 6, 40, 12))));

    OcrLine back = read.scaled(1 / 0.8, 1 / 0.6);

    assertEquals(new Box(10, 10, 50, 20), back.box());
    assertEquals(new Box(10, 10, 50, 20), back.words().get(0).box());
  }
}
