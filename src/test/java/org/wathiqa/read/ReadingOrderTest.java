package org.wathiqa.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingOrderTest {

  private static TextLines.Built line(String text, double left, double top, double right) {
    return new TextLines.Built(text, new double[] {left, top, right, top + 14});
  }

  @Test
  void sort_letterheadBesideReferenceColumn_readsRightBlockThenLeftBlockThenBody() {
    List<TextLines.Built> interleaved = List.of(
        line("الجمهورية العربية السورية", 380, 50, 520),
        line("الرقم: 66/ق", 60, 58, 140),
        line("وزارة الداخلية", 400, 70, 500),
        line("التاريخ: 2011/04/27", 50, 78, 140),
        line("محافظة حمص", 410, 90, 490),
        line("الموضوع: دفن جثث", 300, 200, 520),
        line("بناءً على كتاب مشفى", 200, 220, 520));
    List<String> order = ReadingOrder.sort(interleaved).stream().map(TextLines.Built::text)
        .toList();
    assertEquals(List.of("الجمهورية العربية السورية", "وزارة الداخلية", "محافظة حمص",
        "الرقم: 66/ق", "التاريخ: 2011/04/27", "الموضوع: دفن جثث", "بناءً على كتاب مشفى"), order);
  }

  @Test
  void sort_latinColumnsOnOneRow_readsLeftFirst() {
    List<String> order = ReadingOrder.sort(List.of(line("right", 300, 50, 400),
        line("left", 50, 52, 150))).stream().map(TextLines.Built::text).toList();
    assertEquals(List.of("left", "right"), order);
  }
}
