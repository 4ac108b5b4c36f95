package org.wathiqa.prepare;

import org.opencv.core.Core;
import org.opencv.core.Mat;

/**
 * Stretches a faded page's grey levels so its print is black and its paper white. The engine
 * splits ink from paper with one threshold over the whole page; on faded print with grey paper that
 * threshold sits close to both, and anything that moves it (a stamp lifted, a dark border) changes
 * which letters survive. Stateless and thread-safe.
 */
final class Contrast {
  /** Pages whose print and paper are further apart than this many grey levels are left alone. */
  static final int FULL_RANGE = 200;
  /** The share of a page's pixels that are darkest print, whose grey is the print's. */
  static final double PRINT_SHARE = 0.005;

  private Contrast() {}

  /**
   * Stretches {@code grey} in place, print to 0 and paper to 255, when they are less than
   * {@value #FULL_RANGE} levels apart; returns whether it did.
   */
  static boolean stretch(Mat grey) {
    return stretch(grey, GreyLevels.of(grey));
  }

  /** As {@link #stretch(Mat)}, with {@code levels} the grey levels of {@code grey}, already counted. */
  static boolean stretch(Mat grey, GreyLevels levels) {
    int print = levels.darkest(PRINT_SHARE);
    int paper = levels.paper();
    if (paper - print >= FULL_RANGE || paper - print < MIN_RANGE) {
      return false;
    }
    double gain = 255.0 / (paper - print);
    Core.subtract(grey, new org.opencv.core.Scalar(print), grey);
    Core.multiply(grey, new org.opencv.core.Scalar(gain), grey);
    return true;
  }

  /** Print and paper closer than this are no page of print: nothing to stretch. */
  static final int MIN_RANGE = 40;
}
