package org.wathiqa.stamp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;
import org.wathiqa.prepare.Mats;
import org.wathiqa.prepare.OpenCv;

class StampImagesTest {
  private static Font arabic;

  @BeforeAll
  static void loadFont() throws Exception {
    try (InputStream in = StampImagesTest.class.getResourceAsStream(
        "/org/wathiqa/fixtures/fonts/NotoNaskhArabic-Regular.ttf")) {
      arabic = Font.createFont(Font.TRUETYPE_FONT, in);
    }
  }

  /**
   * Three lines of print turned by a known angle, the diagonals included (where ink counted pixel by
   * pixel would fill every other row): the tilt found turns them back, to the step of the search.
   */
  @ParameterizedTest
  @ValueSource(doubles = {-60, -45, -21, -9, 0, 6, 15, 30, 45, 72})
  void tilt_turnedLines_turnedBack(double angle) throws Exception {
    assertTurnedBack(angle, printed(), "turned " + angle);
  }

  /**
   * The same lines with a signature's long straight stroke drawn across the block at another angle:
   * turned along the stroke, its ink would fill one row, sharper than any row of the print; the tilt
   * found still turns the print back.
   */
  @ParameterizedTest
  @ValueSource(doubles = {-45, -9, 0, 15, 30})
  void tilt_linesCrossedByAStroke_turnedBackByTheLines(double angle) throws Exception {
    for (double across : new double[] {-50, 35, 60}) {
      Mat block = printed(1);
      double a = Math.toRadians(across);
      double dx = 70 * Math.cos(a);
      double dy = -70 * Math.sin(a);
      Imgproc.line(block, new Point(130 - dx, 150 - dy), new Point(130 + dx, 150 + dy), new Scalar(0), 5);
      assertTurnedBack(angle, block, "lines turned " + angle + ", stroke " + across + " from them");
    }
  }

  /**
   * The centre of a round stamp, two short lines of Arabic standing on alifs, lams and the digit one:
   * turned a quarter turn, each of those strokes is a thin dense row, which must not make the block
   * look more level than its lines do.
   */
  @ParameterizedTest
  @ValueSource(doubles = {-19, -12, -5, 0, 4, 8, 15, 24})
  void tilt_stampCentreOfTwoArabicLines_turnedBackNotAQuarterTurn(double angle) throws Exception {
    String[][] centres = {{"قيادة الشرطة", "٢٠١٩"}, {"الأمن", "الجنائي"}, {"مكتب", "المحافظ"}, {"الطبابة", "الشرعية"}};
    for (String[] centre : centres) {
      assertTurnedBack(angle, centre(centre), "\"" + String.join(" / ", centre) + "\" turned " + angle);
    }
  }

  /**
   * A register stamp, lines of text in a frame: the frame's long sides give its tilt to within the
   * finer step of the search, straight enough for the frame to be erased as rules.
   */
  @ParameterizedTest
  @ValueSource(doubles = {-13, -7.6, -4, 4.6, 8.6, 12})
  void tilt_framedRegisterStamp_turnedBackByItsFrame(double angle) throws Exception {
    Mat block = register(new String[] {"فرع الشرطة العسكرية بالحلة", "وارد رقم: ٥٤٣٥", "تاريخ: ٣/٨/٢٠١٦"});
    Mat turn = Imgproc.getRotationMatrix2D(new Point(block.cols() / 2.0, block.rows() / 2.0), angle, 1);
    Mat turned = new Mat();
    Imgproc.warpAffine(block, turned, turn, block.size(), Imgproc.INTER_LINEAR, Core.BORDER_CONSTANT, new Scalar(255));
    try {
      assertEquals(-angle, StampImages.tilt(turned, true), 0.75, "register stamp turned " + angle);
    } finally {
      block.release();
      turn.release();
      turned.release();
    }
  }

  /**
   * A register stamp in a double frame drawn faint and broken, as worn ink and noise leave it: what
   * lies outside the inner frame is cleared, the frame with it, and the lines inside are untouched.
   */
  @Test
  void clearOutsideFrame_faintBrokenDoubleFrame_clearedTextKept() throws Exception {
    Mat block = register(new String[] {"مشفى الكرك الوطني", "رقم القيد: ٥٩٣٠", "تاريخ: ٨/٤/٢٠١٧"});
    Scalar faint = new Scalar(150);
    Imgproc.rectangle(block, new Point(30, 25), new Point(360, 175), new Scalar(255), 3); // the frame drawn again:
    Imgproc.rectangle(block, new Point(22, 17), new Point(368, 183), faint, 2);            // outer,
    Imgproc.rectangle(block, new Point(29, 24), new Point(361, 176), faint, 2);            // inner,
    for (int x = 60; x < 340; x += 70) {
      Imgproc.line(block, new Point(x, 10), new Point(x + 8, 190), new Scalar(255), 6);    // broken across
    }
    Mat text = block.submat(35, 165, 40, 350).clone();
    try {
      StampImages.clearOutsideFrame(block);
      assertEquals(0, darkPixels(block.submat(0, 27, 0, 390)), "above the inner frame");
      assertEquals(0, darkPixels(block.submat(174, 200, 0, 390)), "below it");
      assertEquals(0, darkPixels(block.submat(0, 200, 0, 32)), "right of it");
      assertEquals(0, darkPixels(block.submat(0, 200, 359, 390)), "left of it");
      Mat after = block.submat(35, 165, 40, 350);
      Mat diff = new Mat();
      Core.absdiff(after, text, diff);
      assertEquals(0, Core.countNonZero(diff), "the lines inside are untouched");
      assertTrue(darkPixels(after) > 1000, "the lines are there");
      diff.release();
    } finally {
      block.release();
      text.release();
    }
  }

  /** Pixels of {@code grey} darker than a faint stroke's edge. */
  private static int darkPixels(Mat grey) {
    Mat dark = new Mat();
    Imgproc.threshold(grey, dark, 200, 255, Imgproc.THRESH_BINARY_INV);
    int n = Core.countNonZero(dark);
    dark.release();
    return n;
  }

  @Test
  void withoutStrokes_clearsLongStraightStrokes_keepsLettersAndShortStrokes() throws Exception {
    OpenCv.load();
    Mat ink = new Mat(200, 300, CvType.CV_8UC1, new Scalar(0));
    Imgproc.putText(ink, "SEAL", new Point(20, 60), Imgproc.FONT_HERSHEY_SIMPLEX, 1.0, new Scalar(255), 3);
    Imgproc.line(ink, new Point(20, 120), new Point(200, 170), new Scalar(255), 4); // a stroke ~190 px long
    Imgproc.line(ink, new Point(250, 120), new Point(250, 150), new Scalar(255), 4); // an alif, 30 px
    Mat stroke = ink.submat(125, 165, 60, 160).clone();
    long letters = Core.countNonZero(ink.submat(0, 100, 0, 300));
    long alif = Core.countNonZero(ink.submat(110, 160, 240, 260));
    try {
      assertTrue(Core.countNonZero(stroke) > 0);
      StampImages.withoutStrokes(ink);
      assertEquals(0, Core.countNonZero(ink.submat(110, 180, 10, 210)), "the long stroke is cleared");
      assertEquals(letters, Core.countNonZero(ink.submat(0, 100, 0, 300)), "the letters are kept");
      assertEquals(alif, Core.countNonZero(ink.submat(110, 160, 240, 260)), "the short stroke is kept");
    } finally {
      ink.release();
      stroke.release();
    }
  }

  /** {@code lines} of Arabic centred on a white 260 px block, as the reader scales a stamp's centre: type ~30 px. */
  private static Mat centre(String[] lines) throws Exception {
    return drawn(260, 260, false, 30f, lines, 125, 45);
  }

  /** {@code lines} of Arabic in a frame on a white 390 × 200 px block, as the reader scales a register stamp. */
  private static Mat register(String[] lines) throws Exception {
    return drawn(390, 200, true, 26f, lines, 70, 42);
  }

  /**
   * {@code lines} of Arabic of {@code size} centred across a white {@code width} × {@code height}
   * block, the first on {@code baseline}, each next {@code leading} lower; in a frame 30 px in from
   * the sides and 25 px from the top and bottom if {@code framed}.
   */
  private static Mat drawn(int width, int height, boolean framed, float size, String[] lines, int baseline,
      int leading) throws Exception {
    OpenCv.load();
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    if (framed) {
      g.setStroke(new BasicStroke(3));
      g.drawRect(30, 25, width - 60, height - 50);
    }
    g.setFont(arabic.deriveFont(size));
    for (int i = 0; i < lines.length; i++) {
      int w = g.getFontMetrics().stringWidth(lines[i]);
      g.drawString(lines[i], width / 2 - w / 2, baseline + leading * i);
    }
    g.dispose();
    return Mats.grey(image);
  }

  /** Three lines of print on a white 260 px block. */
  private static Mat printed() throws Exception {
    return printed(2);
  }

  /** Three lines of print on a white 260 px block, strokes {@code thickness} px. */
  private static Mat printed(int thickness) throws Exception {
    OpenCv.load();
    Mat block = new Mat(260, 260, CvType.CV_8UC1, new Scalar(255));
    for (int line = 0; line < 3; line++) {
      Imgproc.putText(block, "SEAL OF STATE", new Point(40, 100 + 36 * line), Imgproc.FONT_HERSHEY_SIMPLEX, 0.8,
          new Scalar(0), thickness);
    }
    return block;
  }

  /** {@code block} turned by {@code angle}: the tilt found turns it back, to the step of the search. */
  private static void assertTurnedBack(double angle, Mat block, String what) {
    Mat turn = Imgproc.getRotationMatrix2D(new Point(130, 130), angle, 1);
    Mat turned = new Mat();
    Imgproc.warpAffine(block, turned, turn, block.size(), Imgproc.INTER_LINEAR, Core.BORDER_CONSTANT, new Scalar(255));
    try {
      assertEquals(-angle, StampImages.tilt(turned, false), 3.0, what);
    } finally {
      block.release();
      turn.release();
      turned.release();
    }
  }
}
