package org.wathiqa.digits;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Nearest-neighbour classifier of glyphs against rendered templates of the digits ٠-٩ and 0-9, the
 * marks that sit inside numbers ({@code / . - :}) and letters that do not ({@link #OTHER}). Immutable
 * and thread-safe.
 */
final class DigitClassifier {
  /** Label of a template that shows no part of a number. */
  static final char OTHER = 'x';
  static final String RESOURCE = "digit-templates.bin.gz";
  private static final int MAGIC = 0x57444754;
  /** Features summed between two checks of a distance against its bound. */
  private static final int STRIDE = 8;

  private final char[] labels;
  /** Each template's features, in {@link #order}. */
  private final float[][] features;
  /**
   * The features by how much they vary across the templates, most first: a distance summed in this
   * order passes the bound it is compared with after fewer features.
   */
  private final int[] order;
  /**
   * Labels that are not each other's rivals: the zero ٠ and the full stop, both a dot, which the
   * reader tells apart by where the dot sits ({@link DigitReader#bySeat}), not by its shape.
   */
  static final String TWINS = ".\u0660";

  /**
   * The distinct kinds of label (the twins one kind), and for each template the index of its kind
   * among them.
   */
  private final int kindCount;
  private final int[] kind;

  DigitClassifier(List<Template> templates) {
    if (templates.isEmpty()) {
      throw new IllegalArgumentException("a classifier needs templates, got none");
    }
    labels = new char[templates.size()];
    features = new float[templates.size()][];
    order = bySpread(templates);
    for (int i = 0; i < labels.length; i++) {
      labels[i] = templates.get(i).label();
      features[i] = inOrder(templates.get(i).features(), order);
    }
    String distinct = "";
    kind = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      char key = TWINS.indexOf(labels[i]) >= 0 ? TWINS.charAt(0) : labels[i];
      if (distinct.indexOf(key) < 0) {
        distinct += key;
      }
      kind[i] = distinct.indexOf(key);
    }
    kindCount = distinct.length();
  }

  /** The classifier over the templates shipped with the library. */
  static DigitClassifier bundled() {
    try (InputStream in = DigitClassifier.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("digit templates " + RESOURCE + " are missing from the class path");
      }
      return new DigitClassifier(read(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read digit templates " + RESOURCE, e);
    }
  }

  int size() {
    return labels.length;
  }

  /** The feature indices by their variance across {@code templates}, largest first. */
  private static int[] bySpread(List<Template> templates) {
    int n = templates.get(0).features().length;
    double[] sum = new double[n];
    double[] squares = new double[n];
    for (Template t : templates) {
      float[] f = t.features();
      for (int k = 0; k < n; k++) {
        sum[k] += f[k];
        squares[k] += (double) f[k] * f[k];
      }
    }
    double[] variance = new double[n];
    Integer[] index = new Integer[n];
    for (int k = 0; k < n; k++) {
      double mean = sum[k] / templates.size();
      variance[k] = squares[k] / templates.size() - mean * mean;
      index[k] = k;
    }
    Arrays.sort(index, (a, b) -> Double.compare(variance[b], variance[a]));
    int[] order = new int[n];
    for (int k = 0; k < n; k++) {
      order[k] = index[k];
    }
    return order;
  }

  private static float[] inOrder(float[] f, int[] order) {
    float[] out = new float[order.length];
    for (int k = 0; k < order.length; k++) {
      out[k] = f[order[k]];
    }
    return out;
  }

  /**
   * The nearest template's label, with the distance to the nearest template of any other label but
   * its {@link #TWINS twin}.
   */
  Guess classify(float[] glyph) {
    float[] f = inOrder(glyph, order);
    double[] nearest = new double[kindCount];
    int[] nearestTemplate = new int[kindCount];
    Arrays.fill(nearest, Double.MAX_VALUE);
    // Only the two nearest labels make the guess: a template farther than the second of them changes
    // neither, so its distance is not summed to the end. The nearest label (first) and the second
    // smallest distance are kept up to date as the labels' distances only fall.
    int first = -1;
    double second = Double.MAX_VALUE;
    for (int i = 0; i < labels.length; i++) {
      int k = kind[i];
      double d = distance(f, features[i], Math.min(nearest[k], Math.nextUp(second)));
      if (d < nearest[k]) {
        nearest[k] = d;
        nearestTemplate[k] = i;
        if (k == first) {
          continue; // the smallest fell further: the second is unchanged
        }
        if (first < 0 || d < nearest[first]) {
          second = first < 0 ? Double.MAX_VALUE : nearest[first];
          first = k;
        } else if (d < second) {
          second = d;
        }
      }
    }
    int best = 0;
    for (int k = 1; k < kindCount; k++) {
      best = nearest[k] < nearest[best] ? k : best;
    }
    int runnerUp = best == 0 ? 1 : 0;
    for (int k = 0; k < kindCount; k++) {
      runnerUp = k == best || nearest[k] >= nearest[runnerUp] ? runnerUp : k;
    }
    boolean alone = kindCount < 2;
    return new Guess(labels[nearestTemplate[best]], Math.sqrt(nearest[best]),
        alone ? Math.sqrt(Double.MAX_VALUE) : Math.sqrt(nearest[runnerUp]),
        alone ? OTHER : labels[nearestTemplate[runnerUp]]);
  }

  /**
   * Squared distance from {@code a} to {@code b}, or some value of at least {@code bound} once it
   * reaches it; the bound is checked every {@link #STRIDE} features.
   */
  private static double distance(float[] a, float[] b, double bound) {
    double sum = 0;
    int i = 0;
    for (int end = STRIDE; end <= a.length; end += STRIDE) {
      for (; i < end; i++) {
        double d = a[i] - b[i];
        sum += d * d;
      }
      if (sum >= bound) {
        return sum;
      }
    }
    for (; i < a.length; i++) {
      double d = a[i] - b[i];
      sum += d * d;
    }
    return sum;
  }

  static List<Template> read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new GZIPInputStream(new BufferedInputStream(in)));
    if (data.readInt() != MAGIC) {
      throw new IOException("not a digit template file");
    }
    int size = data.readInt();
    int count = data.readInt();
    if (size != GlyphFeatures.SIZE) {
      throw new IOException("templates have " + size + " features; this version reads " + GlyphFeatures.SIZE);
    }
    List<Template> templates = new ArrayList<>(count);
    byte[] b = new byte[size];
    for (int i = 0; i < count; i++) {
      char label = data.readChar();
      data.readFully(b);
      templates.add(new Template(label, GlyphFeatures.decode(b)));
    }
    return templates;
  }

  static void write(List<Template> templates, OutputStream out) throws IOException {
    GZIPOutputStream zip = new GZIPOutputStream(out);
    DataOutputStream data = new DataOutputStream(zip);
    data.writeInt(MAGIC);
    data.writeInt(GlyphFeatures.SIZE);
    data.writeInt(templates.size());
    for (Template t : templates) {
      data.writeChar(t.label());
      data.write(GlyphFeatures.encode(t.features()));
    }
    data.flush();
    zip.finish();
  }
}
