package org.wathiqa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines the engine read from a signature's strokes stay out of the page text. */
class SignatureInkTest {
  /** A signature drawn under the signatory's name. */
  private static final Signature SIGNED = new Signature(new Box(240, 1100, 190, 80), 0.87);
  private static final Line NAME = new Line("الطبيب خالد سليمان الحلبي", 0.93, new Box(160, 1060, 320, 40));

  private static List<String> texts(List<Line> lines) {
    return lines.stream().map(Line::text).toList();
  }

  @Test
  void anUnsureLineOfUnknownWordsWithinASignature_isTheSignaturesStrokes() {
    List<Line> lines = List.of(NAME, new Line("بزو ادال", 0.04, new Box(246, 1115, 176, 65)));

    assertEquals(List.of(NAME.text()), texts(PageProcessor.withoutSignatureInk(lines, List.of(SIGNED))));
  }

  @Test
  void printASignatureCovers_staysInTheText() {
    List<Line> lines = List.of(
        new Line("رئيس الفرع", 0.55, new Box(250, 1110, 150, 50)), // an office's title: listed words
        new Line("محمد فادي الرفاعي", 0.92, new Box(250, 1110, 170, 50)), // read surely
        new Line("ماف لايد", 0.34, new Box(100, 1110, 300, 50)), // mostly outside the signature
        NAME);

    assertEquals(texts(lines), texts(PageProcessor.withoutSignatureInk(lines, List.of(SIGNED))));
    assertEquals(texts(lines), texts(PageProcessor.withoutSignatureInk(lines, List.of())));
  }
}
