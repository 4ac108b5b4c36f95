package org.wathiqa.prepare;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

class LayoutTest {

  @BeforeAll
  static void loadOpenCv() throws Exception {
    OpenCv.load();
  }

  /** Words of {@code widths} pixels set right to left from {@code right}, on the line at {@code y}. */
  static void line(Graphics2D g, int right, int y, int... widths) {
    int x = right;
    for (int w : widths) {
      x -= w;
      g.fillRect(x, y, w, 22);
      x -= 14;
    }
  }

  static boolean dense(BufferedImage page) {
    Mat grey = Mats.grey(page);
    try {
      return Layout.isDenseBlock(grey);
    } finally {
      grey.release();
    }
  }

  static Graphics2D paper(BufferedImage page) {
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, page.getWidth(), page.getHeight());
    g.setColor(Color.BLACK);
    return g;
  }

  @Test
  void justifiedLinesFillingTheTextWidth_areADenseBlock() {
    BufferedImage page = new BufferedImage(1200, 1600, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = paper(page);
    for (int y = 150; y < 1450; y += 50) {
      line(g, 1050, y, 120, 90, 150, 60, 110, 80, 130); // 740 px of words and 6 gaps: about 824 px
    }
    g.dispose();
    assertTrue(dense(page));
  }

  @Test
  void journalPageWithVerseSetInTwoHalves_isADenseBlock() {
    BufferedImage page = new BufferedImage(1200, 1600, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = paper(page);
    int y = 150;
    for (int k = 0; k < 10; k++, y += 50) {
      line(g, 1050, y, 120, 90, 150, 60, 110, 80, 130); // prose
    }
    for (int k = 0; k < 10; k++, y += 50) {
      line(g, 1050, y, 120, 90, 110);                  // right half of a verse
      line(g, 470, y, 100, 130, 110);                  // left half, a wide gap between
    }
    g.dispose();
    assertTrue(dense(page));
  }

  @Test
  void letterheadBesideANumberBlockAndShortLines_areNotADenseBlock() {
    BufferedImage page = new BufferedImage(1200, 1600, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = paper(page);
    for (int y = 100; y < 300; y += 50) {
      line(g, 1100, y, 160, 120);       // letterhead on the right
      line(g, 380, y, 90, 110);         // number and date on the left
    }
    line(g, 1100, 400, 100, 160);        // subject
    for (int y = 480; y < 780; y += 50) {
      line(g, 1100, y, 140, 90, 120, 100, 150, 80, 130);
    }
    line(g, 400, 1000, 120);             // title of the signatory
    line(g, 420, 1050, 90, 100, 80);     // name
    g.dispose();
    assertFalse(dense(page));
  }
}
