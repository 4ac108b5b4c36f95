package org.wathiqa.stamp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;
import org.wathiqa.prepare.OpenCv;

class ColourInkTest {

  @BeforeAll
  static void loadOpenCv() throws Exception {
    OpenCv.load();
  }

  static int minSaturationOnPaper(int blue, int green, int red) {
    Mat bgr = new Mat(200, 200, CvType.CV_8UC3, new Scalar(blue, green, red));
    Mat hsv = new Mat();
    try {
      Imgproc.cvtColor(bgr, hsv, Imgproc.COLOR_BGR2HSV);
      return ColourInk.minSaturation(hsv);
    } finally {
      bgr.release();
      hsv.release();
    }
  }

  @Test
  void minSaturation_whitePaper_acceptsFadedInk() {
    assertEquals(ColourInk.MIN_FADED_SATURATION, minSaturationOnPaper(250, 250, 250));
  }

  @Test
  void minSaturation_yellowedPaper_staysAboveThePaper() {
    // paper (B,G,R) = (200, 232, 240): saturation about 42 of 255
    int paperSaturation = Math.round(255f * (240 - 200) / 240);
    assertEquals(Math.min(ColourInk.MIN_SATURATION, paperSaturation + ColourInk.PAPER_MARGIN),
        minSaturationOnPaper(200, 232, 240));
  }
}
