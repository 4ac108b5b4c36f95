package org.wathiqa.read;

import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Collects the glyphs of one PDF page with what the text stripper alone loses: fill colour,
 * translucency and rotation, which tell stamp text from printed text. One instance per page.
 */
final class GlyphCollector extends PDFTextStripper {

  /** Degrees off the page axes beyond which a glyph counts as rotated (stamps are turned). */
  static final double ROTATED_DEGREES = 2.5;
  /** Colour saturation (max - min channel, 0..1) from which a fill counts as coloured ink. */
  static final double COLOURED = 0.25;

  private final List<Glyph> glyphs = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private final int pageRotation;
  private double groupAlpha = 1;

  private GlyphCollector(int pageRotation) {
    this.pageRotation = pageRotation;
    addOperator(new SetNonStrokingColorSpace(this));
    addOperator(new SetNonStrokingColor(this));
    addOperator(new SetNonStrokingColorN(this));
    addOperator(new SetNonStrokingDeviceGrayColor(this));
    addOperator(new SetNonStrokingDeviceRGBColor(this));
    addOperator(new SetNonStrokingDeviceCMYKColor(this));
  }

  /** The glyphs of page {@code index} (zero-based) in content-stream order. */
  static List<Glyph> collect(PDDocument document, int index) throws IOException {
    GlyphCollector collector =
        new GlyphCollector(document.getPage(index).getRotation());
    collector.setStartPage(index + 1);
    collector.setEndPage(index + 1);
    collector.writeText(document, new StringWriter());
    return collector.glyphs;
  }

  @Override
  public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
    double outer = groupAlpha;
    groupAlpha *= getGraphicsState().getNonStrokeAlphaConstant();
    try {
      super.showTransparencyGroup(form);
    } finally {
      groupAlpha = outer;
    }
  }

  @Override
  protected void processTextPosition(TextPosition position) {
    String text = fold(position.getUnicode());
    if (text.isEmpty() || !seen.add(key(position, text))) {
      return; // nothing to read, or the same glyph drawn again (fake bold)
    }
    Matrix m = position.getTextMatrix();
    double angle = Math.toDegrees(Math.atan2(m.getShearY(), m.getScaleX())) - pageRotation;
    double em = Math.max(position.getXScale(), 0.1);
    glyphs.add(new Glyph(text, position.getX(), position.getY(), position.getWidthDirAdj(), em,
        normalise(angle), isStampLike(angle)));
  }

  private boolean isStampLike(double angle) {
    return offAxis(angle) || (coloured(getGraphicsState()) && translucent());
  }

  private boolean translucent() {
    return groupAlpha * getGraphicsState().getNonStrokeAlphaConstant() < 0.95;
  }

  static boolean offAxis(double angle) {
    double off = Math.abs(angle) % 90;
    return Math.min(off, 90 - off) > ROTATED_DEGREES;
  }

  private static boolean coloured(PDGraphicsState state) {
    try {
      PDColor colour = state.getNonStrokingColor();
      int rgb = colour.toRGB();
      int r = (rgb >> 16) & 0xff;
      int g = (rgb >> 8) & 0xff;
      int b = rgb & 0xff;
      return (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b))) / 255.0 >= COLOURED;
    } catch (IOException | UnsupportedOperationException e) {
      return false; // a pattern or shading fill has no single colour: not stamp ink
    }
  }

  /** Degrees within (-180, 180]. */
  static double normalise(double angle) {
    double a = angle % 360;
    return a > 180 ? a - 360 : a <= -180 ? a + 360 : a;
  }

  private static String key(TextPosition p, String text) {
    return text + '@' + Math.round(p.getX()) + ',' + Math.round(p.getY());
  }

  /**
   * Compatibility forms (Arabic presentation forms, ligatures) folded to plain letters, and a
   * lam-alef ligature mapped in visual order ("ال" from one glyph) put back in logical order.
   */
  static String fold(String unicode) {
    if (unicode == null) {
      return "";
    }
    String text = Normalizer.normalize(unicode, Normalizer.Form.NFKC);
    text = TextLines.stripBidiControls(text);
    if (text.length() == 2 && text.charAt(1) == '\u0644' && "\u0627\u0623\u0625\u0622".indexOf(
        text.charAt(0)) >= 0) {
      return new String(new char[] {'\u0644', text.charAt(0)});
    }
    return text;
  }
}
