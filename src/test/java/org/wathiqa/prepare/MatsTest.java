package org.wathiqa.prepare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

class MatsTest {

  /**
   * Every pixel of a bilevel image, whole or cut out of a larger one (rows that start mid-byte),
   * unpacks to the grey of its colour; palettes either way round (white on black too).
   */
  @ParameterizedTest
  @CsvSource({"101, 37, 0, 0, false", "64, 9, 0, 0, true", "203, 51, 3, 5, false", "77, 20, 13, 1, true"})
  void grey_bilevel_everyPixelAsItsColour(int width, int height, int x, int y, boolean whiteOnBlack)
      throws Exception {
    OpenCv.load();
    byte[] levels = whiteOnBlack ? new byte[] {(byte) 255, 0} : new byte[] {0, (byte) 255};
    IndexColorModel palette = new IndexColorModel(1, 2, levels, levels, levels);
    boolean cut = x > 0 || y > 0;
    BufferedImage whole = new BufferedImage(cut ? width + x + 7 : width, cut ? height + y + 2 : height,
        BufferedImage.TYPE_BYTE_BINARY, palette);
    Random random = new Random(width * 31L + height);
    for (int row = 0; row < whole.getHeight(); row++) {
      for (int col = 0; col < whole.getWidth(); col++) {
        whole.getRaster().setSample(col, row, 0, random.nextInt(2));
      }
    }
    BufferedImage image = cut ? whole.getSubimage(x, y, width, height) : whole;
    Mat grey = Mats.grey(image);
    try {
      byte[] pixels = new byte[width * height];
      grey.get(0, 0, pixels);
      for (int row = 0; row < height; row++) {
        for (int col = 0; col < width; col++) {
          int expected = image.getRGB(col, row) & 0xff;
          assertEquals(expected, pixels[row * width + col] & 0xff, "pixel " + col + "," + row);
        }
      }
    } finally {
      grey.release();
    }
  }

  @Test
  void hasColour_bilevelGreyAndGreyPalette_areNotColour() {
    assertFalse(Mats.hasColour(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_BINARY)));
    assertFalse(Mats.hasColour(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY)));
    byte[] grey = {0, (byte) 128, (byte) 255};
    IndexColorModel greys = new IndexColorModel(8, 3, grey, grey, grey);
    assertFalse(Mats.hasColour(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_INDEXED, greys)));
  }

  @Test
  void hasColour_rgbAndColourPalette_areColour() {
    assertTrue(Mats.hasColour(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB)));
    assertTrue(Mats.hasColour(new BufferedImage(4, 4, BufferedImage.TYPE_3BYTE_BGR)));
    byte[] r = {0, (byte) 255};
    byte[] gb = {0, 0};
    IndexColorModel redAndBlack = new IndexColorModel(8, 2, r, gb, gb);
    assertTrue(Mats.hasColour(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_INDEXED, redAndBlack)));
  }
  @Test
  void isBlackAndWhite_onlyBilevelWithBothEndsOfTheGreyScale() {
    assertTrue(Mats.isBlackAndWhite(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_BINARY)));
    byte[] reversed = {(byte) 255, 0};
    assertTrue(Mats.isBlackAndWhite(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_BINARY,
        new IndexColorModel(1, 2, reversed, reversed, reversed))));
    byte[] faded = {(byte) 60, (byte) 230};
    assertFalse(Mats.isBlackAndWhite(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_BINARY,
        new IndexColorModel(1, 2, faded, faded, faded))));
    assertFalse(Mats.isBlackAndWhite(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY)));
    assertFalse(Mats.isBlackAndWhite(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB)));
  }
  /**
   * Row and column sums agree with OpenCV's own reduction: odd sizes (a tail past the last eight
   * pixels), a cut-out band, and a page of pure white tall and wide enough to fill every lane.
   */
  @ParameterizedTest
  @CsvSource({"1, 1, false", "7, 3, false", "13, 301, false", "1803, 517, false", "640, 1100, true", "4001, 700, true"})
  void sums_asOpenCvReduces(int width, int height, boolean white) throws Exception {
    OpenCv.load();
    Mat image = new Mat(height + 4, width, CvType.CV_8UC1);
    if (white) {
      image.setTo(new Scalar(255));
    } else {
      Core.randu(image, 0, 256);
    }
    Mat band = image.rowRange(2, height + 2);
    try {
      for (int dim = 0; dim <= 1; dim++) {
        Mat expected = new Mat();
        Core.reduce(band, expected, dim, Core.REDUCE_SUM, CvType.CV_32S);
        int[] want = new int[(int) expected.total()];
        expected.get(0, 0, want);
        expected.release();
        assertArrayEquals(want, Mats.sums(band, dim), "dim " + dim);
      }
    } finally {
      band.release();
      image.release();
    }
  }

  @Test
  void sums_otherImagesAndDimensions_refused() throws Exception {
    OpenCv.load();
    Mat colour = new Mat(3, 3, CvType.CV_8UC3);
    Mat grey = new Mat(3, 3, CvType.CV_8UC1);
    try {
      assertThrows(IllegalArgumentException.class, () -> Mats.sums(colour, 0));
      assertThrows(IllegalArgumentException.class, () -> Mats.sums(grey, 2));
    } finally {
      colour.release();
      grey.release();
    }
  }
}
