package org.wathiqa.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

class ContrastTest {

  @BeforeAll
  static void loadOpenCv() throws Exception {
    OpenCv.load();
  }

  /** A page of grey-{@code ink} words on grey-{@code paper} paper. */
  static Mat page(int ink, int paper) {
    BufferedImage page = new BufferedImage(800, 600, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(new Color(paper, paper, paper));
    g.fillRect(0, 0, 800, 600);
    g.setColor(new Color(ink, ink, ink));
    for (int y = 100; y < 500; y += 50) {
      LayoutTest.line(g, 700, y, 120, 90, 150, 60, 110);
    }
    g.dispose();
    return Mats.grey(page);
  }

  static int at(Mat m, int x, int y) {
    return (int) m.get(y, x)[0];
  }

  @Test
  void fadedPrintOnGreyPaper_becomesBlackOnWhite() {
    Mat grey = page(120, 215);

    assertTrue(Contrast.stretch(grey));

    assertEquals(0, at(grey, 650, 110), 1);   // inside a word
    assertEquals(255, at(grey, 50, 50), 1);   // paper
    grey.release();
  }

  @Test
  void fadedPage_matchesTheSamePagePrintedBlackOnWhite() {
    Mat faded = page(120, 215);
    Mat crisp = page(0, 255);

    Contrast.stretch(faded);

    ImageDiff.assertClose("contrast", Mats.toImage(crisp), Mats.toImage(faded), 1.0);
    faded.release();
    crisp.release();
  }

  @Test
  void blackPrintOnWhitePaper_isLeftAlone() {
    Mat grey = page(20, 245);

    assertFalse(Contrast.stretch(grey));

    assertEquals(20, at(grey, 650, 110));
    assertEquals(245, at(grey, 50, 50));
    grey.release();
  }

  @Test
  void anEmptyGreyPage_isLeftAlone() {
    Mat grey = page(215, 215);

    assertFalse(Contrast.stretch(grey));
    grey.release();
  }
}
