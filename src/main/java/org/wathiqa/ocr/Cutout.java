package org.wathiqa.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.wathiqa.Box;

/** A region of a grey page on a margin of its own paper. Stateless and thread-safe. */
final class Cutout {
  private Cutout() {}

  /**
   * The {@code region} of the 8-bit grey {@code page} with {@code margin} pixels on every side,
   * filled with the region's most common grey (its paper).
   */
  static BufferedImage of(BufferedImage page, Box region, int margin) {
    int w = region.w() + 2 * margin;
    int h = region.h() + 2 * margin;
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    byte[] src = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
    int stride = page.getRaster().getSampleModel().getWidth();
    byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
    java.util.Arrays.fill(dst, (byte) paper(src, stride, region));
    for (int y = 0; y < region.h(); y++) {
      System.arraycopy(src, (region.y() + y) * stride + region.x(), dst, (margin + y) * w + margin, region.w());
    }
    return out;
  }

  /**
   * {@code image}, an 8-bit grey image, shrunk to {@code across} of its width and {@code down} of
   * its height (each in (0, 1]); every new pixel is the mean of the old pixels it covers, weighted
   * by how much of each.
   */
  static BufferedImage shrunk(BufferedImage image, double across, double down) {
    int w = image.getWidth();
    int h = image.getHeight();
    int nw = Math.max(1, Math.min(w, (int) Math.round(w * across)));
    int nh = Math.max(1, Math.min(h, (int) Math.round(h * down)));
    if (nw == w && nh == h) {
      return image;
    }
    byte[] src = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    int stride = image.getRaster().getSampleModel().getWidth();
    double[] rows = new double[nh * w];
    double step = (double) h / nh;
    for (int ny = 0; ny < nh; ny++) {
      double from = ny * step;
      double to = Math.min(h, from + step);
      for (int y = (int) from; y < to; y++) {
        double share = (Math.min(to, y + 1) - Math.max(from, y)) / (to - from);
        for (int x = 0; x < w; x++) {
          rows[ny * w + x] += share * (src[y * stride + x] & 0xff);
        }
      }
    }
    BufferedImage out = new BufferedImage(nw, nh, BufferedImage.TYPE_BYTE_GRAY);
    byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
    step = (double) w / nw;
    for (int nx = 0; nx < nw; nx++) {
      double from = nx * step;
      double to = Math.min(w, from + step);
      for (int ny = 0; ny < nh; ny++) {
        double sum = 0;
        for (int x = (int) from; x < to; x++) {
          sum += (Math.min(to, x + 1) - Math.max(from, x)) * rows[ny * w + x];
        }
        dst[ny * nw + nx] = (byte) Math.round(sum / (to - from));
      }
    }
    return out;
  }

  private static int paper(byte[] src, int stride, Box region) {
    int[] counts = new int[256];
    for (int y = region.y(); y < region.bottom(); y++) {
      for (int x = region.x(); x < region.right(); x++) {
        counts[src[y * stride + x] & 0xff]++;
      }
    }
    int best = 255;
    for (int level = 0; level < 256; level++) {
      if (counts[level] > counts[best]) {
        best = level;
      }
    }
    return best;
  }
}
