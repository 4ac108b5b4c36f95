package org.wathiqa.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.wathiqa.Field;

class SubjectExtractionTest {

  private static Field subject(String... lines) {
    return Letters.extract(lines).subject();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "'الموضوع: دفن جثث مجهولة الهوية', 'دفن جثث مجهولة الهوية'",
      "'الموضوع دفن جثث مجهولة الهوية', 'دفن جثث مجهولة الهوية'",
      "'الموضوع : دفن جثث مجهولة الهوية.', 'دفن جثث مجهولة الهوية'",
      "'الموضع: تقرير طبي شرعي', 'تقرير طبي شرعي'",
      "':الموضوع تسليم جثة', 'تسليم جثة'",
      "'الموضوع: تسليم جثة التاريخ: 12/4/2013', 'تسليم جثة'",
  })
  void extractSubject_afterCue_withOrWithoutColon(String line, String value) {
    assertEquals(value, subject("وزارة العدل", line, "نص الكتاب").value());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Variants.class)
  void extractSubject_inEveryVariant_keepsLettersAsRead(Variants v) {
    Field f = subject("وزارة العدل", v.apply("الموضوع: إحالة موقوفين"));
    assertEquals("إحالة موقوفين", org.wathiqa.text.ArabicText.light(v.apply("إحالة موقوفين")));
    assertEquals(org.wathiqa.text.ArabicText.light(v.apply("إحالة موقوفين")), f.value());
  }

  @Test
  void extractSubject_valueOnNextLine_isTaken() {
    assertEquals("بيان وفاة", subject("وزارة العدل", "الموضوع:", "بيان وفاة").value());
  }

  @Test
  void extractSubject_noCue_isAbsent() {
    assertNull(subject("وزارة العدل", "نعلمكم بأنه تم تسليم الجثة"));
  }

  @Test
  void extractSubject_boxIsTheSubjectLine() {
    Field f = Letters.EXTRACTOR.extract(List.of(Pages.stacked("وزارة العدل", "الموضوع: بيان وفاة"))).subject();
    assertEquals(Pages.rightAligned("الموضوع: بيان وفاة", 1), f.box());
    assertEquals(0, f.page());
  }
}
