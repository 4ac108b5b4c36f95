package org.wathiqa.prepare;

import java.awt.image.BufferedImage;
import java.util.List;
import org.wathiqa.Box;
import org.wathiqa.Preparation;

/**
 * A page made ready for recognition, and the way back from its pixels to the page as read.
 *
 * @param image 8-bit grey image to recognise
 * @param dpi its resolution
 * @param skewDegrees skew found, degrees; the rotation counter-clockwise that levels the page
 *     (applied only from one degree up)
 * @param scale factor from the page as read to {@code image}
 * @param inverse 2×3 affine matrix (row-major) mapping {@code image} pixels to the page as read
 * @param blank whether the page holds no print at all, so there is nothing to recognise
 * @param denseBlock whether the page is one dense block of full-width lines (a book page) rather
 *     than separate blocks (a letter)
 * @param steps the steps that changed the image, in the order they ran
 * @param inkFraction share of the page's pixels lifted off as coloured ink, 0–1
 * @param rotation clockwise turn in degrees (0, 90, 180 or 270) that set the page upright
 */
public record PreparedPage(BufferedImage image, int dpi, double skewDegrees, double scale, double[] inverse,
    boolean blank, boolean denseBlock, List<Preparation.Step> steps, double inkFraction, int rotation) {

  public PreparedPage {
    steps = List.copyOf(steps);
    if (inverse.length != 6) {
      throw new IllegalArgumentException("an affine matrix has 6 entries, got " + inverse.length);
    }
    inverse = inverse.clone();
  }

  /** The box in pixels of the page as read that holds {@code box} of the prepared image. */
  public Box toOriginal(Box box, int originalWidth, int originalHeight) {
    double[] xs = {box.x(), box.right(), box.x(), box.right()};
    double[] ys = {box.y(), box.y(), box.bottom(), box.bottom()};
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      double x = inverse[0] * xs[i] + inverse[1] * ys[i] + inverse[2];
      double y = inverse[3] * xs[i] + inverse[4] * ys[i] + inverse[5];
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    int left = clamp((int) Math.floor(minX), originalWidth);
    int top = clamp((int) Math.floor(minY), originalHeight);
    int right = clamp((int) Math.ceil(maxX), originalWidth);
    int bottom = clamp((int) Math.ceil(maxY), originalHeight);
    return new Box(left, top, right - left, bottom - top);
  }

  /**
   * The round stamp with centre ({@code cx}, {@code cy}) and {@code radius} in pixels of the page
   * as read, in pixels of the prepared image.
   */
  public StampOutlines.Circle fromOriginal(double cx, double cy, double radius) {
    double det = inverse[0] * inverse[4] - inverse[1] * inverse[3];
    double x = cx - inverse[2];
    double y = cy - inverse[5];
    return new StampOutlines.Circle((inverse[4] * x - inverse[1] * y) / det, (-inverse[3] * x + inverse[0] * y) / det,
        radius / Math.sqrt(Math.abs(det)));
  }

  /**
   * {@code box} of the page as read in pixels of the prepared image: a box of its size, scaled,
   * about the point its centre goes to. For the box of something found on the page that is already
   * the upright bounding box of a turned shape (a stamp pressed askew), turning its corners again
   * by the page's skew would only grow it.
   */
  public Box fromOriginalCentred(Box box) {
    StampOutlines.Circle c = fromOriginal(box.x() + box.w() / 2.0, box.y() + box.h() / 2.0, 1);
    double w = box.w() * c.radius();
    double h = box.h() * c.radius();
    return new Box((int) Math.round(c.cx() - w / 2), (int) Math.round(c.cy() - h / 2), (int) Math.round(w),
        (int) Math.round(h));
  }

  private static int clamp(int v, int max) {
    return Math.max(0, Math.min(max, v));
  }
}
