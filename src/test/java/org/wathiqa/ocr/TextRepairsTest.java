package org.wathiqa.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextRepairsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "'\u200e-٣\u200f وليد عبد الرحمن العمر', '\u200e٣-\u200f وليد عبد الرحمن العمر'",
      "'-1 سامر نزار البيطار', '1- سامر نزار البيطار'",
      "'.12 محمد علي', '12. محمد علي'",
      "')٢ أحمد', '٢) أحمد'",
      "'ا لجمهورية العربية ا لسورية', 'الجمهورية العربية السورية'",
      "'الموضوع : دفن جثث مجهولة ا لهوية', 'الموضوع : دفن جثث مجهولة الهوية'",
      "'غسان مازن ال محمد', 'غسان مازن المحمد'",
      "'الدكتور وليد ي_وسف الشيخ', 'الدكتور وليد يـوسف الشيخ'",
      "'مدير الصحة__ العامة', 'مدير الصحة__ العامة'",
  })
  void repaired_putsListNumbersInOrderAndJoinsSplitArticles(String read, String expected) {
    assertEquals(expected, TextRepairs.repaired(read));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "'٣- وليد عبد الرحمن العمر'",
      "'الرقم: -808/م/7011'",
      "'-2015 تقرير'",
      "'بتاريخ -5 درجات'",
      "'و لكن الأمر'",
      "'ا. د. محمد'",
      "'الى ال'",
      "'التاريخ: 12/4/2013'",
      "'الاسم: ________'",
  })
  void repaired_leavesOtherTextAlone(String read) {
    assertEquals(read, TextRepairs.repaired(read));
  }
}
