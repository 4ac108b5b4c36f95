package org.wathiqa.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ring text of a born-digital stamp, set glyph by glyph round a circle. */
class StampTextTest {
  private static final double EM = 12;
  private static final double ADVANCE = 6;
  private static final double RADIUS = 100;

  /**
   * The glyphs of {@code logical} (right-to-left text) set over the top of a circle round (300, 300),
   * left to right as shown, each {@code ADVANCE} wide, {@code letterGap} ems apart within a word and
   * {@code wordGap} ems where the text has a space.
   */
  private static List<Glyph> ring(String logical, double letterGap, double wordGap) {
    String shown = new StringBuilder(logical).reverse().toString();
    List<Glyph> glyphs = new ArrayList<>();
    double theta = Math.toRadians(-160);
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c == ' ') {
        theta += (wordGap - letterGap) * EM / RADIUS;
        continue;
      }
      double x = 300 + RADIUS * Math.cos(theta);
      double y = 300 + RADIUS * Math.sin(theta);
      double angle = Math.toDegrees(Math.atan2(-Math.cos(theta), -Math.sin(theta)));
      glyphs.add(new Glyph(String.valueOf(c), x, y, ADVANCE, EM, angle, true));
      theta += (ADVANCE + letterGap * EM) / RADIUS;
    }
    return glyphs;
  }

  private static List<String> texts(List<Glyph> glyphs) {
    return StampText.build(glyphs).stream().map(TextLines.Built::text).toList();
  }

  @Test
  void build_ringWithWordGaps_putsSpacesBetweenItsWords() {
    assertEquals(List.of("جمهورية مصر العربية"), texts(ring("جمهورية مصر العربية", 0.03, 0.5)));
  }

  @Test
  void build_ringSetTight_staysOneWord() {
    assertEquals(List.of("جمهورية"), texts(ring("جمهورية", 0.1, 0.1)));
  }
}
