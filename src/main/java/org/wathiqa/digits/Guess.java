package org.wathiqa.digits;

/**
 * What a glyph was taken for.
 *
 * @param label the nearest template's label
 * @param distance distance to it
 * @param rival distance to the nearest template of another label
 */
record Guess(char label, double distance, double rival) {

  /** How much nearer the chosen label is than the next: rival over distance. */
  double margin() {
    return distance == 0 ? Double.POSITIVE_INFINITY : rival / distance;
  }
}
