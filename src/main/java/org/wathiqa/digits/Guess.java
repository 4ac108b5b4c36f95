package org.wathiqa.digits;

/**
 * What a glyph was taken for.
 *
 * @param label the nearest template's label
 * @param distance distance to it
 * @param rival distance to the nearest template of another label
 * @param rivalLabel that template's label
 */
record Guess(char label, double distance, double rival, char rivalLabel) {

  /** A guess whose rival's label is not known. */
  Guess(char label, double distance, double rival) {
    this(label, distance, rival, DigitClassifier.OTHER);
  }

  /** How much nearer the chosen label is than the next: rival over distance. */
  double margin() {
    return distance == 0 ? Double.POSITIVE_INFINITY : rival / distance;
  }
}
