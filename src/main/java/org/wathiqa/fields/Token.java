package org.wathiqa.fields;

/**
 * A run of letters, a run of digits or one other character of a line's matching form (and its
 * light form), with its offsets. Immutable and thread-safe.
 */
record Token(String text, String light, int start, int end, Kind kind) {

  enum Kind { WORD, NUMBER, PUNCT }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  boolean is(String s) {
    return text.equals(s);
  }

  int intValue() {
    return Integer.parseInt(text);
  }
}
