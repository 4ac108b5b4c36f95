package org.wathiqa.digits;

import java.util.List;

/**
 * Settles a glyph read unsure between two labels by the calendar: of the two numbers it makes, the
 * one that can be a date, a year or a day of the month, when the other cannot ("٣٠١٤/٠٧/١١" or
 * ٢٠١٤/٠٧/١١; "٣٧" or ٢٧ before a month). Stateless.
 */
final class CalendarCheck {
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2099;
  private static final int MIN_HIJRI_YEAR = 1300;
  private static final int MAX_HIJRI_YEAR = 1500;
  private static final int MAX_DAY = 31;
  private static final int MAX_MONTH = 12;
  private static final String SEPARATORS = "[/.\\-]";

  private CalendarCheck() {
  }

  /**
   * The run of {@code guesses} with its one unsure glyph taken for whichever of its two nearest
   * labels makes a number the calendar allows while the other does not; null when more than one
   * glyph is unsure, when either label is no part of a number, or when the calendar cannot tell.
   */
  static GlyphRun settled(List<Guess> guesses) {
    int doubt = -1;
    for (int i = 0; i < guesses.size(); i++) {
      if (!GlyphRun.clear(guesses.get(i))) {
        if (doubt >= 0) {
          return null;
        }
        doubt = i;
      }
    }
    if (doubt < 0) {
      return null;
    }
    Guess g = guesses.get(doubt);
    if (g.label() == DigitClassifier.OTHER || g.rivalLabel() == DigitClassifier.OTHER
        || g.distance() > GlyphRun.MAX_DISTANCE) {
      return null;
    }
    GlyphRun nearest = GlyphRun.of(guesses, doubt, g.label());
    GlyphRun rival = GlyphRun.of(guesses, doubt, g.rivalLabel());
    if (nearest.groups().size() != rival.groups().size()) {
      return null;
    }
    for (int k = 0; k < nearest.groups().size(); k++) {
      String a = nearest.groups().get(k);
      String b = rival.groups().get(k);
      if (!a.equals(b)) {
        Boolean first = possible(a);
        Boolean second = possible(b);
        if (first == null || second == null || first.equals(second)) {
          return null;
        }
        return first ? nearest : rival;
      }
    }
    return null;
  }

  /**
   * Whether {@code group} can be what it looks like: a date of three parts (day, month and a year
   * first or last), a year of four digits, or a day of one or two; null for anything else.
   */
  static Boolean possible(String group) {
    String core = NumberText.toAscii(NumberText.core(group));
    if (!core.matches("[0-9]+(" + SEPARATORS + "[0-9]+)*")) {
      return null;
    }
    String[] parts = core.split(SEPARATORS);
    if (parts.length == 3) {
      return date(parts[2], parts[1], parts[0]) || date(parts[0], parts[1], parts[2]);
    }
    if (parts.length != 1) {
      return null;
    }
    if (core.length() == 4) {
      return year(core);
    }
    return core.length() <= 2 ? day(core) : null;
  }

  private static boolean date(String year, String month, String day) {
    int m = Integer.parseInt(month);
    return year.length() == 4 && year(year) && month.length() <= 2 && m >= 1 && m <= MAX_MONTH && day.length() <= 2
        && day(day);
  }

  private static boolean year(String digits) {
    int y = Integer.parseInt(digits);
    return y >= MIN_YEAR && y <= MAX_YEAR || y >= MIN_HIJRI_YEAR && y <= MAX_HIJRI_YEAR;
  }

  private static boolean day(String digits) {
    int d = Integer.parseInt(digits);
    return d >= 1 && d <= MAX_DAY;
  }
}
