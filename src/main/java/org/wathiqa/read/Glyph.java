package org.wathiqa.read;

/**
 * One glyph of a PDF text layer, in page coordinates of the rendered image (points, origin top-left).
 *
 * @param text the glyph's Unicode text, folded (NFKC) and in logical order within the glyph
 * @param x origin (start of the baseline), points from the left
 * @param y origin, points from the top
 * @param advance width along the baseline, points
 * @param em effective font size, points
 * @param angle baseline direction as displayed, degrees counter-clockwise from the x axis
 * @param stampLike whether the glyph was drawn the way stamps are (rotated off the page axes, or
 *     in colour and translucent)
 */
record Glyph(String text, double x, double y, double advance, double em, double angle,
    boolean stampLike) {

  /** Whether the glyph only carries combining marks (harakat, tanween) that sit on a base glyph. */
  boolean isMark() {
    return !text.isEmpty() && text.codePoints().allMatch(
        c -> Character.getType(c) == Character.NON_SPACING_MARK);
  }

  boolean isSpace() {
    return text.isBlank();
  }

  /** Position along this glyph's own baseline direction, rotated by {@code frame} degrees. */
  double along(double frame) {
    double r = Math.toRadians(frame);
    return x * Math.cos(r) - y * Math.sin(r);
  }

  /** Position across the baseline (downwards in the rotated frame), for frame {@code frame}. */
  double across(double frame) {
    double r = Math.toRadians(frame);
    return x * Math.sin(r) + y * Math.cos(r);
  }

  /** The glyph's bounding box in page points: {minX, minY, maxX, maxY}. */
  double[] bounds() {
    double r = Math.toRadians(angle);
    double dx = Math.cos(r);
    double dy = -Math.sin(r);
    double ux = -Math.sin(r);
    double uy = -Math.cos(r);
    double[] out = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (double a : new double[] {0, Math.max(advance, 0)}) {
      for (double b : new double[] {-0.3 * em, 0.85 * em}) {
        include(out, x + a * dx + b * ux, y + a * dy + b * uy);
      }
    }
    return out;
  }

  private static void include(double[] box, double px, double py) {
    box[0] = Math.min(box[0], px);
    box[1] = Math.min(box[1], py);
    box[2] = Math.max(box[2], px);
    box[3] = Math.max(box[3], py);
  }
}
