package org.wathiqa.stamp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Range;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;
import org.wathiqa.prepare.Mats;
import org.wathiqa.prepare.OpenCv;

class RingTest {
  private static final String RING = "الجمهورية العربية السورية ٭ وزارة الداخلية";
  private static Font arabic;

  @BeforeAll
  static void loadFont() throws Exception {
    OpenCv.load();
    try (InputStream in = RingTest.class.getResourceAsStream("/org/wathiqa/fixtures/fonts/NotoNaskhArabic-Regular.ttf")) {
      arabic = Font.createFont(Font.TRUETYPE_FONT, in);
    }
  }

  /**
   * An unwrapped ring as a double outer circle leaves it: what the rule eraser left of the second
   * circle near the top, small type low in the band, and print over one stretch of it reaching
   * below the text. The rows found are the text's, not the remnant's or the print's.
   */
  @ParameterizedTest
  @ValueSource(floats = {14, 18, 24})
  void textRows_remnantAndPrintOverAStretch_rowsOfTheText(float size) {
    Mat text = strip(size, 44);
    Range truth = inkedRows(text);
    Mat strip = text.clone();
    for (int x = 0; x < strip.cols(); x += 14) {
      Imgproc.line(strip, new Point(x, 4), new Point(x + 8, 4), new Scalar(0), 2);
    }
    printOver(strip, "بالسورية", strip.cols() / 3, 62);
    try {
      Range found = Ring.textRows(strip);
      assertNotNull(found);
      assertTrue(Math.abs(found.start - truth.start) <= 2 && Math.abs(found.end - truth.end) <= 2,
          "text in rows " + truth + ", found " + found);
    } finally {
      text.release();
      strip.release();
    }
  }

  @Test
  void textRows_blankOrSpeckled_none() {
    Mat strip = new Mat(64, 600, CvType.CV_8UC1, new Scalar(255));
    try {
      assertNull(Ring.textRows(strip));
      for (int x = 5; x < strip.cols(); x += 97) {
        Imgproc.circle(strip, new Point(x, (x * 7) % 60 + 2), 1, new Scalar(0), -1);
      }
      assertNull(Ring.textRows(strip));
    } finally {
      strip.release();
    }
  }

  /** Small type in a tall band is given to the engine at the height it reads well. */
  @ParameterizedTest
  @ValueSource(floats = {12, 16, 20})
  void sizedText_smallTypeInATallBand_broughtToTextHeight(float size) {
    Mat strip = strip(size, 50);
    Mat sized = Ring.sizedText(strip);
    try {
      Range rows = inkedRows(sized);
      assertEquals(36, rows.size(), 4, "text " + rows.size() + " px high from type of " + size);
    } finally {
      strip.release();
      sized.release();
    }
  }

  /** Type that fills its band is not made smaller than the band brought to its usual height. */
  @Test
  void sizedText_typeFillingTheBand_notShrunk() {
    Mat strip = strip(40, 52);
    Mat sized = Ring.sizedText(strip);
    try {
      double band = 64.0 / strip.rows();
      assertTrue(inkedRows(sized).size() >= inkedRows(strip).size() * band - 2,
          "text " + inkedRows(sized).size() + " px high");
    } finally {
      strip.release();
      sized.release();
    }
  }

  /**
   * A 64 px strip with {@link #RING} set in {@code size} px type on {@code baseline}, as often as
   * makes 800 px or more, and a gap after it: ring text runs around most of a ring ~900 px long.
   */
  private static Mat strip(float size, int baseline) {
    BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D measure = probe.createGraphics();
    String text = RING;
    while (measure.getFontMetrics(arabic.deriveFont(size)).stringWidth(text) < 800) {
      text = text + " ٭ " + RING;
    }
    int width = measure.getFontMetrics(arabic.deriveFont(size)).stringWidth(text);
    measure.dispose();
    BufferedImage image = new BufferedImage(width + 80, 64, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setFont(arabic.deriveFont(size));
    g.drawString(text, 40, baseline);
    g.dispose();
    return Mats.grey(image);
  }

  /** {@code word} printed in larger type over {@code grey} from {@code x} on {@code baseline}. */
  private static void printOver(Mat grey, String word, int x, int baseline) {
    BufferedImage image = Mats.toImage(grey);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.BLACK);
    g.setFont(arabic.deriveFont(26f));
    g.drawString(word, x, baseline);
    g.dispose();
    Mat printed = Mats.grey(image);
    printed.copyTo(grey);
    printed.release();
  }

  /** First and past-last rows of {@code grey} with any pixel darker than mid-grey. */
  private static Range inkedRows(Mat grey) {
    int first = -1;
    int last = -1;
    byte[] row = new byte[grey.cols()];
    for (int y = 0; y < grey.rows(); y++) {
      grey.get(y, 0, row);
      for (byte b : row) {
        if ((b & 0xff) < 128) {
          first = first < 0 ? y : first;
          last = y;
          break;
        }
      }
    }
    return new Range(first, last + 1);
  }
}
