package org.wathiqa.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

class GreyLevelsTest {

  /**
   * Counted by OpenCV, in bands on a page larger than a float counts exactly, the levels are those
   * of counting every pixel one by one: the same paper and the same print level at every share.
   */
  @Test
  void of_largePage_countsAsPixelByPixel() throws Exception {
    OpenCv.load();
    int width = 3100;
    int height = 5800; // 18 million pixels: more than 2^24 in one band would round
    byte[] pixels = new byte[width * height];
    Random random = new Random(7);
    for (int i = 0; i < pixels.length; i++) {
      int r = random.nextInt(1000);
      pixels[i] = (byte) (r < 990 ? 251 : r < 995 ? 250 : random.nextInt(120)); // paper, a close second, print
    }
    Mat grey = new Mat(height, width, CvType.CV_8UC1);
    grey.put(0, 0, pixels);
    try {
      GreyLevels counted = GreyLevels.of(grey);
      GreyLevels each = GreyLevels.of(pixels);
      assertEquals(each.total(), counted.total());
      assertEquals(251, counted.paper());
      assertEquals(each.paper(), counted.paper());
      for (double share : new double[] {0.0001, 0.001, 0.005, 0.01, 0.5, 0.99, 1.0}) {
        assertEquals(each.darkest(share), counted.darkest(share), "share " + share);
      }
    } finally {
      grey.release();
    }
  }

  /** A part of a page (a view into a larger image) is counted alone. */
  @Test
  void of_partOfPage_countsThePartOnly() throws Exception {
    OpenCv.load();
    Mat page = new Mat(100, 100, CvType.CV_8UC1, new org.opencv.core.Scalar(255));
    Mat dark = page.submat(10, 30, 10, 60);
    dark.setTo(new org.opencv.core.Scalar(20));
    Mat part = page.submat(0, 40, 0, 40);
    try {
      GreyLevels levels = GreyLevels.of(part);
      assertEquals(1600, levels.total());
      assertEquals(20, levels.darkest(0.3)); // 600 of 1600 pixels are dark
      assertEquals(255, levels.darkest(0.5));
    } finally {
      dark.release();
      part.release();
      page.release();
    }
  }
  /**
   * Levels brought up to date part by part, as ink lifting changes a page area by area (two of them
   * overlapping here), equal those of counting the changed page again.
   */
  @Test
  void replacing_changedParts_asCountedAgain() throws Exception {
    OpenCv.load();
    Mat page = new Mat(300, 400, CvType.CV_8UC1);
    org.opencv.core.Core.randu(page, 0, 256);
    GreyLevels levels = GreyLevels.of(page);
    int[][] parts = {{10, 60, 20, 140}, {40, 120, 100, 380}, {250, 300, 0, 400}};
    int shade = 0;
    for (int[] p : parts) {
      Mat part = page.submat(p[0], p[1], p[2], p[3]);
      GreyLevels was = GreyLevels.of(part);
      part.setTo(new org.opencv.core.Scalar(shade += 90));
      levels = levels.replacing(was, GreyLevels.of(part));
      part.release();
    }
    GreyLevels again = GreyLevels.of(page);
    try {
      assertEquals(again.total(), levels.total());
      for (int level = 0; level < 256; level++) {
        assertEquals(again.count(level), levels.count(level), "level " + level);
      }
    } finally {
      page.release();
    }
  }
  /**
   * The Otsu threshold, and the dark pixels split by it, are OpenCV's on every fixture page: as
   * read, shrunk to the preparation's probe and smoothed as layout smooths it.
   */
  @Test
  void otsu_fixturePages_asOpenCv() throws Exception {
    OpenCv.load();
    int compared = 0;
    for (java.nio.file.Path file : OrientationTest.pages(java.nio.file.Path.of("fixtures"))) {
      Mat page = OrientationTest.small(file);
      Mat smooth = new Mat();
      Imgproc.medianBlur(page, smooth, 3);
      try {
        for (Mat image : new Mat[] {page, smooth}) {
          Mat expected = new Mat();
          Mat split = new Mat();
          double level = Imgproc.threshold(image, expected, 0, 255, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
          GreyLevels.splitDark(image, split, 255);
          assertEquals((int) level, GreyLevels.of(image).otsu(), file.toString());
          assertEquals(0, differingPixels(expected, split), file.toString());
          expected.release();
          split.release();
          compared++;
        }
      } finally {
        page.release();
        smooth.release();
      }
    }
    assertTrue(compared >= 40, compared + " images compared");
  }

  /** Two-toned images with noise, light and dark in any proportion: OpenCV's threshold each time. */
  @Test
  void otsu_noisyTwoTonedImages_asOpenCv() throws Exception {
    OpenCv.load();
    Random random = new Random(11);
    for (int i = 0; i < 200; i++) {
      int width = 20 + random.nextInt(400);
      int height = 20 + random.nextInt(300);
      Mat image = new Mat(height, width, CvType.CV_8UC1, new Scalar(150 + random.nextInt(100)));
      Mat dark = image.submat(0, 1 + random.nextInt(height), 0, width);
      dark.setTo(new Scalar(random.nextInt(120)));
      Mat noise = new Mat(height, width, CvType.CV_8UC1);
      Core.randn(noise, 0, 1 + random.nextInt(30));
      Core.add(image, noise, image);
      Mat out = new Mat();
      try {
        int level = (int) Imgproc.threshold(image, out, 0, 255, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
        assertEquals(level, GreyLevels.of(image).otsu(), "image " + i);
      } finally {
        dark.release();
        noise.release();
        out.release();
        image.release();
      }
    }
  }

  private static int differingPixels(Mat a, Mat b) {
    Mat d = new Mat();
    try {
      Core.absdiff(a, b, d);
      return Core.countNonZero(d);
    } finally {
      d.release();
    }
  }
}
