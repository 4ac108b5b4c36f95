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
