package org.wathiqa.stamp;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Range;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.wathiqa.DocumentException;
import org.wathiqa.fields.RingText;
import org.wathiqa.ocr.OcrEngine;
import org.wathiqa.ocr.PageSegmentation;

/**
 * The ring of a round stamp: the band of text between the inner circle and the outer border,
 * located on the radial ink profile of the unwrapped stamp, and read as a straight strip.
 *
 * @param outerRadius the outer border's radius, px of the crop
 * @param innerLimit where the centre ends (inside the inner circle), px
 * @param bandInner where the ring text starts, px from the centre
 * @param bandOuter where the ring text ends, px from the centre
 */
record Ring(double outerRadius, double innerLimit, double bandInner, double bandOuter) {
  /** Half a stroke, as a share of the radius: the circles of a stamp are drawn ~1–3 % of it thick. */
  private static final double STROKE = 0.03;
  /** Confidence of a reading with tops outward above which, if wordlike, the other way is not tried. */
  private static final double SURE = 0.5;
  /** Height the unwrapped band is brought to at least, px. */
  private static final double STRIP_HEIGHT = 64;
  /**
   * Height the ring's line of text is brought to, px, ascenders to descenders. Ring type is small:
   * between a double outer circle and the inner one it fills half the band or less, and read at the
   * band's scale its letters are too small for the engine.
   */
  private static final double TEXT_HEIGHT = 36;
  /** Share of the text's height kept as margin above and below it. */
  private static final double TEXT_MARGIN = 0.2;
  /**
   * Share of a strip's stretches (each as long as the strip is high) in which a row of its text has
   * ink: text runs along the whole ring, print or a signature over it inks rows beyond the text
   * along a stretch or two.
   */
  private static final double ROW_SPREAD = 0.25;
  /** Pixels of ink in a row of a stretch that count, a speck's worth less. */
  private static final int STRETCH_INK = 2;
  /** Fewest rows a line of text takes in a strip, px. */
  private static final int MIN_TEXT_ROWS = 6;
  /** Rows a run of text may skip without ink (between the dots above a letter and the letter). */
  private static final int ROW_GAP = 2;

  /** Locates the circles in {@code crop}, a round stamp centred in it with outer radius ~{@code radius}. */
  static Ring measure(Mat crop, double radius) {
    Mat polar = unwrap(crop, radius * 1.05);
    Mat profile = new Mat();
    try {
      Core.reduce(polar, profile, 0, Core.REDUCE_AVG, CvType.CV_32F);
      float[] p = new float[profile.cols()];
      profile.get(0, 0, p);
      int outer = darkest(p, radius * 0.85, radius * 1.05);
      int inner = darkest(p, radius * 0.45, radius * 0.8);
      int limit = (int) Math.ceil(radius * STROKE * 2.5);
      int bandOut = edge(p, outer, -1, limit);
      int bandIn = edge(p, inner, 1, limit);
      return new Ring(outer, inner - radius * STROKE, bandIn, bandOut);
    } finally {
      polar.release();
      profile.release();
    }
  }

  /**
   * The first radius past the stroke whose darkest point is {@code peak}, walking by {@code step}
   * while the profile stays darker than half way to the paper, at most {@code limit} steps.
   */
  private static int edge(float[] p, int peak, int step, int limit) {
    double paper = 0;
    for (float v : p) {
      paper = Math.max(paper, v);
    }
    double half = (paper + p[peak]) / 2;
    int i = peak;
    for (int k = 0; k < limit && i + step >= 0 && i + step < p.length && p[i] < half; k++) {
      i += step;
    }
    return i;
  }

  /** Index of the darkest (lowest mean) radius between {@code from} and {@code to}. */
  private static int darkest(float[] p, double from, double to) {
    int lo = Math.max(0, (int) from);
    int hi = Math.min(p.length - 1, (int) Math.ceil(to));
    int best = lo;
    for (int i = lo; i <= hi; i++) {
      if (p[i] < p[best]) {
        best = i;
      }
    }
    return best;
  }

  /** The stamp around the centre of {@code crop} unwrapped: one row per angle, one column per pixel of radius. */
  private static Mat unwrap(Mat crop, double maxRadius) {
    Mat polar = new Mat();
    int angles = (int) Math.ceil(2 * Math.PI * maxRadius);
    Imgproc.warpPolar(crop, polar, new Size(Math.ceil(maxRadius), angles),
        new Point(crop.cols() / 2.0, crop.rows() / 2.0), maxRadius, Imgproc.INTER_LINEAR + Imgproc.WARP_POLAR_LINEAR);
    return polar;
  }

  /**
   * Reads the ring: the band unwrapped into a strip with letter tops to the border, as ring text is
   * set, started at the widest gap in the text; read the other way round only where that reading does
   * not look like words (see {@link StampReader#eitherWay}). A ring's phrases are parted by gaps as
   * wide as the one between its end and its start, so the reading is then turned round to begin with
   * the state it names ({@link RingText#stateFirst}).
   */
  Reading read(Mat crop, OcrEngine engine) throws DocumentException {
    if (bandOuter - bandInner < 4) {
      return Reading.NONE;
    }
    double mid = (bandInner + bandOuter) / 2;
    Mat polar = new Mat();
    Imgproc.warpPolar(crop, polar, new Size(Math.ceil(bandOuter), Math.ceil(2 * Math.PI * mid)),
        new Point(crop.cols() / 2.0, crop.rows() / 2.0), Math.ceil(bandOuter),
        Imgproc.INTER_LINEAR + Imgproc.WARP_POLAR_LINEAR);
    Mat band = polar.colRange(new Range((int) bandInner, (int) Math.ceil(bandOuter))).clone();
    polar.release();
    Mat strip = new Mat();
    Core.transpose(band, strip);
    band.release();
    Core.flip(strip, strip, 0);
    Mat started = startAtGap(strip);
    strip.release();
    StampImages.eraseRules(started);
    Mat sized = sizedText(started);
    started.release();
    started = sized;
    try {
      Reading read = StampReader.eitherWay(started, engine, PageSegmentation.SINGLE_LINE, SURE);
      return new Reading(RingText.stateFirst(read.text()), read.confidence());
    } finally {
      started.release();
    }
  }

  /**
   * The line of text in {@code strip}, with a margin, scaled so the text is {@link #TEXT_HEIGHT}
   * high, but never smaller than the whole band scaled to {@link #STRIP_HEIGHT}; the whole band so
   * scaled when no line of text is found.
   */
  static Mat sizedText(Mat strip) {
    double band = STRIP_HEIGHT / Math.max(1.0, strip.rows());
    Range text = textRows(strip);
    if (text == null) {
      return StampImages.scaled(strip, band);
    }
    int margin = (int) Math.round(text.size() * TEXT_MARGIN);
    Mat rows = strip.rowRange(Math.max(0, text.start - margin), Math.min(strip.rows(), text.end + margin));
    try {
      return StampImages.scaled(rows, Math.max(band, TEXT_HEIGHT / text.size()));
    } finally {
      rows.release();
    }
  }

  /**
   * The rows of the grey {@code strip} that hold its line of text: of the runs of rows inked along
   * at least {@link #ROW_SPREAD} of the strip, gaps of up to {@link #ROW_GAP} rows bridged, the one
   * with the most ink of those no thinner than text; null when there is none.
   */
  static Range textRows(Mat strip) {
    RowInk ink = RowInk.of(strip);
    int[] spread = ink.spread();
    int[] total = ink.pixels();
    double floor = ROW_SPREAD * ink.stretches();
    Range best = null;
    long most = 0;
    int i = 0;
    while (i < spread.length) {
      if (spread[i] < floor) {
        i++;
        continue;
      }
      int last = i;
      long sum = 0;
      for (int j = i; j < spread.length && j - last <= ROW_GAP + 1; j++) {
        if (spread[j] >= floor) {
          last = j;
          sum += total[j];
        }
      }
      if (sum > most && last - i + 1 >= MIN_TEXT_ROWS) {
        most = sum;
        best = new Range(i, last + 1);
      }
      i = last + 1;
    }
    return best;
  }

  /**
   * The ink in each row of a strip, split from the paper by Otsu's threshold.
   *
   * @param spread in how many of the strip's stretches the row has ink
   * @param pixels the row's pixels of ink
   * @param stretches how many stretches, each as long as the strip is high, the strip was cut into
   */
  private record RowInk(int[] spread, int[] pixels, int stretches) {
    static RowInk of(Mat strip) {
      Mat ink = new Mat();
      Mat counts = new Mat();
      int rows = strip.rows();
      int length = Math.max(1, rows);
      int stretches = Math.max(1, strip.cols() / length);
      int[] spread = new int[rows];
      int[] pixels = new int[rows];
      int[] c = new int[rows];
      try {
        Imgproc.threshold(strip, ink, 0, 1, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
        for (int k = 0; k < stretches; k++) {
          Mat stretch = ink.colRange(k * length, k == stretches - 1 ? strip.cols() : (k + 1) * length);
          Core.reduce(stretch, counts, 1, Core.REDUCE_SUM, CvType.CV_32S);
          stretch.release();
          counts.get(0, 0, c);
          for (int y = 0; y < rows; y++) {
            spread[y] += c[y] >= STRETCH_INK ? 1 : 0;
            pixels[y] += c[y];
          }
        }
        return new RowInk(spread, pixels, stretches);
      } finally {
        ink.release();
        counts.release();
      }
    }
  }

  /** {@code strip} rolled so it starts in the middle of its longest stretch without ink. */
  private static Mat startAtGap(Mat strip) {
    Mat columns = new Mat();
    Core.reduce(strip, columns, 0, Core.REDUCE_AVG, CvType.CV_32F);
    float[] c = new float[columns.cols()];
    columns.get(0, 0, c);
    columns.release();
    int window = Math.max(1, strip.rows());
    int best = 0;
    double bestSum = -1;
    for (int start = 0; start < c.length; start++) {
      double sum = 0;
      for (int k = 0; k < window; k++) {
        sum += c[(start + k) % c.length];
      }
      if (sum > bestSum) {
        bestSum = sum;
        best = (start + window / 2) % c.length;
      }
    }
    if (best == 0) {
      return strip.clone();
    }
    Mat rolled = new Mat();
    Mat tail = strip.colRange(best, c.length);
    Mat head = strip.colRange(0, best);
    Core.hconcat(java.util.List.of(tail, head), rolled);
    tail.release();
    head.release();
    return rolled;
  }
}
