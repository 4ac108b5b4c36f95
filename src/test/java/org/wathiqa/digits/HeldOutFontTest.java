package org.wathiqa.digits;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The classifier on a font it was not made from: templates from every other font, digit strings
 * rendered in the held-out font at sizes the templates do not use, blurred and noisy.
 */
class HeldOutFontTest {
  private static final Map<DigitFont, List<Template>> BY_FONT = new EnumMap<>(DigitFont.class);
  private static final int STRINGS = 60;
  /** Share of glyphs read right and with confidence. */
  private static final double MIN_READ = 0.80;
  /** Share of glyphs read wrong yet with confidence: these would change text for the worse. */
  private static final double MAX_WRONG = 0.03;

  @BeforeAll
  static void renderTemplates() {
    for (DigitFont f : DigitFont.values()) {
      BY_FONT.put(f, TemplateSet.render(List.of(f)));
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"AMIRI", "NOTO_NASKH", "DEJAVU_SANS", "KACST_ONE"})
  void classify_heldOutFontWithBlurAndNoise_readsDigitsAboveFloor(DigitFont heldOut) {
    List<Template> templates = new ArrayList<>();
    BY_FONT.forEach((f, t) -> {
      if (f != heldOut) {
        templates.addAll(t);
      }
    });
    DigitReader reader = new DigitReader(new DigitClassifier(templates));
    Random random = new Random(heldOut.ordinal() + 7);
    int right = 0;
    int wrong = 0;
    int total = 0;
    for (int i = 0; i < STRINGS; i++) {
      String text = digits(random);
      int size = 18 + random.nextInt(24);
      GlyphStrip strip = GlyphStrip.draw(heldOut.font(), text, size,
          new GlyphStrip.Damage(random.nextBoolean(), 0.3 + 0.4 * random.nextDouble(), 12, random.nextLong()));
      List<GlyphStrip.Labelled> glyphs = strip.glyphs();
      if (glyphs == null) {
        total += text.length();
        continue;
      }
      List<Guess> guesses = reader.classify(glyphs.stream().map(GlyphStrip.Labelled::glyph).toList());
      for (int g = 0; g < guesses.size(); g++) {
        Guess guess = guesses.get(g);
        boolean sure = guess.margin() >= GlyphRun.MIN_MARGIN && guess.distance() <= GlyphRun.MAX_DISTANCE;
        boolean correct = guess.label() == TemplateSet.label(glyphs.get(g).shown());
        right += sure && correct ? 1 : 0;
        wrong += sure && !correct ? 1 : 0;
        total++;
      }
    }
    double read = right / (double) total;
    double misread = wrong / (double) total;
    System.out.printf("held out %s: %d glyphs, read %.3f, misread with confidence %.3f%n", heldOut, total, read,
        misread);
    assertTrue(read >= MIN_READ, heldOut + ": read " + read + " of glyphs, floor " + MIN_READ);
    assertTrue(misread <= MAX_WRONG, heldOut + ": misread " + misread + " with confidence, ceiling " + MAX_WRONG);
  }

  /** Two to eight Arabic-Indic digits, sometimes a date with slashes. */
  private static String digits(Random random) {
    StringBuilder s = new StringBuilder();
    int n = 2 + random.nextInt(7);
    for (int i = 0; i < n; i++) {
      s.append((char) ('\u0660' + random.nextInt(10)));
      if (n >= 6 && (i == 1 || i == 3) && random.nextBoolean()) {
        s.append('/');
      }
    }
    return s.toString();
  }
}
