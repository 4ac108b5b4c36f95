package org.wathiqa.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DigitClassifierTest {

  /**
   * The nearest label and the distances to it and to the nearest other label are those of measuring
   * every template in full, however the bounded search cuts distances short: over random templates
   * in clusters by label, and glyphs near one cluster, between two, or far from all.
   */
  @Test
  void classify_asMeasuringEveryTemplate() {
    Random random = new Random(5);
    String labels = "0123456789x";
    float[][] centres = new float[labels.length()][GlyphFeatures.SIZE];
    for (float[] c : centres) {
      for (int j = 0; j < c.length; j++) {
        c[j] = random.nextFloat();
      }
    }
    List<Template> templates = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      int k = random.nextInt(labels.length());
      templates.add(new Template(labels.charAt(k), near(centres[k], 0.2f, random)));
    }
    DigitClassifier classifier = new DigitClassifier(templates);
    for (int t = 0; t < 300; t++) {
      float[] glyph = switch (t % 3) {
        case 0 -> near(centres[random.nextInt(centres.length)], 0.25f, random);
        case 1 -> between(centres[random.nextInt(centres.length)], centres[random.nextInt(centres.length)], random);
        default -> near(new float[GlyphFeatures.SIZE], 2f, random);
      };
      Guess got = classifier.classify(glyph);
      Guess want = everyTemplate(templates, glyph, labels);
      assertEquals(want.label(), got.label(), "glyph " + t);
      assertEquals(want.distance(), got.distance(), 1e-9 * want.distance(), "glyph " + t); // summed in another order
      assertEquals(want.rival(), got.rival(), 1e-9 * want.rival(), "glyph " + t);
    }
  }

  /** A dot's rival is the nearest template that is no dot: the zero and the stop are told apart by position. */
  @Test
  void classify_dotsAreNotEachOthersRivals() {
    float[] zero = new float[GlyphFeatures.SIZE];
    float[] stop = new float[GlyphFeatures.SIZE];
    float[] one = new float[GlyphFeatures.SIZE];
    stop[0] = 0.2f;
    one[0] = 3f;
    DigitClassifier classifier = new DigitClassifier(List.of(new Template('\u0660', zero), new Template('.', stop),
        new Template('1', one)));
    float[] glyph = new float[GlyphFeatures.SIZE];
    glyph[0] = 0.15f;
    Guess got = classifier.classify(glyph);
    assertEquals('.', got.label());
    assertEquals(0.05, got.distance(), 1e-6);
    assertEquals(2.85, got.rival(), 1e-6);
    assertEquals('1', got.rivalLabel());
  }

  /** The guess from every template's full distance, summed in the classifier's feature order. */
  private static Guess everyTemplate(List<Template> templates, float[] glyph, String labels) {
    double[] nearest = new double[labels.length()];
    java.util.Arrays.fill(nearest, Double.MAX_VALUE);
    char[] order = new char[labels.length()];
    int kinds = 0;
    for (Template t : templates) { // kinds numbered as first met, as the classifier numbers them
      if (new String(order, 0, kinds).indexOf(t.label()) < 0) {
        order[kinds++] = t.label();
      }
    }
    for (Template t : templates) {
      int k = new String(order, 0, kinds).indexOf(t.label());
      nearest[k] = Math.min(nearest[k], squaredDistance(glyph, t.features()));
    }
    int best = 0;
    for (int k = 1; k < kinds; k++) {
      best = nearest[k] < nearest[best] ? k : best;
    }
    double rival = Double.MAX_VALUE;
    for (int k = 0; k < kinds; k++) {
      rival = k == best ? rival : Math.min(rival, nearest[k]);
    }
    return new Guess(order[best], Math.sqrt(nearest[best]), Math.sqrt(rival));
  }

  private static double squaredDistance(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      double d = a[i] - b[i];
      sum += d * d;
    }
    return sum;
  }

  private static float[] near(float[] centre, float spread, Random random) {
    float[] f = new float[centre.length];
    for (int j = 0; j < f.length; j++) {
      f[j] = centre[j] + spread * (float) random.nextGaussian();
    }
    return f;
  }

  private static float[] between(float[] a, float[] b, Random random) {
    float w = random.nextFloat();
    float[] f = new float[a.length];
    for (int j = 0; j < f.length; j++) {
      f[j] = w * a[j] + (1 - w) * b[j];
    }
    return f;
  }
}
