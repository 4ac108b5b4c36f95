package org.wathiqa.digits;

/**
 * A labelled example glyph.
 *
 * @param label the character it shows, or {@link DigitClassifier#OTHER} for a letter or mark that is no
 *     part of a number
 * @param features its {@link GlyphFeatures}
 */
record Template(char label, float[] features) {
  Template {
    if (features.length != GlyphFeatures.SIZE) {
      throw new IllegalArgumentException("a template has " + GlyphFeatures.SIZE + " features, got "
          + features.length);
    }
  }
}
