package org.wathiqa.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLinesTest {

  /** One unit per character, in the order a line shows them from left to right. */
  private static List<String> visual(String shownLeftToRight) {
    List<String> units = new ArrayList<>();
    shownLeftToRight.codePoints().forEach(c -> units.add(new String(Character.toChars(c))));
    return units;
  }

  @Test
  void logical_arabicWithDate_keepsDigitsInReadingOrder() {
    // "التاريخ: 18/02/2013" shows as "18/02/2013 :خيراتلا"
    assertEquals("التاريخ: 18/02/2013", TextLines.logical(visual("18/02/2013 :خيراتلا")));
  }

  @Test
  void logical_arabicWithArabicIndicDigits_keepsDigitsInReadingOrder() {
    assertEquals("رقم ٤٩٧١/س", TextLines.logical(visual("س/٤٩٧١ مقر")));
  }

  @Test
  void logical_ligatureUnit_movesWhole() {
    // "علاقة" shows as ة ق لا ع from the left; the lam-alef glyph's letters are already logical
    assertEquals("علاقة", TextLines.logical(List.of("ة", "ق", "لا", "ع")));
  }

  @Test
  void logical_latinOnly_isUnchanged() {
    assertEquals("Ref 12/4", TextLines.logical(visual("Ref 12/4")));
  }

  @Test
  void build_glyphsOnOneBaselineWithWideGap_splitIntoTwoLines() {
    List<Glyph> glyphs = new ArrayList<>();
    double x = 100;
    for (String s : visual("ab")) {
      glyphs.add(new Glyph(s, x, 100, 6, 12, 0, false));
      x += 6;
    }
    x = 300;
    for (String s : visual("cd")) {
      glyphs.add(new Glyph(s, x, 101, 6, 12, 0, false));
      x += 6;
    }
    List<String> lines = TextLines.build(glyphs, 0).stream().map(TextLines.Built::text).toList();
    assertEquals(List.of("ab", "cd"), lines);
  }

  @Test
  void build_markOnLigature_followsItsBaseNotNeighbouringPunctuation() {
    // ".ًلا" shown left to right: the full stop, the tanween over the alef, the lam-alef
    List<Glyph> glyphs = List.of(new Glyph(".", 138.4, 326.3, 4.8, 20, 0, false),
        new Glyph("\u064b", 140.5, 324.1, 0, 20, 0, false),
        new Glyph("لا", 143.2, 326.3, 8.6, 20, 0, false));
    assertEquals("لا\u064b.", TextLines.build(glyphs, 0).get(0).text());
  }
}
