package org.wathiqa;

import java.util.ArrayList;
import java.util.List;
import org.wathiqa.ocr.OcrLine;
import org.wathiqa.ocr.OcrWord;

/**
 * Joins the two halves of a line of verse. Poetry set in prose is printed as two hemistichs side by
 * side with a wide gap, and the engine reads them as two lines; read as one, right half first, they
 * keep the verse whole. Only two lines of words alike on one baseline, each at least
 * {@value #MIN_HALF_WIDTH} of the page wide and neither holding a digit or a colon, are joined: the
 * blocks of a letterhead beside a number and date never are. Stateless.
 */
final class Verses {
  /** Least width of each half, as a share of the page's. */
  static final double MIN_HALF_WIDTH = 0.3;
  /** Widest gap between the halves, as a share of the page's width. */
  private static final double MAX_GAP = 0.15;
  /** Least share of the lower half's height the two must share to stand on one baseline. */
  private static final double SAME_ROW = 0.6;
  /** Fewest words of each half. */
  private static final int MIN_WORDS = 2;

  private Verses() {
  }

  /** {@code lines} of a page {@code pageWidth} pixels wide with the halves of each verse joined, in their order. */
  static List<OcrLine> joined(List<OcrLine> lines, int pageWidth) {
    List<OcrLine> out = new ArrayList<>(lines);
    for (int i = 0; i < out.size(); i++) {
      for (int j = i + 1; j < out.size(); j++) {
        OcrLine a = out.get(i);
        OcrLine b = out.get(j);
        if (halves(a, b, pageWidth)) {
          OcrLine right = a.box().x() > b.box().x() ? a : b;
          OcrLine left = right == a ? b : a;
          out.set(i, join(right, left));
          out.remove(j);
          break;
        }
      }
    }
    return out;
  }

  private static boolean halves(OcrLine a, OcrLine b, int pageWidth) {
    if (!prose(a) || !prose(b) || a.box().w() < MIN_HALF_WIDTH * pageWidth || b.box().w() < MIN_HALF_WIDTH * pageWidth) {
      return false;
    }
    int shared = Math.min(a.box().bottom(), b.box().bottom()) - Math.max(a.box().y(), b.box().y());
    int gap = Math.max(a.box().x(), b.box().x()) - Math.min(a.box().right(), b.box().right());
    return shared >= SAME_ROW * Math.min(a.box().h(), b.box().h()) && gap > 0 && gap <= MAX_GAP * pageWidth;
  }

  /** Words and nothing that marks a field: no digit, no colon. */
  private static boolean prose(OcrLine line) {
    String text = line.text();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c) || c == ':') {
        return false;
      }
    }
    return text.strip().split("\\s+").length >= MIN_WORDS;
  }

  private static OcrLine join(OcrLine right, OcrLine left) {
    List<OcrWord> words = new ArrayList<>(right.words());
    words.addAll(left.words());
    int chars = right.text().length() + left.text().length();
    double confidence = (right.confidence() * right.text().length() + left.confidence() * left.text().length())
        / Math.max(1, chars);
    return new OcrLine(right.text() + " " + left.text(), confidence, right.box().union(left.box()), words);
  }
}
