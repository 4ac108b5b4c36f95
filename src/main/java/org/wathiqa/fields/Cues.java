package org.wathiqa.fields;

import java.util.List;

/** Looks for cue words next to a span of tokens. Stateless and thread-safe. */
final class Cues {
  private static final int MAX_CUE_WORDS = 3;

  private Cues() {
  }

  /** Index of the first token of the cue that ends right before {@code at} (punctuation skipped), or -1. */
  static int before(List<Token> tokens, int at, WordList cues) {
    int end = at;
    while (end > 0 && tokens.get(end - 1).kind() == Token.Kind.PUNCT) {
      end--;
    }
    for (int n = MAX_CUE_WORDS; n >= 1; n--) {
      int from = end - n;
      if (from >= 0 && cues.match(tokens, from) == n) {
        return from;
      }
    }
    return -1;
  }

  /** End (exclusive) of the cue that starts right after {@code at} (punctuation skipped), or -1. */
  static int after(List<Token> tokens, int at, WordList cues) {
    int from = at;
    while (from < tokens.size() && tokens.get(from).kind() == Token.Kind.PUNCT) {
      from++;
    }
    int n = cues.match(tokens, from);
    return n > 0 ? from + n : -1;
  }

  /** Index of the first token starting a cue of {@code cues} anywhere in the tokens, or -1. */
  static int find(List<Token> tokens, WordList cues) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).isWord() && cues.match(tokens, i) > 0) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a word of the line equals an entry of {@code list} exactly. */
  static boolean containsExact(List<Token> tokens, WordList list) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).isWord() && list.matchExact(tokens, i) > 0) {
        return true;
      }
    }
    return false;
  }

  /** Index of the next token at or after {@code at} that is not punctuation. */
  static int skipPunct(List<Token> tokens, int at) {
    int i = at;
    while (i < tokens.size() && tokens.get(i).kind() == Token.Kind.PUNCT) {
      i++;
    }
    return i;
  }
}
