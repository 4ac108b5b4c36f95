package org.wathiqa.prepare;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/** Conversions between AWT images and OpenCV matrices. */
final class Mats {
  private Mats() {}

  /** An 8-bit single-channel copy of {@code image}, luminance weighted as ITU-R BT.601. */
  static Mat grey(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
      return fromBytes(image, CvType.CV_8UC1);
    }
    BufferedImage bgr = image.getType() == BufferedImage.TYPE_3BYTE_BGR ? image : toBgr(image);
    Mat colour = fromBytes(bgr, CvType.CV_8UC3);
    try {
      Mat grey = new Mat();
      Imgproc.cvtColor(colour, grey, Imgproc.COLOR_BGR2GRAY);
      return grey;
    } finally {
      colour.release();
    }
  }

  /** An AWT grey image holding a copy of the 8-bit single-channel {@code mat}. */
  static BufferedImage toImage(Mat mat) {
    BufferedImage image = new BufferedImage(mat.cols(), mat.rows(), BufferedImage.TYPE_BYTE_GRAY);
    byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    mat.get(0, 0, data);
    return image;
  }

  private static Mat fromBytes(BufferedImage image, int type) {
    byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    Mat mat = new Mat(image.getHeight(), image.getWidth(), type);
    int rowBytes = image.getWidth() * (type == CvType.CV_8UC1 ? 1 : 3);
    if (data.length == (long) rowBytes * image.getHeight()) {
      mat.put(0, 0, data);
    } else {
      mat.release();
      return fromBytes(redraw(image, type == CvType.CV_8UC1 ? BufferedImage.TYPE_BYTE_GRAY
          : BufferedImage.TYPE_3BYTE_BGR), type);
    }
    return mat;
  }

  private static BufferedImage toBgr(BufferedImage image) {
    return redraw(image, BufferedImage.TYPE_3BYTE_BGR);
  }

  private static BufferedImage redraw(BufferedImage image, int type) {
    BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
    java.awt.Graphics2D g = copy.createGraphics();
    try {
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return copy;
  }
}
