package org.wathiqa.fields;

/** Checks on the digits of a raw reading. Stateless and thread-safe. */
final class Digits {

  private Digits() {
  }

  /** ASCII and Arabic-Indic (or Persian) digits in one value: a sign OCR misread some of them. */
  static boolean mixed(String raw) {
    boolean ascii = false;
    boolean arabic = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      ascii |= c >= '0' && c <= '9';
      arabic |= c >= '\u0660' && c <= '\u0669' || c >= '\u06F0' && c <= '\u06F9';
    }
    return ascii && arabic;
  }
}
