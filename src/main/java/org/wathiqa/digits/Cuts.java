package org.wathiqa.digits;

/** Cutting a glyph in two between columns. Stateless. */
final class Cuts {
  /** The cut is looked for between these shares of the glyph's width from its left edge. */
  private static final double FROM = 0.3;
  private static final double TO = 0.7;

  private Cuts() {
  }

  /** The leftmost column at which {@code glyph} may be cut in two. */
  static int first(InkGlyph glyph) {
    return Math.max(1, (int) Math.round(FROM * glyph.width()));
  }

  /** The rightmost column at which {@code glyph} may be cut in two. */
  static int last(InkGlyph glyph) {
    return Math.min(glyph.width() - 1, (int) Math.round(TO * glyph.width()));
  }

  /**
   * The ink of columns {@code [from, to)} of {@code glyph}, trimmed to its bounding box, in page
   * pixels; the whole column span when it holds no ink.
   */
  static InkGlyph columns(InkGlyph glyph, int from, int to) {
    int left = Integer.MAX_VALUE;
    int right = -1;
    int top = Integer.MAX_VALUE;
    int bottom = -1;
    for (int row = 0; row < glyph.height(); row++) {
      for (int col = from; col < to; col++) {
        if (glyph.inkAt(col, row)) {
          left = Math.min(left, col);
          right = Math.max(right, col);
          top = Math.min(top, row);
          bottom = Math.max(bottom, row);
        }
      }
    }
    if (right < 0) {
      left = from;
      right = to - 1;
      top = 0;
      bottom = glyph.height() - 1;
    }
    int w = right - left + 1;
    int h = bottom - top + 1;
    boolean[] ink = new boolean[w * h];
    for (int row = 0; row < h; row++) {
      for (int col = 0; col < w; col++) {
        ink[row * w + col] = glyph.inkAt(left + col, top + row);
      }
    }
    return new InkGlyph(glyph.x() + left, glyph.y() + top, w, h, ink);
  }
}
