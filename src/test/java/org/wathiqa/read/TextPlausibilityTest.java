package org.wathiqa.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextPlausibilityTest {

  private static final List<String> LETTER = List.of(
      "الجمهورية العربية السورية",
      "وزارة الداخلية",
      "الموضوع: دفن جثث مجهولة الهوية",
      "بناءً على كتاب مشفى عبد القادر شقفة العسكري رقم 962",
      "يرجى الإيعاز لمن يلزم بدفن الجثث في مقبرة باب السباع أصولاً.");

  private static List<String> reversed(List<String> lines) {
    return lines.stream().map(l -> new StringBuilder(l).reverse().toString()).toList();
  }

  @Test
  void judge_officialArabicLetter_isPlausible() {
    assertTrue(TextPlausibility.judge(LETTER).plausible());
  }

  @Test
  void judge_englishText_isPlausible() {
    assertTrue(TextPlausibility.judge(List.of("Please send the requested documents to this office"))
        .plausible());
  }

  @Test
  void judge_visualOrderArabic_isImplausible() {
    TextPlausibility.Verdict v = TextPlausibility.judge(reversed(LETTER));
    assertFalse(v.plausible(), v.reason());
  }

  @Test
  void judge_unmappedGlyphs_isImplausible() {
    assertFalse(TextPlausibility.judge(List.of("الجمهورية \ufffd\ufffd\ufffd\ufffd السورية \ue001"))
        .plausible());
  }

  @Test
  void judge_arabicDecodedAsLatin1_isImplausible() {
    // "الجمهورية العربية السورية" in Windows-1256 bytes read as Latin-1
    assertFalse(TextPlausibility.judge(List.of("ÇáÌãåæÑíÉ ÇáÚÑÈíÉ ÇáÓæÑíÉ")).plausible());
  }

  @Test
  void judge_arabicLettersInWrongPlaces_isImplausible() {
    // a font whose glyphs map to the wrong letters: Arabic letters, no words
    List<String> garbage = List.of("جحخ هثق ضصث قفغ عهخ حجد شسي بلت نمك طئء ؤرلا ىةو زظط",
        "فغع هخح جدش سيب لتن مكط ئءؤ رلى ةوز ظطك منت");
    assertFalse(TextPlausibility.judge(garbage).plausible());
  }

  @Test
  void judge_almostNoText_isImplausible() {
    assertFalse(TextPlausibility.judge(List.of("12", "ص")).plausible());
  }

  @Test
  void judge_consonantStrings_areImplausibleAsLatin() {
    assertFalse(TextPlausibility.judge(List.of("Xkcd Qwrtz Bcdfg Hjklm Npqrs Tvwxz Prtkl"))
        .plausible());
  }
}
