package org.wathiqa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicTextTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "'١٢/٠٤/٢٠١٣', '12/04/2013'",
      "'۱۲/۰۴/۲۰۱۳', '12/04/2013'",
      "'أحمد', 'احمد'",
      "'إبراهيم', 'ابراهيم'",
      "'آذار', 'اذار'",
      "'مصطفى', 'مصطفي'",
      "'وزارة', 'وزاره'",
      "'التـــاريخ', 'التاريخ'",
      "'مُحَمَّد', 'محمد'",
      "'\u200fالرقم\u200e', 'الرقم'",
      "'ﺍﻟﺮﻗﻢ', 'الرقم'",
      "'لا   إله  ', 'لا اله'",
      "'رئيس مؤسسة', 'رييس موسسه'",
  })
  void normalize_foldsForMatching(String raw, String expected) {
    assertEquals(expected, ArabicText.normalize(raw));
  }

  @Test
  void light_keepsLettersButFoldsDigitsAndMarks() {
    assertEquals("إبراهيم مصطفى 12/4", ArabicText.light("إبـــراهِيم  مصطفى ١٢/٤"));
  }

  @Test
  void light_andNormalize_haveTheSameLength() {
    String raw = "الطبابة الشرعية بـحمص ١٢ آذار";
    assertEquals(ArabicText.light(raw).length(), ArabicText.normalize(raw).length());
  }

  @Test
  void map_givesRawSubstringBehindNormalisedRange() {
    MappedText m = ArabicText.map("الرقم:  ٤٥٧٢/ص");
    int start = m.normalized().indexOf("4572");
    assertEquals("٤٥٧٢/ص", m.rawSubstring(start, m.normalized().length()));
  }

  @Test
  void map_skipsTatweelWhenMappingBack() {
    MappedText m = ArabicText.map("التـــاريخ ١٢");
    assertEquals("التـــاريخ", m.rawSubstring(0, "التاريخ".length()));
  }

  @Test
  void asciiDigits_changesOnlyDigits() {
    assertEquals("ص/4572 ۩", ArabicText.asciiDigits("ص/٤٥٧٢ ۩"));
  }

  @Test
  void distance_countsEdits() {
    assertEquals(1, ArabicText.distance("الموضوع", "الموضع"));
    assertEquals(0, ArabicText.distance("", ""));
    assertEquals(3, ArabicText.distance("abc", ""));
  }
}
