package org.wathiqa.stamp;

import java.awt.image.BufferedImage;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;
import org.wathiqa.Box;
import org.wathiqa.Stamp;
import org.wathiqa.prepare.Mats;

/**
 * One page as the stamp stage sees it: its grey image and, on a colour page, its colours, the mask
 * of coloured ink and that ink as dark print on white, all made from one HSV conversion. Holds
 * native memory: close it; closing twice is safe. Not thread-safe.
 *
 * @param grey the page in grey
 * @param bgr the page in colour, or null on a grey page
 * @param mask the coloured-ink mask (255 = ink), or null on a grey page
 * @param print the coloured ink as dark strokes on white, or null on a grey page
 * @param scale the layers' size over the page's
 * @param dpi the layers' resolution
 */
record PageInk(Mat grey, Mat bgr, Mat mask, Mat print, double scale, int dpi) implements AutoCloseable {
  /**
   * Highest resolution the stamp stage works at, dpi: a stamp is read from a crop scaled to a fixed
   * size, so finer pages only cost time.
   */
  static final int MAX_DPI = 200;

  /** The layers of {@code page} at {@code dpi}, reduced to at most {@link #MAX_DPI}. */
  static PageInk of(BufferedImage page, int dpi) {
    double scale = Math.min(1.0, (double) MAX_DPI / dpi);
    int workDpi = (int) Math.round(dpi * scale);
    if (!Mats.hasColour(page)) {
      return new PageInk(reduced(Mats.grey(page), scale), null, null, null, scale, workDpi);
    }
    Mat bgr = reduced(Mats.bgr(page), scale);
    Mat grey = new Mat();
    Imgproc.cvtColor(bgr, grey, Imgproc.COLOR_BGR2GRAY);
    Mat hsv = ColourInk.hsv(bgr);
    try {
      return new PageInk(grey, bgr, ColourInk.maskOf(hsv), ColourInk.printOf(hsv, grey), scale, workDpi);
    } finally {
      hsv.release();
    }
  }

  /** {@code image} scaled by {@code scale}, released and replaced when that changes it. */
  private static Mat reduced(Mat image, double scale) {
    if (scale >= 1.0) {
      return image;
    }
    Mat small = StampImages.scaled(image, scale);
    image.release();
    return small;
  }

  /** {@code stamp}, read on these layers, with its box in pixels of the page as read. */
  Stamp toPage(Stamp stamp, int width, int height) {
    if (scale >= 1.0) {
      return stamp;
    }
    Box b = stamp.box();
    Box box = ColourDetector.clip(new Box((int) Math.floor(b.x() / scale), (int) Math.floor(b.y() / scale),
        (int) Math.ceil(b.w() / scale), (int) Math.ceil(b.h() / scale)), width, height);
    return new Stamp(stamp.shape(), stamp.color(), stamp.text(), stamp.ringText(), stamp.centerText(),
        stamp.confidence(), box);
  }

  boolean coloured() {
    return bgr != null;
  }

  @Override
  public void close() {
    for (Mat m : new Mat[] {grey, bgr, mask, print}) {
      if (m != null) {
        m.release();
      }
    }
  }
}
