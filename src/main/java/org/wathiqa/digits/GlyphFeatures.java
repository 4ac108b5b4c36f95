package org.wathiqa.digits;

/**
 * A glyph as numbers to compare: its ink on a {@value #GRID}×{@value #GRID} grid (the glyph fitted
 * with its aspect kept, centred) and its height, width and vertical centre relative to its run's
 * {@link Band}, weighted so that size and position count as much as a few cells of shape. Stateless
 * and thread-safe.
 */
final class GlyphFeatures {
  static final int GRID = 12;
  static final int GEOMETRY = 3;
  static final int SIZE = GRID * GRID + GEOMETRY;
  /**
   * Weights of height, width and vertical centre against the shape cells. The centre weighs most: it
   * alone tells the zero ٠ (a dot at mid-height) from a full stop on the baseline.
   */
  private static final double[] GEOMETRY_WEIGHT = {6, 6, 15};
  private static final int SAMPLES = 4;
  /** Geometry values are kept in [0, this]. */
  private static final double GEOMETRY_MAX = 2.5;

  private GlyphFeatures() {
  }

  static float[] of(InkGlyph glyph, Band band) {
    float[] f = new float[SIZE];
    shape(glyph, f);
    f[GRID * GRID] = geometry(0, glyph.height() / band.height());
    f[GRID * GRID + 1] = geometry(1, glyph.width() / band.height());
    f[GRID * GRID + 2] = geometry(2, (glyph.centreY() - band.top()) / band.height());
    return f;
  }

  private static float geometry(int which, double v) {
    return (float) (GEOMETRY_WEIGHT[which] * Math.max(0, Math.min(GEOMETRY_MAX, v)));
  }

  /** The largest value feature {@code i} takes. */
  private static double max(int i) {
    return i < GRID * GRID ? 1 : GEOMETRY_WEIGHT[i - GRID * GRID] * GEOMETRY_MAX;
  }

  /** Share of ink in each grid cell, sampled {@value #SAMPLES}×{@value #SAMPLES} per cell. */
  private static void shape(InkGlyph g, float[] f) {
    double scale = (double) Math.max(g.width(), g.height()) / GRID;
    double offX = (GRID * scale - g.width()) / 2;
    double offY = (GRID * scale - g.height()) / 2;
    for (int row = 0; row < GRID; row++) {
      for (int col = 0; col < GRID; col++) {
        int hits = 0;
        for (int sy = 0; sy < SAMPLES; sy++) {
          for (int sx = 0; sx < SAMPLES; sx++) {
            int px = (int) Math.floor((col + (sx + 0.5) / SAMPLES) * scale - offX);
            int py = (int) Math.floor((row + (sy + 0.5) / SAMPLES) * scale - offY);
            if (px >= 0 && py >= 0 && px < g.width() && py < g.height() && g.inkAt(px, py)) {
              hits++;
            }
          }
        }
        f[row * GRID + col] = hits / (float) (SAMPLES * SAMPLES);
      }
    }
  }

  /** {@code f} as bytes for a template file. */
  static byte[] encode(float[] f) {
    byte[] b = new byte[SIZE];
    for (int i = 0; i < SIZE; i++) {
      double unit = f[i] / max(i);
      b[i] = (byte) Math.round(Math.max(0, Math.min(1, unit)) * 255);
    }
    return b;
  }

  /** The features {@link #encode} wrote. */
  static float[] decode(byte[] b) {
    float[] f = new float[SIZE];
    for (int i = 0; i < SIZE; i++) {
      double unit = (b[i] & 0xFF) / 255.0;
      f[i] = (float) (unit * max(i));
    }
    return f;
  }
}
