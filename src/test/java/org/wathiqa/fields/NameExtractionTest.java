package org.wathiqa.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.wathiqa.Field;

class NameExtractionTest {

  private static List<String> names(String... body) {
    List<String> lines = new java.util.ArrayList<>(List.of("وزارة العدل", "الموضوع: كتاب"));
    lines.addAll(List.of(body));
    return Letters.extract(lines).names().stream().map(Field::value).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "السيد", "المدعو", "المواطن", "المتوفى", "الموقوف", "المتهم", "الطبيب", "الشاهد", "الاسم:", "المخبر:",
      "والسيد", "بحضور", "من قبل", "المدعوة", "المرحوم",
  })
  void extractNames_afterCueWord_returnsFullName(String cue) {
    assertEquals(List.of("أحمد سليمان الخالدي"), names("تم الكشف على " + cue + " أحمد سليمان الخالدي مواليد 1970"));
  }

  @Test
  void extractNames_compoundParts_keptTogether() {
    assertEquals(List.of("عبد الله علي المصري"), names("المحالة من قبل عبد الله علي المصري."));
    assertEquals(List.of("محمد بن سعيد أبو النور"), names("حضر السيد محمد بن سعيد أبو النور"));
  }

  @Test
  void extractNames_familyNameThatIsAlsoAnOfficeOrPlace_keptAsLastPart() {
    assertEquals(List.of("أحمد محمد القاضي"), names("المدعو أحمد محمد القاضي تم توقيفه"));
    assertEquals(List.of("أمين خالد القصير"), names("بحضور السيد أمين خالد القصير مندوب المشفى"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'المواطن دمشق الشام'", "'السيد القاضي محمد'", "'المدعو نيسان محمد'"})
  void extractNames_placeOfficeOrMonthAsFirstPart_isNotAPerson(String line) {
    assertTrue(names(line).isEmpty(), () -> names(line).toString());
  }

  @Test
  void extractNames_aliReadAsTheWordAla_keptAsAName() {
    assertEquals(List.of("على مروان القاضي"), names("تم الاستماع إلى أقوال المدعو على مروان القاضي بتاريخ 3/2/2004."));
    assertEquals(List.of("نادىن على النعسان"), names("الشاهد نادىن على النعسان"));
  }

  @Test
  void extractNames_stopWordWithAMisreadLetter_stillEndsTheName() {
    assertEquals(List.of("يوسف فراس العطار"), names("أقوال المتهم يوسف فراس العطار بثاريخ 3/2/2004."));
  }

  @Test
  void extractNames_fiveLetterCueWithAMisreadLetter_stillACue() {
    assertEquals(List.of("أيمن جمال النجار"), names("إلى ذويه بحضور الشيد أيمن جمال النجار"));
  }

  @Test
  void extractNames_ordinalAfterCue_isSkipped() {
    assertEquals(List.of("سامر نزار البيطار"), names("الشاهد الأول: سامر نزار البيطار"));
  }

  @Test
  void extractNames_enumerationAfterCue_eachNameTaken() {
    assertEquals(List.of("أحمد محمد علي", "خالد رامي الشامي", "هند سمير الحلبي"),
        names("بحضور السادة: أحمد محمد علي، خالد رامي الشامي و هند سمير الحلبي."));
    assertEquals(List.of("يوسف طلال العطار", "ريم بسام الزين"), names("تم توقيف المدعوين يوسف طلال العطار، ريم بسام الزين"));
  }

  @Test
  void extractNames_enumerationOfNonNames_stops() {
    assertEquals(List.of("أحمد محمد علي"), names("المدعو أحمد محمد علي، مواليد حمص ١٩٧٠"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"بجرم السرقة", "بتهمة القتل", "البالغ من العمر ٣٠ عاما", "الملقب أبو علي", "حامل البطاقة الشخصية",
      "مسؤول المقبرة", "سائق السيارة"})
  void extractNames_proseAfterTheName_isNotPartOfIt(String after) {
    assertEquals(List.of("أحمد محمد علي"), names("تم توقيف المدعو أحمد محمد علي " + after));
  }

  @Test
  void extractNames_stopAtVerbOrNextCue() {
    assertEquals(List.of("خالد رامي العمر"), names("المدعو خالد رامي العمر تم الكشف عليه"));
    assertEquals(List.of("محمود مازن الحسين"), names("والسيد محمود مازن الحسين مندوب المشفى."));
    assertEquals(List.of("مازن طارق الأحمد", "أيمن جمال النجار"),
        names("تسليم جثة المتوفى مازن طارق الأحمد إلى ذويه بحضور السيد أيمن جمال النجار"));
  }

  @Test
  void extractNames_stopAtPrepositionAlaButKeepNameAli() {
    assertEquals(List.of("محمود علي الأحمد"), names("المحالة من قبل محمود علي الأحمد على المشفى"));
  }

  @Test
  void extractNames_numberedList_eachItemIsAName() {
    assertEquals(List.of("سليمان فادي الشامي", "مصطفى وليد الحمصي", "بشير أحمد الخالدي"),
        names("نحيل إليكم الموقوفين المذكورة أسماؤهم أدناه:", "١- سليمان فادي الشامي", "2) مصطفى وليد الحمصي",
            "-٣ بشير أحمد الخالدي"));
  }

  @Test
  void extractNames_listNotIntroducedAsPeople_itemsAreNotNames() {
    assertEquals(List.of(), names("المرفقات:", "١- نسخة طبق الأصل", "٢- صورة هوية الشخصية"));
  }

  @Test
  void extractNames_tableRowsWithoutBars_afterNameHeader() {
    assertEquals(List.of("محمد أحمد الخطيب", "خالد رامي الشامي"),
        names("الرقم الاسم التولد", "1 محمد أحمد الخطيب 1980", "2 خالد رامي الشامي 1975"));
  }

  @Test
  void extractNames_tableCells_nameCellsTaken() {
    assertEquals(List.of("وليد عبد الرحمن العمر", "سامر نزار البيطار"),
        names("الرقم | الاسم | التولد", "1 | وليد عبد الرحمن العمر | 1980", "2 | سامر نزار البيطار | 1975"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "'السيد مدير الصحة بحمص'",
      "'السيد المحافظ المحترم'",
      "'السيد وزير الداخلية'",
      "'المواطن من أهالي حمص'",
      "'السيد قائد الشرطة'",
      "'المتوفى في دمشق'",
      "'بحضور العميد'",
      "'بحضور مندوب المشفى'",
      "'١- إحالة الموقوفين'",
      "'٢- مديرية الصحة'",
      "'والدته لينا، المحالة'",
      "'اسم الأم: مريم'",
      "'بتاريخ ١٤ تشرين الثاني ٢٠١٢ تم الكشف'",
      "'السيد نيسان أيار'",
      "'الطبيب الشرعي في حماة'",
      "'بحضور اللجنة المختصة'",
      "'السيد المحترم'",
      "'بحضور عناصر الدورية'",
      "'الثاني أحمد محمد'",
      "'الموقوف على ذمة القضية'",
      "'المتهم على خلفية الأحداث'",
      "'من قبل ذوي المتوفى'",
  })
  void extractNames_institutionsPlacesRanksMonthsAndSingleNames_areNotPersons(String line) {
    assertTrue(names(line).isEmpty(), () -> names(line).toString());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Variants.class)
  void extractNames_inEveryVariant_valueIsLightForm(Variants v) {
    List<String> got = names(v.apply("تم الكشف على جثة المدعو سليمان محمد الزعبي"));
    assertEquals(List.of(org.wathiqa.text.ArabicText.light(v.apply("سليمان محمد الزعبي"))), got);
  }

  @Test
  void extractNames_roleIsPersonAndBoxIsTheLine() {
    Field f = Letters.extract("وزارة العدل", "الموضوع: كتاب", "المدعو أحمد سليمان الخالدي").names().get(0);
    assertEquals("person", f.role());
    assertEquals(Pages.rightAligned("المدعو أحمد سليمان الخالدي", 2), f.box());
    assertEquals("أحمد سليمان الخالدي", f.raw());
  }

  @Test
  void extractNames_sameNameTwice_reportedOnce() {
    assertEquals(1, names("المدعو أحمد سليمان الخالدي", "بحضور السيد أحمد سليمان الخالدي").size());
  }
}
