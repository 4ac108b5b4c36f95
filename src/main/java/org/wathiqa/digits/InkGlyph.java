package org.wathiqa.digits;

/**
 * One glyph of ink: connected components that share a column span, such as a digit, a slash, or a
 * letter with its dots.
 *
 * @param x left edge, pixels
 * @param y top edge, pixels
 * @param width width, pixels
 * @param height height, pixels
 * @param ink {@code width × height} row-major, true where there is ink
 */
record InkGlyph(int x, int y, int width, int height, boolean[] ink) {
  InkGlyph {
    if (width <= 0 || height <= 0 || ink.length != width * height) {
      throw new IllegalArgumentException("a glyph of " + width + "×" + height + " needs as many pixels, got "
          + ink.length);
    }
  }

  int right() {
    return x + width;
  }

  int bottom() {
    return y + height;
  }

  double centreY() {
    return y + height / 2.0;
  }

  boolean inkAt(int col, int row) {
    return ink[row * width + col];
  }
}
