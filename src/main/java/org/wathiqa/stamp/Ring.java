package org.wathiqa.stamp;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Range;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.wathiqa.DocumentException;
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
  /** Height of the unwrapped ring given to the engine, px: letters of ~40 px. */
  private static final double STRIP_HEIGHT = 64;

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
   * not look like words (see {@link StampReader#eitherWay}).
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
    Mat sized = StampImages.scaled(started, STRIP_HEIGHT / Math.max(1.0, started.rows()));
    started.release();
    started = sized;
    try {
      return StampReader.eitherWay(started, engine, PageSegmentation.SINGLE_LINE, SURE);
    } finally {
      started.release();
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
