package org.wathiqa.digits;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders labelled templates: the digits of both systems, the marks that sit inside numbers and the
 * letters that sit between them, in each font at several sizes, plain, bold and blurred.
 */
final class TemplateSet {
  static final String ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩/";
  static final String WESTERN = "0123456789/";
  /** Marks between Arabic-Indic digits, so that their height is measured against digits. */
  static final String MARKS = "٢٣.٤٥-٦٧:٨٩";
  /**
   * Letters and signs that are no part of a number. Left out: alef (the shape of ١), and ع ء ه ة و,
   * whose isolated forms are close to ٤ ٥ ٩ in some fonts.
   */
  static final String OTHERS = "بتثجحخدذرزسشصضطظغفقكلمنيى()،؛%";
  static final int[] SIZES = {16, 22, 30, 42};
  static final List<GlyphStrip.Damage> DAMAGES = List.of(GlyphStrip.Damage.NONE,
      new GlyphStrip.Damage(true, 0, 0, 0), new GlyphStrip.Damage(false, 0.6, 0, 0));

  private TemplateSet() {
  }

  static List<Template> render(List<DigitFont> fonts) {
    List<Template> out = new ArrayList<>();
    for (DigitFont font : fonts) {
      for (int size : SIZES) {
        for (GlyphStrip.Damage damage : DAMAGES) {
          add(out, GlyphStrip.draw(font.font(), ARABIC_INDIC, size, damage), null);
          add(out, GlyphStrip.draw(font.font(), WESTERN, size, damage), null);
          add(out, GlyphStrip.draw(font.font(), MARKS, size, damage), null);
          for (char c : OTHERS.toCharArray()) {
            add(out, GlyphStrip.draw(font.font(), "٢٣" + c + "٤٧", size, damage), c);
          }
        }
      }
    }
    return out;
  }

  /** Adds the strip's glyphs, or only the glyph of {@code only} when given, labelled as no digit. */
  private static void add(List<Template> out, GlyphStrip strip, Character only) {
    List<GlyphStrip.Labelled> glyphs = strip.glyphs();
    if (glyphs == null) {
      return;
    }
    Band band = Band.of(glyphs.stream().map(GlyphStrip.Labelled::glyph).toList());
    for (GlyphStrip.Labelled g : glyphs) {
      if (only == null || g.shown() == only) {
        char label = only != null ? DigitClassifier.OTHER : label(g.shown());
        out.add(new Template(label, GlyphFeatures.of(g.glyph(), band)));
      }
    }
  }

  /** The label a drawn character is read as: Western 1 and 9 look like ١ and ٩, so they share them. */
  static char label(char shown) {
    return shown == '1' ? '١' : shown == '9' ? '٩' : shown;
  }
}
