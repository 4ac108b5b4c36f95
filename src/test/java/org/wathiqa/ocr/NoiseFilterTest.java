package org.wathiqa.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wathiqa.Box;

class NoiseFilterTest {

  @ParameterizedTest(name = "{0} at {1}: kept={2}")
  @CsvSource({
      "0 ا ا ا ا ا حل ا للا ا ل اج, 0.33, false",
      "ا ل ا اا ا ا ل ا, 0.16, false",
      "الجمهورية العربية السورية, 0.30, true",
      "ا ل ا ا ل, 0.93, true",
      "١- باسل منير القاسم, 0.45, true",
      "الموضوع: إحالة موقوفين, 0.10, true",
      "\u200e٠\u200f ا ريق, 0.0, false",
      "“ ا \u200fم دلو, 0.2, false",
      "\u200e١٢\u200f أيار, 0.2, true",
  })
  void keepText_dropsOnlyUnsureScatteredLetters(String text, double confidence, boolean kept) {
    OcrLine sure = new OcrLine("الجمهورية العربية السورية", 0.93, new Box(0, 0, 10, 10));
    OcrLine line = new OcrLine(text, confidence, new Box(0, 20, 10, 10));
    assertEquals(kept ? List.of(sure, line) : List.of(sure), NoiseFilter.keepText(List.of(sure, line)));
  }

  @ParameterizedTest(name = "{0}: fragments={1}")
  @CsvSource({
      "م دل اير, true",
      "اا ريص الذرع, true",
      "\u200e٢٧\u200f, true",
      "مكراد هر روي ا, true",
      "قاد الشرطة, false",
      "المهندس عمر ولي د النجان, false",
      "اللواء علي بن زيد, false",
      "رئيس فرع الأمن الجنائي, false",
  })
  void fragmentary_tellsStampRemainsFromPrintedWords(String text, boolean fragments) {
    assertEquals(fragments, NoiseFilter.fragmentary(new OcrLine(text, 0.3, new Box(0, 0, 10, 10))));
  }
}
