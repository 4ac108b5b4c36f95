package org.wathiqa.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.wathiqa.Fields;
import org.wathiqa.PageResult;

class FieldExtractorTest {
  private static final List<String> LETTER = List.of(
      "الجمهورية العربية السورية", "وزارة الداخلية", "قيادة شرطة محافظة حمص",
      "الرقم: ٨٥٨٠/م/٢٠١٢", "التاريخ: ١٣ تشرين الثاني ٢٠١٢", "الموافق ٢٨ ذو الحجة ١٤٣٣ هـ",
      "الموضوع: تقرير طبي شرعي",
      "بتاريخ ١٤ تشرين الثاني ٢٠١٢ تم الكشف على جثة المدعو أحمد سليمان الخالدي",
      "مواليد ١٩٧٠ والدته لينا، المحالة من قبل عبد الله علي المصري.",
      "نظم هذا التقرير بحضور الطبيب وليد هيثم المحمد.",
      "قائد الشرطة", "العميد ياسر بشير البيطار");

  @Test
  void extract_wholeLetter_fillsEveryField() {
    Fields f = Letters.extract(LETTER);
    assertEquals("قيادة شرطة محافظة حمص", f.issuingAuthority().value());
    assertEquals("8580/م/2012", f.referenceNumber().value());
    assertEquals("٨٥٨٠/م/٢٠١٢", f.referenceNumber().raw());
    assertEquals("2012-11-13", f.documentDate().value());
    assertEquals("1433-12-28", f.documentDate().hijri());
    assertEquals(2, f.dates().size());
    assertEquals(List.of("أحمد سليمان الخالدي", "عبد الله علي المصري", "وليد هيثم المحمد"),
        f.names().stream().map(n -> n.value()).toList());
    assertEquals("ياسر بشير البيطار", f.signatory().value());
    assertEquals("تقرير طبي شرعي", f.subject().value());
  }

  @Test
  void extract_signatureOnSecondPage_isFoundWithItsPage() {
    PageResult first = Pages.page(0, LETTER.subList(0, 10));
    PageResult second = Pages.page(1, LETTER.subList(10, 12));
    Fields f = Letters.EXTRACTOR.extract(List.of(first, second));
    assertEquals("ياسر بشير البيطار", f.signatory().value());
    assertEquals(1, f.signatory().page());
    assertEquals("8580/م/2012", f.referenceNumber().value());
  }

  @Test
  void extract_leftNumberBlockListedAfterTheBody_stillReadByPosition() {
    List<org.wathiqa.Line> lines = new java.util.ArrayList<>();
    String[] right = {"الجمهورية العربية السورية", "وزارة الداخلية", "قيادة شرطة محافظة حمص", "الموضوع: تقرير طبي شرعي",
        "تم الكشف على جثة المدعو أحمد سليمان الخالدي", "قائد الشرطة", "العميد ياسر بشير البيطار"};
    for (int i = 0; i < right.length; i++) {
      lines.add(new org.wathiqa.Line(right[i], 0.9, Pages.rightAligned(right[i], i)));
    }
    lines.add(Pages.line("الرقم: ٨٥٨٠/م/٢٠١٢", 150, 240, 500));
    lines.add(Pages.line("التاريخ: ١٣/١١/٢٠١٢", 150, 330, 500));
    Fields f = Letters.EXTRACTOR.extract(List.of(Pages.of(0, lines)));
    assertEquals("8580/م/2012", f.referenceNumber().value());
    assertEquals("2012-11-13", f.documentDate().value());
    assertEquals("قيادة شرطة محافظة حمص", f.issuingAuthority().value());
    assertEquals("ياسر بشير البيطار", f.signatory().value());
  }

  @Test
  void extract_noPagesOrNoLines_returnsNone() {
    assertSame(Fields.NONE, Letters.EXTRACTOR.extract(List.of()));
    assertSame(Fields.NONE, Letters.EXTRACTOR.extract(List.of(Pages.stacked(List.of()))));
  }

  @Test
  void extract_everyConfidenceWithinZeroAndOne_andEveryFieldHasABox() {
    Fields f = Letters.extract(OcrNoise.degrade(LETTER));
    for (var field : List.of(f.issuingAuthority(), f.referenceNumber(), f.documentDate(), f.signatory(), f.subject())) {
      assertTrue(field.confidence() > 0 && field.confidence() <= 1);
      assertTrue(field.box() != null && field.page() == 0);
    }
  }

  @Test
  void extract_sharedAcrossThreads_givesTheSameResult() throws Exception {
    FieldExtractor extractor = new FieldExtractor();
    Fields expected = extractor.extract(List.of(Pages.stacked(LETTER)));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Fields>> results = pool.invokeAll(java.util.Collections.nCopies(16,
          () -> extractor.extract(List.of(Pages.stacked(LETTER)))));
      for (Future<Fields> r : results) {
        assertEquals(expected, r.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
