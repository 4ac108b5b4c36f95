package org.wathiqa.stamp;

import org.wathiqa.Box;

/**
 * A stamp found on a page, before its text is read. Coordinates are in pixels of the page as read.
 *
 * @param shape {@code round}, {@code oval} or {@code rect}
 * @param box the stamp's bounding box
 * @param cx centre x
 * @param cy centre y
 * @param radius outer radius of a round stamp (mean of the half axes for an oval), else 0
 * @param coloured whether the stamp was found by its coloured ink
 * @param color the ink colour as {@code #rrggbb}
 */
record Candidate(String shape, Box box, double cx, double cy, double radius, boolean coloured, String color) {

  /** The round stamp on {@code c}, a circle in pixels of an image scaled by {@code factor}. */
  static Candidate round(CircleSearch.Circle c, double factor, boolean coloured, String color) {
    double cx = c.x() / factor;
    double cy = c.y() / factor;
    double radius = (c.r() + 1) / factor;
    Box box = new Box((int) Math.round(cx - radius), (int) Math.round(cy - radius),
        (int) Math.round(2 * radius), (int) Math.round(2 * radius));
    return new Candidate("round", box, cx, cy, radius, coloured, color);
  }

  boolean round() {
    return !shape.equals("rect");
  }
}
