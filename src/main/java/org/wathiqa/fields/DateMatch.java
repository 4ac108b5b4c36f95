package org.wathiqa.fields;

import java.time.LocalDate;

/**
 * A date read on a line: tokens {@code [start, end)}, its Gregorian value, the calendar it was
 * written in, the Hijri form when written in that calendar, and how sure the reading is (lowered
 * when digits had to be repaired). Immutable and thread-safe.
 */
record DateMatch(DocLine line, int start, int end, LocalDate value, String calendar, String hijri,
    double certainty) {

  static final String GREGORIAN = "gregorian";
  static final String HIJRI = "hijri";

  boolean isHijri() {
    return HIJRI.equals(calendar);
  }

  String raw() {
    return line.raw(start, end);
  }
}
