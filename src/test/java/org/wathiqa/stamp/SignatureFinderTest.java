package org.wathiqa.stamp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wathiqa.Box;
import org.wathiqa.Line;
import org.wathiqa.Signature;
import org.wathiqa.Stamp;
import org.wathiqa.prepare.OpenCv;

class SignatureFinderTest {
  private static final Box NAME = new Box(200, 400, 500, 40);
  private static final Box SCRIBBLE = new Box(220, 470, 300, 90);
  private static final Box STAMP = new Box(400, 380, 240, 240);

  @BeforeAll
  static void loadOpenCv() throws Exception {
    OpenCv.load();
  }

  /** A page with a line of print (the signatory's name) and, under it, what {@code draw} adds. */
  static BufferedImage page(java.util.function.Consumer<Graphics2D> draw) {
    BufferedImage page = new BufferedImage(1200, 1000, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = page.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 1200, 1000);
    g.setColor(Color.BLACK);
    for (int x = NAME.x(); x < NAME.right(); x += 70) {
      g.fillRect(x, NAME.y() + 8, 55, 24);
    }
    draw.accept(g);
    g.dispose();
    return page;
  }

  static void scribble(Graphics2D g) {
    g.setColor(new Color(30, 40, 120));
    g.setStroke(new BasicStroke(3));
    Path2D.Double path = new Path2D.Double();
    path.moveTo(SCRIBBLE.x(), SCRIBBLE.bottom());
    for (int x = 0; x <= SCRIBBLE.w(); x += 4) {
      path.lineTo(SCRIBBLE.x() + x, SCRIBBLE.y() + SCRIBBLE.h() / 2.0 + Math.sin(x / 18.0) * SCRIBBLE.h() / 2.0);
    }
    g.draw(path);
  }

  static List<Signature> find(BufferedImage page) {
    return SignatureFinder.find(page, List.of(new Line("السيد الكاتب", 0.9, NAME)), List.of());
  }

  @Test
  void aScribbleUnderTheName_isASignature() {
    List<Signature> found = find(page(SignatureFinderTest::scribble));

    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).box().iou(SCRIBBLE) >= 0.7, found.get(0) + " vs " + SCRIBBLE);
  }

  /**
   * A round stamp in violet pressed over the right half of the scribble: two circles, small letters
   * round the ring between them, a word and a star in the centre above the scribble.
   */
  static void stampOverScribble(Graphics2D g) {
    g.setColor(new Color(110, 50, 140));
    g.setStroke(new BasicStroke(3));
    int cx = STAMP.x() + STAMP.w() / 2;
    int cy = STAMP.y() + STAMP.h() / 2;
    int r = STAMP.w() / 2;
    g.drawOval(cx - r + 2, cy - r + 2, 2 * r - 4, 2 * r - 4);
    g.drawOval(cx - r + 30, cy - r + 30, 2 * r - 60, 2 * r - 60);
    for (int i = 0; i < 24; i++) {
      double a = 2 * Math.PI * i / 24;
      g.fillRect((int) (cx + (r - 16) * Math.cos(a)) - 4, (int) (cy + (r - 16) * Math.sin(a)) - 5, 8, 10);
    }
    g.fillRect(cx - 40, cy - 70, 80, 18);
    g.fillOval(cx - 6, cy - 45, 12, 12);
  }

  static List<Signature> find(BufferedImage page, Stamp stamp) {
    return SignatureFinder.find(page, List.of(new Line("السيد الكاتب", 0.9, NAME)), List.of(stamp));
  }

  @Test
  void aScribbleUnderARoundStamp_isFoundWhole() {
    BufferedImage page = page(g -> {
      scribble(g);
      stampOverScribble(g);
    });
    Stamp stamp = new Stamp("round", "#6e328c", "", null, null, 0.8, STAMP);

    List<Signature> found = find(page, stamp);

    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).box().iou(SCRIBBLE) >= 0.7, found.get(0) + " vs " + SCRIBBLE);
  }

  @Test
  void aRoundStampAlone_leavesNoSignature() {
    Stamp stamp = new Stamp("round", "#6e328c", "", null, null, 0.8, STAMP);

    assertEquals(List.of(), find(page(SignatureFinderTest::stampOverScribble), stamp));
  }

  @Test
  void aScribbleInTheInkOfAStampFarAway_isStillASignature() {
    Stamp farAway = new Stamp("round", "#1e2878", "", null, null, 0.8, new Box(900, 700, 200, 200));

    List<Signature> found = find(page(SignatureFinderTest::scribble), farAway);

    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).box().iou(SCRIBBLE) >= 0.7, found.get(0) + " vs " + SCRIBBLE);
  }

  @Test
  void aScribbleReadAsAShortWord_isStillASignature() {
    List<Line> read = List.of(new Line("السيد الكاتب", 0.9, NAME), new Line("ما بح", 0.83, SCRIBBLE));

    List<Signature> found = SignatureFinder.find(page(SignatureFinderTest::scribble), read, List.of());

    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).box().iou(SCRIBBLE) >= 0.7, found.get(0) + " vs " + SCRIBBLE);
  }

  @Test
  void marksSideBySide_areJoined_butNotMarksAboveOneAnother() {
    Signature left = new Signature(new Box(100, 500, 120, 60), 0.7);
    Signature right = new Signature(new Box(225, 510, 110, 50), 0.8);
    Signature above = new Signature(new Box(100, 400, 200, 60), 0.7);
    Signature farRight = new Signature(new Box(700, 500, 120, 60), 0.7);

    List<Signature> joined = SignatureFinder.joined(List.of(left, right, above, farRight), 10);

    assertEquals(List.of(new Signature(new Box(100, 500, 235, 60), 0.8), above, farRight), joined);
  }

  @Test
  void printLines_areThoseWithLettersEnoughForTheirWidth() {
    Line name = new Line("السيد الكاتب", 0.9, NAME);                     // 11 letters, 500 px, 20 px a letter
    Line scribble = new Line("ما بح", 0.83, SCRIBBLE);                  // 4 letters over 300 px
    Line unsure = new Line("الرئيس", 0.4, new Box(200, 600, 120, 40));
    Line scrap = new Line("ب", 0.95, new Box(200, 700, 20, 40));

    assertEquals(List.of(NAME), SignatureFinder.printLines(List.of(name, scribble, unsure, scrap)));
  }

  @Test
  void printAndAFrameAndARule_areNoSignatures() {
    List<Signature> found = find(page(g -> {
      g.drawRect(700, 600, 300, 120);                          // a frame
      g.fillRect(100, 800, 800, 3);                            // a rule
      for (int y = 850; y < 950; y += 30) {                    // print nobody read
        g.fillRect(600, y, 400, 20);
      }
    }));

    assertEquals(List.of(), found);
  }
}
