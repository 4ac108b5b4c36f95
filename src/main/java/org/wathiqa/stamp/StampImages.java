package org.wathiqa.stamp;

import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/** Image scaling for the stamp stage; conversions to and from AWT are {@code prepare.Mats}'. Stateless. */
final class StampImages {
  private StampImages() {}

  /** {@code mat} scaled by {@code factor}, area-averaged when shrinking. The caller releases it. */
  static Mat scaled(Mat mat, double factor) {
    Mat out = new Mat();
    int interpolation = factor < 1 ? Imgproc.INTER_AREA : Imgproc.INTER_CUBIC;
    Imgproc.resize(mat, out, new Size(), factor, factor, interpolation);
    return out;
  }
}
