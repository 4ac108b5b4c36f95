package org.wathiqa.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.wathiqa.Box;
import org.wathiqa.Line;

/**
 * Reads a PDF page's own text layer into lines, keeping stamp text apart, and keeps it only if it
 * reads as real text ({@link TextPlausibility}).
 */
final class TextLayerReader {

  /** Pixels of an embedded image from which a page counts as scanned. */
  static final long SCAN_IMAGE_PIXELS = 1_000_000;
  /** Letters and digits a scanned page's text layer needs to stand for the whole page. */
  static final int SCAN_MIN_CHARACTERS = 200;

  private TextLayerReader() {}

  /**
   * The page's text layer, or empty when it has none worth trusting (no text, damaged text, or a
   * scan carrying only a few words of text).
   *
   * @param size the page's width and height in pixels at {@code dpi}
   */
  static Optional<PageInput.TextLayer> read(PDDocument document, int index, int dpi, int[] size)
      throws IOException {
    List<Glyph> printed = new ArrayList<>();
    List<Glyph> stamps = new ArrayList<>();
    for (Glyph g : GlyphCollector.collect(document, index)) {
      (g.stampLike() ? stamps : printed).add(g);
    }
    List<Line> lines = toLines(printedLines(printed), dpi, size);
    List<String> texts = lines.stream().map(Line::text).toList();
    if (!TextPlausibility.judge(texts).plausible()
        || (isScanned(document.getPage(index)) && characters(texts) < SCAN_MIN_CHARACTERS)) {
      return Optional.empty();
    }
    List<Line> stampLines = toLines(StampText.build(stamps), dpi, size);
    return Optional.of(new PageInput.TextLayer(index, size[0], size[1], dpi, lines, stampLines));
  }

  /** Printed glyphs grouped by the page axis their baselines follow, then built into lines. */
  private static List<TextLines.Built> printedLines(List<Glyph> glyphs) {
    Map<Long, List<Glyph>> byAxis = new LinkedHashMap<>();
    for (Glyph g : glyphs) {
      long axis = Math.floorMod(Math.round(g.angle() / 90), 4) * 90L;
      byAxis.computeIfAbsent(axis, a -> new ArrayList<>()).add(g);
    }
    List<TextLines.Built> lines = new ArrayList<>();
    byAxis.forEach((axis, group) -> lines.addAll(TextLines.build(group, axis)));
    return ReadingOrder.sort(lines);
  }

  private static List<Line> toLines(List<TextLines.Built> built, int dpi, int[] size) {
    double scale = dpi / 72.0;
    List<Line> lines = new ArrayList<>();
    for (TextLines.Built b : built) {
      lines.add(new Line(b.text(), 1, toBox(b.bounds(), scale, size)));
    }
    return lines;
  }

  /** Bounds in points to a box in pixels, clipped to the page. */
  static Box toBox(double[] bounds, double scale, int[] size) {
    int x0 = clamp((int) Math.floor(bounds[0] * scale), size[0]);
    int y0 = clamp((int) Math.floor(bounds[1] * scale), size[1]);
    int x1 = clamp((int) Math.ceil(bounds[2] * scale), size[0]);
    int y1 = clamp((int) Math.ceil(bounds[3] * scale), size[1]);
    return new Box(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
  }

  private static int clamp(int v, int max) {
    return Math.max(0, Math.min(v, max));
  }

  private static int characters(List<String> texts) {
    return (int) texts.stream().flatMapToInt(String::codePoints)
        .filter(Character::isLetterOrDigit).count();
  }

  /** Whether the page draws a large image directly (a scan); nested forms are not searched. */
  private static boolean isScanned(PDPage page) throws IOException {
    PDResources resources = page.getResources();
    if (resources == null) {
      return false;
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDImageXObject image
          && (long) image.getWidth() * image.getHeight() >= SCAN_IMAGE_PIXELS) {
        return true;
      }
    }
    return false;
  }
}
