package org.wathiqa.stamp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;
import org.wathiqa.prepare.OpenCv;

class StampImagesTest {

  /**
   * Three lines of print turned by a known angle, the diagonals included (where ink counted pixel by
   * pixel would fill every other row): the tilt found turns them back, to the step of the search.
   */
  @ParameterizedTest
  @ValueSource(doubles = {-60, -45, -21, -9, 0, 6, 15, 30, 45, 72})
  void tilt_turnedLines_turnedBack(double angle) throws Exception {
    OpenCv.load();
    Mat block = new Mat(260, 260, CvType.CV_8UC1, new Scalar(255));
    for (int line = 0; line < 3; line++) {
      Imgproc.putText(block, "SEAL OF STATE", new Point(40, 100 + 36 * line), Imgproc.FONT_HERSHEY_SIMPLEX, 0.8,
          new Scalar(0), 2);
    }
    Mat turn = Imgproc.getRotationMatrix2D(new Point(130, 130), angle, 1);
    Mat turned = new Mat();
    Imgproc.warpAffine(block, turned, turn, block.size(), Imgproc.INTER_LINEAR, Core.BORDER_CONSTANT, new Scalar(255));
    try {
      assertEquals(-angle, StampImages.tilt(turned), 3.0, "turned " + angle);
    } finally {
      block.release();
      turn.release();
      turned.release();
    }
  }
}
