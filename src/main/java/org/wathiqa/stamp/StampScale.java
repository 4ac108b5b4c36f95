package org.wathiqa.stamp;

/**
 * Physical sizes of stamps, turned into pixels at a given resolution. Official stamps are pressed
 * from standard dies: round ones 2.5–4.5 cm across, register stamps a few centimetres wide and
 * two to four printed lines high, drawn with strokes well under a millimetre thick.
 */
final class StampScale {
  /** Resolution at which pages are searched for stamps: a 2.5 cm stamp is still ~100 pixels. */
  static final int WORK_DPI = 100;
  /** Smallest outer radius of a round stamp, cm. */
  static final double MIN_RADIUS_CM = 1.15;
  /** Largest outer radius of a round stamp, cm. */
  static final double MAX_RADIUS_CM = 2.6;
  /** Shortest side of a register stamp, cm (two lines of small type and a frame). */
  static final double MIN_RECT_SHORT_CM = 1.0;
  /** Longest side of a register stamp, cm. */
  static final double MAX_RECT_LONG_CM = 10.0;
  /** Shortest long side of a register stamp, cm. */
  static final double MIN_RECT_LONG_CM = 2.5;
  /** Longest short side of a register stamp, cm. */
  static final double MAX_RECT_SHORT_CM = 5.0;

  /** Slack in locating a stroke, cm: half a millimetre either side. */
  static final double SLACK_CM = 0.05;

  private StampScale() {}

  /** {@link #SLACK_CM} in whole pixels at {@code dpi}, at least one. */
  static int slack(double dpi) {
    return (int) Math.max(1, Math.round(px(SLACK_CM, dpi)));
  }

  /** {@code cm} centimetres in pixels at {@code dpi}. */
  static double px(double cm, double dpi) {
    return cm * dpi / 2.54;
  }
}
