package org.wathiqa.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.wathiqa.Box;
import org.wathiqa.Preparation;

class PreparerTest {

  @BeforeAll
  static void loadOpenCv() throws Exception {
    OpenCv.load();
  }

  /** A page of dark bars like text lines, rotated by {@code degrees} counter-clockwise. */
  static BufferedImage linesPage(double degrees) {
    BufferedImage page = new BufferedImage(1200, 1600, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 1200, 1600);
    g.rotate(Math.toRadians(-degrees), 600, 800);
    g.setColor(Color.BLACK);
    java.util.Random random = new java.util.Random(7);
    for (int y = 200; y < 1400; y += 60) {
      for (int x = 200; x < 1000; x += 30 + random.nextInt(20)) {
        g.fillRect(x, y, 18 + random.nextInt(10), 22);
      }
    }
    g.dispose();
    return page;
  }

  @ParameterizedTest
  @ValueSource(doubles = {-6.5, -2.0, 0.0, 1.3, 4.0, 9.0})
  void deskew_rotatedLines_findsTheAngleWithinAQuarterDegree(double degrees) throws IOException {
    BufferedImage page = linesPage(degrees);
    PreparedPage prepared = new Preparer(false, true).prepare(page, 300);
    double error = Math.abs(prepared.skewDegrees() + degrees);
    if (error > 0.25) {
      Path dump = Files.createTempFile("deskew-" + degrees + "-", ".png");
      ImageIO.write(prepared.image(), "png", dump.toFile());
      throw new AssertionError("skew " + degrees + " measured as " + (-prepared.skewDegrees())
          + "; prepared image written to " + dump);
    }
  }

  @Test
  void prepare_largeLetters_areReducedToTheTargetHeightAndBoxesMapBack() {
    BufferedImage page = linesPage(0); // bars 22 px high
    BufferedImage large = new BufferedImage(2400, 3200, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = large.createGraphics();
    g.drawImage(page, 0, 0, 2400, 3200, null); // letters 44 px high
    g.dispose();
    PreparedPage prepared = new Preparer(true, false).prepare(large, 600);
    assertEquals(Preparer.TARGET_GLYPH / 44.0, prepared.scale(), 0.03);
    assertEquals(Math.round(600 * prepared.scale()), prepared.dpi());
    Box back = prepared.toOriginal(new Box(100, 100, 50, 25), 2400, 3200);
    assertEquals(100 / prepared.scale(), back.x(), 1.5);
    assertEquals(50 / prepared.scale(), back.w(), 2.5);
  }

  @Test
  void prepare_reportsTheStepsThatChangedThePage() {
    BufferedImage large = new BufferedImage(2400, 3200, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = large.createGraphics();
    g.drawImage(linesPage(4), 0, 0, 2400, 3200, null);
    g.dispose();
    PreparedPage prepared = new Preparer(true, true).prepare(large, 600);
    assertEquals(List.of(Preparation.Step.RESCALE, Preparation.Step.DESKEW), prepared.steps());
    assertEquals(0.0, prepared.inkFraction());
    assertEquals(List.of(), new Preparer(false, false).prepare(large, 600).steps());
  }

  @Test
  void prepare_smallLetters_areNotEnlarged() {
    PreparedPage prepared = new Preparer(true, false).prepare(linesPage(0), 150);
    assertEquals(1.0, prepared.scale());
    assertEquals(150, prepared.dpi());
    assertEquals(1200, prepared.image().getWidth());
  }

  @Test
  void toOriginal_afterRotation_returnsTheBoxThatHoldsTheRotatedCorners() {
    BufferedImage page = linesPage(5);
    PreparedPage prepared = new Preparer(false, true).prepare(page, 300);
    Box centre = new Box(590, 790, 20, 20);
    Box back = prepared.toOriginal(centre, 1200, 1600);
    assertTrue(Math.abs(back.x() + back.w() / 2 - 600) <= 2, back.toString());
    assertTrue(Math.abs(back.y() + back.h() / 2 - 800) <= 2, back.toString());
    assertTrue(back.w() >= 20 && back.w() <= 24, "a rotated square's bounding box grows a little: " + back);
  }

  @Test
  void fromOriginalCentred_keepsTheBoxsSizeScaled_aboutWhereItsCentreGoes() {
    BufferedImage large = new BufferedImage(2400, 3200, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = large.createGraphics();
    g.drawImage(linesPage(5), 0, 0, 2400, 3200, null); // letters 44 px high, lines turned 5°
    g.dispose();
    PreparedPage prepared = new Preparer(true, true).prepare(large, 600);
    Box stamp = new Box(1000, 1100, 400, 200);

    Box there = prepared.fromOriginalCentred(stamp);

    double s = prepared.scale();
    assertEquals(400 * s, there.w(), 1);
    assertEquals(200 * s, there.h(), 1);
    Box centre = prepared.toOriginal(new Box(there.x() + there.w() / 2, there.y() + there.h() / 2, 1, 1), 2400, 3200);
    assertEquals(1200, centre.x(), 3, "its centre maps back to the box's: " + centre);
    assertEquals(1200, centre.y(), 3, "its centre maps back to the box's: " + centre);
  }

  @Test
  void prepare_colourPage_givesGreyOfTheSameSize() {
    BufferedImage colour = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = colour.createGraphics();
    g.setColor(new Color(30, 60, 200));
    g.fillRect(0, 0, 300, 200);
    g.dispose();
    PreparedPage prepared = new Preparer(false, false, false).prepare(colour, 300);
    assertEquals(BufferedImage.TYPE_BYTE_GRAY, prepared.image().getType());
    assertEquals(300, prepared.image().getWidth());
    int grey = prepared.image().getRaster().getSample(10, 10, 0);
    assertEquals(Math.round(0.299 * 30 + 0.587 * 60 + 0.114 * 200), grey, 2);
  }

  @Test
  void prepare_bilevelPage_unpacksBlackAndWhite() {
    BufferedImage bilevel = new BufferedImage(101, 40, BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D g = bilevel.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 101, 40);
    g.setColor(Color.BLACK);
    g.fillRect(50, 10, 7, 5);
    g.dispose();
    BufferedImage grey = new Preparer(false, false).prepare(bilevel, 300).image();
    assertEquals(255, grey.getRaster().getSample(0, 0, 0));
    assertEquals(0, grey.getRaster().getSample(50, 10, 0));
    assertEquals(0, grey.getRaster().getSample(56, 14, 0));
    assertEquals(255, grey.getRaster().getSample(57, 14, 0));
    assertEquals(255, grey.getRaster().getSample(100, 39, 0));
  }

  @Test
  void separateInk_blueStampOverBlackText_liftsTheStampAndKeepsTheText() throws IOException {
    BufferedImage page = new BufferedImage(400, 200, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = page.createGraphics();
    g.setColor(new Color(245, 243, 238));
    g.fillRect(0, 0, 400, 200);
    g.setColor(new Color(40, 60, 190));
    g.setStroke(new java.awt.BasicStroke(6));
    g.drawOval(120, 20, 160, 160);
    g.setColor(Color.BLACK); // ink multiplies: black text stays black where the stamp crosses it
    g.fillRect(50, 90, 300, 12);
    g.dispose();
    BufferedImage grey = new Preparer(false, false, true).prepare(page, 300).image();
    int stampOnPaper = grey.getRaster().getSample(200, 23, 0);
    int textUnderStamp = grey.getRaster().getSample(123, 96, 0);
    int text = grey.getRaster().getSample(60, 96, 0);
    if (stampOnPaper < 200 || textUnderStamp > 60 || text > 60) {
      Path dump = Files.createTempFile("ink-", ".png");
      ImageIO.write(grey, "png", dump.toFile());
      throw new AssertionError("stamp " + stampOnPaper + ", text under stamp " + textUnderStamp + ", text "
          + text + "; image written to " + dump);
    }
  }

  @Test
  void prepare_noisyEmptyPage_isBlankAndAPageOfLinesIsNot() {
    BufferedImage empty = new BufferedImage(1200, 1600, BufferedImage.TYPE_BYTE_GRAY);
    java.util.Random random = new java.util.Random(3);
    for (int y = 0; y < 1600; y++) {
      for (int x = 0; x < 1200; x++) {
        empty.getRaster().setSample(x, y, 0, Math.max(0, Math.min(255, (int) (232 + random.nextGaussian() * 12))));
      }
    }
    assertTrue(new Preparer(true, true).prepare(empty, 150).blank());
    assertFalse(new Preparer(true, true).prepare(linesPage(2), 150).blank());
  }
}
