package org.wathiqa.digits;

import java.util.ArrayList;
import java.util.List;

/** 8-connected components of a binary image. Stateless and thread-safe. */
final class Components {
  private Components() {
  }

  /** The components of {@code ink} ({@code width × height}, row-major), in image pixels. */
  static List<InkGlyph> of(boolean[] ink, int width, int height) {
    int[] label = new int[ink.length];
    List<InkGlyph> found = new ArrayList<>();
    int[] stack = new int[ink.length];
    for (int i = 0; i < ink.length; i++) {
      if (ink[i] && label[i] == 0) {
        found.add(flood(ink, width, height, label, stack, i, found.size() + 1));
      }
    }
    return found;
  }

  private static InkGlyph flood(boolean[] ink, int width, int height, int[] label, int[] stack, int seed, int id) {
    int top = 0;
    stack[top++] = seed;
    label[seed] = id;
    int minX = width;
    int minY = height;
    int maxX = -1;
    int maxY = -1;
    List<Integer> pixels = new ArrayList<>();
    while (top > 0) {
      int p = stack[--top];
      pixels.add(p);
      int px = p % width;
      int py = p / width;
      minX = Math.min(minX, px);
      maxX = Math.max(maxX, px);
      minY = Math.min(minY, py);
      maxY = Math.max(maxY, py);
      for (int dy = -1; dy <= 1; dy++) {
        for (int dx = -1; dx <= 1; dx++) {
          int nx = px + dx;
          int ny = py + dy;
          if (nx >= 0 && ny >= 0 && nx < width && ny < height) {
            int q = ny * width + nx;
            if (ink[q] && label[q] == 0) {
              label[q] = id;
              stack[top++] = q;
            }
          }
        }
      }
    }
    int w = maxX - minX + 1;
    int h = maxY - minY + 1;
    boolean[] bits = new boolean[w * h];
    for (int p : pixels) {
      bits[(p / width - minY) * w + p % width - minX] = true;
    }
    return new InkGlyph(minX, minY, w, h, bits);
  }
}
