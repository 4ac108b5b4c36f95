package org.wathiqa.stamp;

import java.awt.image.BufferedImage;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;
import org.wathiqa.Box;
import org.wathiqa.DocumentException;
import org.wathiqa.Stamp;
import org.wathiqa.ocr.OcrEngine;
import org.wathiqa.ocr.PageSegmentation;
import org.wathiqa.prepare.Mats;

/**
 * Reads the text of one stamp from its ink as dark print on white: a register stamp and the centre
 * of a round stamp as a small block, the ring of a round stamp unwrapped into a straight strip.
 * Stateless and thread-safe; the engine it is given serves one thread.
 */
final class StampReader {
  /** Outer radius of a round stamp once scaled, px: centre type of a fifth of it is ~30 px high. */
  static final double ROUND_RADIUS_PX = 150;
  /** How far beyond its radius a round stamp is cropped for reading, as a share of the radius. */
  private static final double ROUND_REACH = 1.05;
  /** Short side of a register stamp once scaled, px: three lines of ~30 px type and their leading. */
  static final double RECT_SHORT_PX = 200;
  /** Resolution told to the engine for scaled crops; only its size heuristics read it. */
  private static final int OCR_DPI = 300;
  /** Confidence of a wordlike centre reading above which the text is not tried upside down. */
  private static final double SURE = 0.6;
  /** Mean word length, letters, of a reading that looks like words rather than noise. */
  private static final double WORDLIKE = 3.5;
  /**
   * Mean word length, letters, from which a reading is taken as words whatever the engine's
   * confidence: noise read upside down averages at most about four letters a word.
   */
  private static final double LONG_WORDS = 4.5;
  /** How much surer the engine must be of a half-turned reading before it is kept. */
  private static final double TURNED_PRIOR = 0.3;
  /** White margin around what the engine is given, px. */
  private static final int MARGIN = 12;

  private StampReader() {}

  /**
   * The part of the page {@code stamp} is read from: a register stamp's box, a round stamp's square
   * a little beyond its radius.
   */
  static Box area(Candidate stamp) {
    if (!stamp.round()) {
      return stamp.box();
    }
    double r = stamp.radius() * ROUND_REACH;
    return new Box((int) Math.round(stamp.cx() - r), (int) Math.round(stamp.cy() - r),
        (int) Math.round(2 * r), (int) Math.round(2 * r));
  }

  /**
   * Reads {@code stamp} from {@code print}, the page's stamp ink as dark on white; {@code withPrint}
   * when the page's print is still in it, not told from the stamp's ink.
   */
  static Stamp read(Candidate stamp, Mat print, boolean withPrint, OcrEngine engine, double detectConfidence)
      throws DocumentException {
    if (stamp.round()) {
      return readRound(stamp, print, withPrint, engine, detectConfidence);
    }
    Mat crop = crop(print, stamp.box(), RECT_SHORT_PX / Math.max(1, Math.min(stamp.box().w(), stamp.box().h())));
    Mat level = StampImages.levelled(crop, true);
    StampImages.clearOutsideFrame(level);
    StampImages.eraseRules(level);
    Mat across = new Mat();
    Core.transpose(level, across);
    StampImages.eraseRules(across);
    Core.transpose(across, level);
    across.release();
    try {
      Reading text = ocr(level, engine, PageSegmentation.SINGLE_BLOCK);
      return new Stamp("rect", stamp.color(), text.text(), null, text.isEmpty() ? null : text.text(),
          combine(detectConfidence, text), stamp.box());
    } finally {
      crop.release();
      level.release();
    }
  }

  private static Stamp readRound(Candidate stamp, Mat print, boolean withPrint, OcrEngine engine,
      double detectConfidence)
      throws DocumentException {
    double scale = ROUND_RADIUS_PX / stamp.radius();
    Box square = area(stamp);
    Mat crop = crop(print, square, scale);
    try {
      Ring ring = Ring.measure(crop, ROUND_RADIUS_PX);
      Reading ringText = ring.read(crop, engine);
      Reading centre = readCentre(crop, ring, engine, withPrint);
      String text = (ringText.text() + " " + centre.text()).trim();
      double conf = ringText.isEmpty() ? centre.confidence()
          : centre.isEmpty() ? ringText.confidence() : (ringText.confidence() + centre.confidence()) / 2;
      return new Stamp(stamp.shape(), stamp.color(), text, ringText.isEmpty() ? null : ringText.text(),
          centre.isEmpty() ? null : centre.text(), combine(detectConfidence, new Reading(text, conf)), stamp.box());
    } finally {
      crop.release();
    }
  }

  /**
   * Reads the centre of a round stamp within its inner circle; where the stamp's ink could not be
   * told from the print by its grey ({@code withPrint}), without the print bolder than the ring's type.
   */
  private static Reading readCentre(Mat crop, Ring ring, OcrEngine engine, boolean withPrint) throws DocumentException {
    Mat centre = crop.clone();
    if (withPrint) {
      BoldPrint.clear(centre, ring.innerLimit(), ring.bandInner(), ring.bandOuter());
    }
    Mat outside = Mat.zeros(crop.size(), crop.type());
    try {
      outside.setTo(new Scalar(255));
      Imgproc.circle(outside, new Point(crop.cols() / 2.0, crop.rows() / 2.0), (int) ring.innerLimit(),
          new Scalar(0), -1);
      centre.setTo(new Scalar(255), outside);
      int half = (int) Math.ceil(ring.innerLimit());
      Rect box = new Rect(Math.max(0, crop.cols() / 2 - half), Math.max(0, crop.rows() / 2 - half),
          Math.min(crop.cols(), 2 * half), Math.min(crop.rows(), 2 * half));
      Mat inner = centre.submat(box);
      Mat level = StampImages.levelled(inner, false);
      inner.release();
      try {
        return eitherWay(level, engine, PageSegmentation.SINGLE_BLOCK, SURE);
      } finally {
        level.release();
      }
    } finally {
      centre.release();
      outside.release();
    }
  }

  /**
   * Reads {@code image} as it lies and, unless that reading looks like words of which the engine is
   * at least {@code sure}, or like long words at any confidence, half turned too (the image is left
   * turned then). The turned reading is kept only when the engine is clearly surer of it and its words
   * are no shorter: a reading upside down scores well on noise now and then, but breaks into shorter
   * words than the names of states and institutions that stamps carry.
   */
  static Reading eitherWay(Mat image, OcrEngine engine, PageSegmentation mode, double sure) throws DocumentException {
    Reading asItLies = ocr(image, engine, mode);
    double words = asItLies.meanWordLength();
    if (words >= LONG_WORDS || asItLies.confidence() >= sure && words >= WORDLIKE) {
      return asItLies;
    }
    Core.rotate(image, image, Core.ROTATE_180);
    Reading turned = ocr(image, engine, mode);
    boolean better = turned.confidence() > asItLies.confidence() + TURNED_PRIOR && turned.meanWordLength() >= words;
    return better || asItLies.isEmpty() ? turned : asItLies;
  }

  private static double combine(double detect, Reading text) {
    return Math.round((0.5 * detect + 0.5 * text.confidence()) * 1000) / 1000.0;
  }

  /** The part of {@code print} under {@code box}, white beyond the page, scaled by {@code scale}. */
  static Mat crop(Mat print, Box box, double scale) {
    Mat padded = new Mat(box.h(), box.w(), print.type(), new Scalar(255));
    Box inside = ColourDetector.clip(box, print.cols(), print.rows());
    if (inside.w() > 0 && inside.h() > 0) {
      Mat from = print.submat(new Rect(inside.x(), inside.y(), inside.w(), inside.h()));
      Mat to = padded.submat(new Rect(inside.x() - box.x(), inside.y() - box.y(), inside.w(), inside.h()));
      from.copyTo(to);
      from.release();
      to.release();
    }
    Mat scaled = StampImages.scaled(padded, scale);
    padded.release();
    StampImages.stretch(scaled);
    return scaled;
  }

  /**
   * What the engine reads in the grey {@code image}, given a white margin; every row it finds, since
   * a stamp's lines of small dotted letters are rows it would otherwise drop as noise.
   */
  static Reading ocr(Mat image, OcrEngine engine, PageSegmentation mode) throws DocumentException {
    Mat framed = new Mat();
    Core.copyMakeBorder(image, framed, MARGIN, MARGIN, MARGIN, MARGIN, Core.BORDER_CONSTANT, new Scalar(255));
    try {
      BufferedImage grey = Mats.toImage(framed);
      return Reading.of(engine.recognizeEveryRow(grey, OCR_DPI, mode));
    } finally {
      framed.release();
    }
  }
}
