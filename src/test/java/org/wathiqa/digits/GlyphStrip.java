package org.wathiqa.digits;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.wathiqa.Box;

/**
 * Characters drawn one by one, left to right, on a white strip, and the glyphs cut from it with each
 * glyph's character. Used to make templates and to test the classifier on fonts it has not seen.
 */
final class GlyphStrip {
  private final BufferedImage image;
  private final List<Character> shown = new ArrayList<>();
  private final List<int[]> spans = new ArrayList<>();

  /** How a strip is spoilt after drawing. */
  record Damage(boolean bold, double blur, double noise, long seed) {
    static final Damage NONE = new Damage(false, 0, 0, 0);
  }

  private GlyphStrip(BufferedImage image) {
    this.image = image;
  }

  /** {@code text} drawn in {@code font} at {@code size} pixels, characters the font lacks left out. */
  static GlyphStrip draw(Font base, String text, int size, Damage damage) {
    Font font = base.deriveFont(damage.bold() ? Font.BOLD : Font.PLAIN, (float) size);
    int gap = Math.max(3, size / 3);
    BufferedImage image = new BufferedImage(size * (text.length() + 2) + gap * text.length(), size * 3,
        BufferedImage.TYPE_BYTE_GRAY);
    GlyphStrip strip = new GlyphStrip(image);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.setColor(Color.BLACK);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(font);
      int x = size / 2;
      int baseline = size * 2;
      for (char c : text.toCharArray()) {
        if (c == ' ' || !font.canDisplay(c)) {
          x += c == ' ' ? gap : 0;
          continue;
        }
        String s = String.valueOf(c);
        int advance = Math.max(1, g.getFontMetrics().stringWidth(s));
        g.drawString(s, x, baseline);
        strip.shown.add(c);
        strip.spans.add(new int[] {x, x + advance});
        x += advance + gap;
      }
    } finally {
      g.dispose();
    }
    spoil(image, damage);
    return strip;
  }

  /** The box around the dark pixels, as an engine would give it. */
  static Box inkBox(BufferedImage image) {
    int minX = image.getWidth();
    int minY = image.getHeight();
    int maxX = -1;
    int maxY = -1;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (image.getRaster().getSample(x, y, 0) < 128) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
      }
    }
    return new Box(minX, minY, maxX - minX + 1, maxY - minY + 1);
  }

  private static void spoil(BufferedImage image, Damage damage) {
    if (damage.blur() > 0) {
      blur(image, damage.blur());
    }
    if (damage.noise() > 0) {
      Random random = new Random(damage.seed());
      int[] px = image.getRaster().getSamples(0, 0, image.getWidth(), image.getHeight(), 0, (int[]) null);
      for (int i = 0; i < px.length; i++) {
        px[i] = (int) Math.max(0, Math.min(255, px[i] + random.nextGaussian() * damage.noise()));
      }
      image.getRaster().setSamples(0, 0, image.getWidth(), image.getHeight(), 0, px);
    }
  }

  /** Mixes each pixel with its four neighbours by {@code amount}. */
  private static void blur(BufferedImage image, double amount) {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] px = image.getRaster().getSamples(0, 0, w, h, 0, (int[]) null);
    int[] out = px.clone();
    for (int y = 1; y < h - 1; y++) {
      for (int x = 1; x < w - 1; x++) {
        int i = y * w + x;
        double around = (px[i - 1] + px[i + 1] + px[i - w] + px[i + w]) / 4.0;
        out[i] = (int) Math.round((1 - amount) * px[i] + amount * around);
      }
    }
    image.getRaster().setSamples(0, 0, w, h, 0, out);
  }

  BufferedImage image() {
    return image;
  }

  /**
   * The strip's glyphs, left to right, each with the character drawn there; null when the glyphs do
   * not match the characters one to one.
   */
  List<Labelled> glyphs() {
    List<InkGlyph> glyphs = GlyphSegmenter.glyphs(image, new Box(0, 0, image.getWidth(), image.getHeight()));
    if (glyphs.size() != shown.size()) {
      return null;
    }
    List<Labelled> out = new ArrayList<>();
    for (int i = 0; i < glyphs.size(); i++) {
      InkGlyph g = glyphs.get(i);
      int[] span = spans.get(i);
      double centre = g.x() + g.width() / 2.0;
      if (centre < span[0] - 2 || centre > span[1] + 2) {
        return null;
      }
      out.add(new Labelled(shown.get(i), g));
    }
    return out;
  }

  /** A glyph and the character it was drawn from. */
  record Labelled(char shown, InkGlyph glyph) {}
}
