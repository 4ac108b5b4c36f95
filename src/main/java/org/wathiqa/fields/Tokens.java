package org.wathiqa.fields;

import java.util.ArrayList;
import java.util.List;

/** Splits a line's matching form into tokens. Stateless and thread-safe. */
final class Tokens {

  private Tokens() {
  }

  static List<Token> of(String normalized, String light) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < normalized.length()) {
      char c = normalized.charAt(i);
      if (c == ' ') {
        i++;
      } else {
        int end = runEnd(normalized, i, kindOf(c));
        out.add(new Token(normalized.substring(i, end), light.substring(i, end), i, end, kindOf(c)));
        i = end;
      }
    }
    return List.copyOf(out);
  }

  private static int runEnd(String s, int start, Token.Kind kind) {
    if (kind == Token.Kind.PUNCT) {
      return start + 1;
    }
    int i = start + 1;
    while (i < s.length() && kindOf(s.charAt(i)) == kind) {
      i++;
    }
    return i;
  }

  static Token.Kind kindOf(char c) {
    if (c >= '0' && c <= '9') {
      return Token.Kind.NUMBER;
    }
    return Character.isLetter(c) ? Token.Kind.WORD : Token.Kind.PUNCT;
  }
}
