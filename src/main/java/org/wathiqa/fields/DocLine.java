package org.wathiqa.fields;

import java.util.List;
import org.wathiqa.Box;
import org.wathiqa.Line;
import org.wathiqa.PageResult;
import org.wathiqa.text.ArabicText;
import org.wathiqa.text.MappedText;

/**
 * One OCR line prepared for matching: its forms, tokens and place. Immutable and thread-safe.
 *
 * @param position zero-based position of the line in the whole document
 * @param page zero-based page index
 * @param index zero-based line index on its page
 * @param pageHeight height of the page in pixels (0 if unknown)
 */
record DocLine(int position, int page, int index, Line line, MappedText text, List<Token> tokens, int pageHeight) {

  static DocLine of(int position, PageResult page, int index) {
    Line line = page.lines().get(index);
    MappedText text = ArabicText.map(line.text());
    return new DocLine(position, page.index(), index, line, text, Tokens.of(text.normalized(), text.light()),
        page.height());
  }

  String normalized() {
    return text.normalized();
  }

  Box box() {
    return line.box();
  }

  double confidence() {
    return line.confidence();
  }

  /** Light text of tokens {@code [from, to)}. */
  String light(int from, int to) {
    return from >= to ? "" : text.lightSubstring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** Raw text of tokens {@code [from, to)}. */
  String raw(int from, int to) {
    return from >= to ? "" : text.rawSubstring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  int wordCount() {
    int n = 0;
    for (Token t : tokens) {
      n += t.isWord() ? 1 : 0;
    }
    return n;
  }

  /** Identity: one line of one document. */
  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  /** Vertical position of the line's top as a share of the page height, or -1 if unknown. */
  double top() {
    return pageHeight > 0 ? (double) box().y() / pageHeight : -1;
  }
}
