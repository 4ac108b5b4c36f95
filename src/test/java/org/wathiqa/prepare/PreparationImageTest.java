package org.wathiqa.prepare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Image tests of the preparation steps: each step's output is compared with the page as it should
 * come out, drawn without the damage the step removes; a failure writes the pictures.
 */
class PreparationImageTest {
  private static final String[] LINES = {
    "الجمهورية العربية السورية", "وزارة الداخلية", "قيادة شرطة محافظة حمص",
    "بتاريخ ١٤ تشرين الثاني تم الكشف على جثة المدعو", "وتبين بالكشف الظاهري أن سبب الوفاة توقف القلب",
    "نظم هذا التقرير بحضور الطبيب المختص", "يرجى الاطلاع وإجراء اللازم"
  };
  private static final Color PAPER = new Color(242, 240, 236);
  private static Font font;

  @BeforeAll
  static void load() throws Exception {
    OpenCv.load();
    try (InputStream in = PreparationImageTest.class.getResourceAsStream(
        "/org/wathiqa/fixtures/fonts/NotoNaskhArabic-Regular.ttf")) {
      font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(30f);
    }
  }

  /** A letter page at 1240 x 1000 pixels, turned by {@code degrees} about its centre. */
  static BufferedImage letter(double degrees) {
    return letter(degrees, new Color(25, 25, 25));
  }

  /** A letter page at 1240 x 1000 pixels printed in {@code print}, turned by {@code degrees}. */
  static BufferedImage letter(double degrees, Color print) {
    return letter(degrees, print, PAPER);
  }

  /** A letter page at 1240 x 1000 pixels of {@code paper} printed in {@code print}, turned by {@code degrees}. */
  static BufferedImage letter(double degrees, Color print, Color paper) {
    BufferedImage page = new BufferedImage(1240, 1000, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = page.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(paper);
    g.fillRect(0, 0, page.getWidth(), page.getHeight());
    g.rotate(Math.toRadians(-degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
    g.setColor(print);
    g.setFont(font);
    int y = 150;
    for (String line : LINES) {
      int width = g.getFontMetrics().stringWidth(line);
      g.drawString(line, 1100 - width, y);
      y += 100;
    }
    g.dispose();
    return page;
  }

  /** {@code page} with a blue round stamp and a violet signature stroke drawn over its text. */
  static BufferedImage stamped(BufferedImage page) {
    return stamped(page, new Color(40, 70, 190), 7, 0.85f);
  }

  /** {@code page} with a round stamp of {@code ink}, strokes {@code width} wide, and a violet signature. */
  static BufferedImage stamped(BufferedImage page, Color ink, int width, float opacity) {
    BufferedImage copy = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = copy.createGraphics();
    g.drawImage(page, 0, 0, null);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, opacity));
    g.setColor(ink);
    g.setStroke(new BasicStroke(width));
    g.drawOval(520, 300, 300, 300);
    g.drawOval(575, 355, 190, 190);
    g.setFont(font.deriveFont(24f));
    g.drawString("مكتب المحافظ", 600, 460);
    g.setColor(new Color(120, 50, 160));
    g.setStroke(new BasicStroke(4));
    g.drawArc(200, 650, 300, 120, 10, 160);
    g.dispose();
    return copy;
  }

  @Test
  void inkSeparation_stampAndSignatureOverText_giveThePageWithoutThem() {
    BufferedImage clean = letter(0);
    BufferedImage expected = Mats.toImage(Mats.grey(clean));
    BufferedImage stamped = stamped(clean);
    BufferedImage prepared = new Preparer(false, false, true).prepare(stamped, 300).image();
    BufferedImage unprepared = new Preparer(false, false, false).prepare(stamped, 300).image();
    ImageDiff.assertClose("ink-separation", expected, prepared, 0.3);
    assertTrue(ImageDiff.mean(expected, prepared) < ImageDiff.mean(expected, unprepared) / 3,
        "lifting the ink brings the page at least three times closer to the page without it");
  }

  /** {@code page} saved and read back as a JPEG of quality 0.7, as scanners and cameras leave it. */
  static BufferedImage jpeg(BufferedImage page) throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("jpeg").next();
    javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(0.7f);
    try (javax.imageio.stream.ImageOutputStream stream = javax.imageio.ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(null, new javax.imageio.IIOImage(page, null, null), param);
    } finally {
      writer.dispose();
    }
    return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(out.toByteArray()));
  }

  /** Pixels of {@code actual} at least {@code by} grey levels darker than in {@code expected}. */
  static int darker(BufferedImage expected, BufferedImage actual, int by) {
    int n = 0;
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        if ((actual.getRaster().getSample(x, y, 0)) <= expected.getRaster().getSample(x, y, 0) - by) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void inkSeparation_fadedCompressedStamp_leavesNeitherFringeNorHolesInTheText() throws Exception {
    BufferedImage clean = jpeg(letter(0));
    BufferedImage expected = Mats.toImage(Mats.grey(clean));
    BufferedImage stamped = jpeg(stamped(letter(0), new Color(110, 125, 185), 3, 0.8f));
    BufferedImage prepared = new Preparer(false, false, true).prepare(stamped, 300).image();
    int stampPixels = darker(expected, Mats.toImage(Mats.grey(stamped)), 25);
    int fringe = darker(expected, prepared, 25);
    int textPixels = darker(Mats.toImage(Mats.grey(jpeg(blankPage()))), expected, 100);
    int lostText = darker(prepared, expected, 100);
    ImageDiff.assertClose("ink-separation-jpeg", expected, prepared, 0.3);
    assertTrue(fringe < stampPixels / 10, "stamp ink left: " + fringe + " of " + stampPixels + " pixels");
    assertTrue(lostText < textPixels / 20, "print lifted with the ink: " + lostText + " of " + textPixels + " pixels");
  }

  @Test
  void inkSeparation_paleStampOverGreyPrint_liftsTheStampAndKeepsTheLettersWhole() {
    BufferedImage clean = letter(0, new Color(100, 100, 100));
    BufferedImage expected = Mats.toImage(Mats.grey(clean));
    BufferedImage stamped = stamped(clean, new Color(150, 120, 200), 5, 0.5f);
    BufferedImage prepared = new Preparer(false, false, true).prepare(stamped, 300).image();
    int stampPixels = darker(expected, Mats.toImage(Mats.grey(stamped)), 15);
    int left = darker(expected, prepared, 15);
    int textPixels = darker(Mats.toImage(Mats.grey(blankPage())), expected, 60);
    int lostText = darker(prepared, expected, 60);
    assertTrue(left < stampPixels / 10, "stamp ink left: " + left + " of " + stampPixels + " pixels");
    assertTrue(lostText < textPixels / 50, "print lifted with the ink: " + lostText + " of " + textPixels + " pixels");
  }

  @Test
  void inkSeparation_fadedRedStampOnYellowedPaper_isLiftedByItsHue() {
    Color yellowed = new Color(236, 226, 196);
    BufferedImage clean = letter(0, new Color(40, 35, 30), yellowed);
    BufferedImage expected = Mats.toImage(Mats.grey(clean));
    // blended with the paper the ink is only about 20 more saturated than it, of another hue
    BufferedImage stamped = stamped(clean, new Color(200, 60, 110), 5, 0.3f);
    BufferedImage prepared = new Preparer(false, false, true).prepare(stamped, 300).image();
    int stampPixels = darker(expected, Mats.toImage(Mats.grey(stamped)), 15);
    int left = darker(expected, prepared, 15);
    int textPixels = darker(Mats.toImage(Mats.grey(blankPage(yellowed))), expected, 100);
    int lostText = darker(prepared, expected, 100);
    // the strokes' anti-aliased edges, nearer the paper in hue and saturation, stay
    assertTrue(left < stampPixels / 5, "stamp ink left: " + left + " of " + stampPixels + " pixels");
    assertTrue(lostText < textPixels / 50, "print lifted with the ink: " + lostText + " of " + textPixels + " pixels");
  }

  private static BufferedImage blankPage() {
    return blankPage(PAPER);
  }

  private static BufferedImage blankPage(Color paper) {
    BufferedImage page = new BufferedImage(1240, 1000, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = page.createGraphics();
    g.setColor(paper);
    g.fillRect(0, 0, page.getWidth(), page.getHeight());
    g.dispose();
    return page;
  }

  @ParameterizedTest
  @ValueSource(doubles = {-4.0, 2.5, 6.0})
  void deskew_turnedPage_comesBackLevel(double degrees) {
    BufferedImage expected = Mats.toImage(Mats.grey(letter(0)));
    BufferedImage turned = letter(degrees);
    BufferedImage prepared = new Preparer(false, true, false).prepare(turned, 300).image();
    BufferedImage unprepared = Mats.toImage(Mats.grey(turned));
    ImageDiff.assertClose("deskew" + degrees, expected, prepared, 1.5);
    assertTrue(ImageDiff.mean(expected, prepared) < ImageDiff.mean(expected, unprepared) / 2,
        "levelling brings the page at least twice as close to the level page");
  }

  @Test
  void deskew_levelPage_isLeftUntouched() {
    BufferedImage expected = Mats.toImage(Mats.grey(letter(0)));
    BufferedImage prepared = new Preparer(false, true, false).prepare(letter(0), 300).image();
    ImageDiff.assertClose("deskew-level", expected, prepared, 0.0);
  }
}
