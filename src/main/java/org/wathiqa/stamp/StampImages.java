package org.wathiqa.stamp;

import org.wathiqa.prepare.Mats;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/** Conversions between AWT images and OpenCV matrices for the stamp stage. Stateless. */
final class StampImages {
  private StampImages() {}

  /** Whether {@code image} can hold colour at all. */
  static boolean hasColour(BufferedImage image) {
    return Mats.hasColour(image);
  }

  /** An 8-bit BGR copy of {@code image}. The caller releases it. */
  static Mat bgr(BufferedImage image) {
    return Mats.bgr(image);
  }

  /** An 8-bit grey copy of {@code image}. The caller releases it. */
  static Mat grey(BufferedImage image) {
    return Mats.grey(image);
  }

  /** A {@link BufferedImage#TYPE_BYTE_GRAY} copy of the 8-bit single-channel {@code mat}. */
  static BufferedImage toGrey(Mat mat) {
    BufferedImage image = new BufferedImage(mat.cols(), mat.rows(), BufferedImage.TYPE_BYTE_GRAY);
    mat.get(0, 0, ((DataBufferByte) image.getRaster().getDataBuffer()).getData());
    return image;
  }

  /** {@code mat} scaled by {@code factor}, area-averaged when shrinking. The caller releases it. */
  static Mat scaled(Mat mat, double factor) {
    Mat out = new Mat();
    int interpolation = factor < 1 ? Imgproc.INTER_AREA : Imgproc.INTER_CUBIC;
    Imgproc.resize(mat, out, new Size(), factor, factor, interpolation);
    return out;
  }

  private static BufferedImage convert(BufferedImage image, int type) {
    if (image.getType() == type) {
      return image;
    }
    BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), type);
    Graphics2D g = out.createGraphics();
    try {
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static Mat fromBytes(BufferedImage image, int type) {
    Mat mat = new Mat(image.getHeight(), image.getWidth(), type);
    mat.put(0, 0, ((DataBufferByte) image.getRaster().getDataBuffer()).getData());
    return mat;
  }
}
