package org.wathiqa.stamp;

import java.awt.image.BufferedImage;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;
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
 */
record PageInk(Mat grey, Mat bgr, Mat mask, Mat print) implements AutoCloseable {

  /** The layers of {@code page}. */
  static PageInk of(BufferedImage page) {
    if (!Mats.hasColour(page)) {
      return new PageInk(Mats.grey(page), null, null, null);
    }
    Mat bgr = Mats.bgr(page);
    Mat grey = new Mat();
    Imgproc.cvtColor(bgr, grey, Imgproc.COLOR_BGR2GRAY);
    Mat hsv = ColourInk.hsv(bgr);
    try {
      return new PageInk(grey, bgr, ColourInk.maskOf(hsv), ColourInk.printOf(hsv, grey));
    } finally {
      hsv.release();
    }
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
