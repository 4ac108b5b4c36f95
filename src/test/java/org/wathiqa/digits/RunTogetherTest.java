package org.wathiqa.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wathiqa.Box;

/**
 * Two digits whose ink ran together into one glyph, as blur and heavy compression leave them, read
 * as two; and letters, which are wide too, never cut into digits.
 */
class RunTogetherTest {
  private static final DigitReader READER = DigitReader.bundled();
  /** Share of the hundred pairs of one font that must be read as their two digits. */
  private static final double MIN_RIGHT = 0.2;
  /** Share that may be read as two wrong digits. */
  private static final double MAX_WRONG = 0.06;
  private static final String LETTERS = "شسصضطظكقفيبتثنىئعغحلمه";

  @ParameterizedTest
  @EnumSource(names = {"AMIRI", "NOTO_NASKH", "DEJAVU_SANS", "KACST_ONE"})
  void runTogether_everyPairOfDigitsTouching_readsManyRightAndFewWrong(DigitFont font) {
    GlyphStrip strip = GlyphStrip.draw(font.font(), "٠١٢٣٤٥٦٧٨٩", 30, GlyphStrip.Damage.NONE);
    List<GlyphStrip.Labelled> digits = strip.glyphs();
    assertNotNull(digits, font + ": the digits were not cut one glyph each");
    Band band = band(digits);
    int right = 0;
    int wrong = 0;
    for (GlyphStrip.Labelled a : digits) {
      for (GlyphStrip.Labelled b : digits) {
        InkGlyph pair = touching(a.glyph(), b.glyph());
        List<Guess> two = READER.runTogether(pair, READER.classify(pair, band), band);
        if (two != null && two.get(0).label() == a.shown() && two.get(1).label() == b.shown()) {
          right++;
        } else if (two != null) {
          wrong++;
        }
      }
    }
    int pairs = digits.size() * digits.size();
    assertTrue(right >= MIN_RIGHT * pairs, font + ": " + right + " of " + pairs + " pairs read right");
    assertTrue(wrong <= MAX_WRONG * pairs, font + ": " + wrong + " of " + pairs + " pairs read wrong");
  }

  @ParameterizedTest
  @EnumSource(names = {"AMIRI", "NOTO_NASKH", "DEJAVU_SANS", "KACST_ONE"})
  void runTogether_letters_areNeverCutIntoDigits(DigitFont font) {
    Band band = band(GlyphStrip.draw(font.font(), "٢٣٤٥٦٧٨٩", 30, GlyphStrip.Damage.NONE).glyphs());
    int seen = 0;
    for (char c : LETTERS.toCharArray()) {
      GlyphStrip strip = GlyphStrip.draw(font.font(), String.valueOf(c), 30, GlyphStrip.Damage.NONE);
      Box all = new Box(0, 0, strip.image().getWidth(), strip.image().getHeight());
      for (InkGlyph g : GlyphSegmenter.glyphs(strip.image(), all)) {
        seen++;
        assertEquals(null, READER.runTogether(g, READER.classify(g, band), band), font + ": " + c);
      }
    }
    assertTrue(seen >= LETTERS.length(), font + ": only " + seen + " letter glyphs drawn");
  }

  private static Band band(List<GlyphStrip.Labelled> labelled) {
    List<InkGlyph> glyphs = new ArrayList<>();
    labelled.forEach(l -> glyphs.add(l.glyph()));
    return Band.of(glyphs);
  }

  /** {@code b} moved to the right of {@code a} and then left until their ink touches, joined into one glyph. */
  static InkGlyph touching(InkGlyph a, InkGlyph b) {
    for (int x = a.right() + 1; x > a.x() - b.width(); x--) {
      InkGlyph moved = new InkGlyph(x, b.y(), b.width(), b.height(), b.ink());
      if (touches(a, moved)) {
        return GlyphSegmenter.merge(a, moved);
      }
    }
    throw new IllegalStateException("the glyphs never touch");
  }

  /** Whether some ink pixel of {@code b} has an ink pixel of {@code a} among its eight neighbours or under it. */
  private static boolean touches(InkGlyph a, InkGlyph b) {
    for (int row = 0; row < b.height(); row++) {
      for (int col = 0; col < b.width(); col++) {
        if (b.inkAt(col, row) && inkNear(a, b.x() + col, b.y() + row)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean inkNear(InkGlyph g, int x, int y) {
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        int col = x + dx - g.x();
        int row = y + dy - g.y();
        if (col >= 0 && row >= 0 && col < g.width() && row < g.height() && g.inkAt(col, row)) {
          return true;
        }
      }
    }
    return false;
  }
}
