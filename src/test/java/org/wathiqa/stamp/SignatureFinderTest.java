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
import org.wathiqa.prepare.OpenCv;

class SignatureFinderTest {
  private static final Box NAME = new Box(200, 400, 500, 40);
  private static final Box SCRIBBLE = new Box(220, 470, 300, 90);

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
