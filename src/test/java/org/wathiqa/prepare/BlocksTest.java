package org.wathiqa.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;
import org.wathiqa.Box;

class BlocksTest {
  /** Line pitch inside a block: set solid, as a letterhead is. */
  private static final int PITCH = 34;

  @BeforeAll
  static void loadOpenCv() throws Exception {
    OpenCv.load();
  }

  static Blocks blocks(BufferedImage page) {
    Mat grey = Mats.grey(page);
    try {
      return Blocks.of(grey);
    } finally {
      grey.release();
    }
  }

  /** A letter: a letterhead on the right, a number block beside its lower lines, a body below. */
  static BufferedImage letter() {
    BufferedImage page = new BufferedImage(1200, 1000, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = LayoutTest.paper(page);
    LayoutTest.line(g, 1100, 100, 90, 120, 100);
    LayoutTest.line(g, 1060, 100 + PITCH, 110, 80);
    LayoutTest.line(g, 1080, 100 + 2 * PITCH, 70, 130, 60);
    LayoutTest.line(g, 400, 100 + PITCH, 60, 140);
    LayoutTest.line(g, 420, 100 + 2 * PITCH, 80, 50, 120);
    for (int i = 0; i < 4; i++) {
      LayoutTest.line(g, 1100, 400 + i * PITCH, 120, 90, 150, 60, 110, 80, 130, 100);
    }
    g.dispose();
    return page;
  }

  @Test
  void letter_givesLetterheadThenNumberBlockThenBody_withTheirRows() {
    List<Blocks.Block> found = blocks(letter()).blocks();

    assertEquals(3, found.size(), found.toString());
    assertTrue(found.get(0).box().x() > 600, "the letterhead, on the right, comes first: " + found);
    assertTrue(found.get(1).box().right() < 600, "then the number block on the left: " + found);
    assertTrue(found.get(2).box().y() > 350, "then the body: " + found);
    assertEquals(List.of(3, 2, 4), found.stream().map(b -> b.rows().size()).toList());
  }

  @Test
  void blocks_neverOverlap_andHoldTheirRows() {
    List<Blocks.Block> found = blocks(letter()).blocks();

    for (int i = 0; i < found.size(); i++) {
      for (Box row : found.get(i).rows()) {
        assertEquals((long) row.w() * row.h(), row.intersectionArea(found.get(i).box()), "row inside its block");
      }
      for (int j = i + 1; j < found.size(); j++) {
        assertEquals(0, found.get(i).box().intersectionArea(found.get(j).box()), found.get(i) + " / " + found.get(j));
      }
    }
  }

  @Test
  void rowsOfTheNumberBlock_lieOnTheLettersLines() {
    Blocks.Block number = blocks(letter()).blocks().get(1);

    assertEquals(100 + PITCH, number.rows().get(0).y(), 2);
    assertEquals(100 + 2 * PITCH, number.rows().get(1).y(), 2);
  }

  @Test
  void aSingleParagraph_isReadWhole() {
    BufferedImage page = new BufferedImage(1200, 1000, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = LayoutTest.paper(page);
    for (int i = 0; i < 6; i++) {
      LayoutTest.line(g, 1100, 200 + i * PITCH, 120, 90, 150, 60, 110, 80, 130, 100);
    }
    g.dispose();

    assertSame(Blocks.NONE, blocks(page));
  }

  @Test
  void speckle_addsNoBlocks() {
    BufferedImage page = letter();
    Random random = new Random(7);
    for (int i = 0; i < 400; i++) {
      int x = random.nextInt(page.getWidth() - 2);
      int y = 600 + random.nextInt(page.getHeight() - 602);
      page.getRaster().setSample(x, y, 0, 0);
      page.getRaster().setSample(x + 1, y, 0, 0);
    }

    assertEquals(3, blocks(page).blocks().size());
  }

  @Test
  void margin_isPaperOfAFewLetterHeights() {
    Blocks found = blocks(letter());

    assertTrue(found.margin() >= 22 && found.margin() <= 3 * 22, "margin " + found.margin());
    assertFalse(found.blocks().isEmpty());
  }
}
