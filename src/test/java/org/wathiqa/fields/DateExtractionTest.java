package org.wathiqa.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.wathiqa.Field;
import org.wathiqa.Fields;

class DateExtractionTest {

  private static Field documentDate(String dateLine) {
    return Letters.extract(Letters.letter("الرقم: 8668/س ت", dateLine)).documentDate();
  }

  static Stream<Arguments> numericForms() {
    List<Arguments> out = new ArrayList<>();
    String[] forms = {"12/4/2013", "2013/4/12", "12-4-2013", "12.4.2013", "12/04/2013", "2013/04/12", "2013-04-12"};
    for (Variants v : new Variants[] {Variants.ASCII, Variants.ARABIC_INDIC, Variants.PERSIAN}) {
      for (String f : forms) {
        out.add(Arguments.of(v, f));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{1} in {0} digits")
  @MethodSource("numericForms")
  void extractDate_numericFormInAnyDigitSystem_returnsIsoDate(Variants digits, String date) {
    Field d = documentDate(digits.apply("التاريخ: " + date));
    assertEquals("2013-04-12", d.value());
    assertEquals("gregorian", d.calendar());
    assertEquals("document", d.role());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "كانون الثاني, 01", "شباط, 02", "آذار, 03", "نيسان, 04", "أيار, 05", "حزيران, 06",
      "تموز, 07", "آب, 08", "أيلول, 09", "تشرين الأول, 10", "تشرين الثاني, 11", "كانون الأول, 12",
      "يناير, 01", "فبراير, 02", "مارس, 03", "أبريل, 04", "مايو, 05", "يونيو, 06",
      "يوليو, 07", "أغسطس, 08", "سبتمبر, 09", "أكتوبر, 10", "نوفمبر, 11", "ديسمبر, 12",
  })
  void extractDate_monthName_returnsIsoDate(String month, String number) {
    assertEquals("2013-" + number + "-12", documentDate("التاريخ: ١٢ " + month + " ٢٠١٣").value());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Variants.class)
  void extractDate_monthNameWithGregorianMark_inEveryVariant(Variants v) {
    assertEquals("2012-09-01", documentDate(v.apply("التاريخ: 1 سبتمبر 2012 م")).value());
  }

  @Test
  void extractDate_weekdayBetweenCueAndDate_stillTheDocumentDate() {
    Field d = documentDate("التاريخ: الأحد ١٤ نيسان ٢٠١٣");
    assertEquals("2013-04-14", d.value());
    assertEquals(1.0 * 0.9, d.confidence(), 1e-9);
  }

  @Test
  void extractDate_monthWithItsOtherNameInBrackets_isRead() {
    assertEquals("2013-04-12", documentDate("التاريخ: ١٢ نيسان (أبريل) ٢٠١٣ م").value());
  }

  @Test
  void extractDate_monthNameBetweenSlashes_isRead() {
    assertEquals("2013-04-12", documentDate("التاريخ: ١٢/نيسان/٢٠١٣").value());
  }

  @Test
  void extractDate_datedAtTheFoot_isTheDocumentDateWithLowerConfidence() {
    List<String> lines = Letters.letter("الرقم: 12/ق", null);
    lines.add(lines.size() - 2, "حرر في دمشق بتاريخ ٣/٥/٢٠١٤");
    lines.set(lines.size() - 3, "حرر بتاريخ ٣/٥/٢٠١٤");
    Field d = Letters.extract(lines).documentDate();
    assertEquals("2014-05-03", d.value());
    assertTrue(d.confidence() < 0.9);
  }

  @Test
  void extractDate_cuedDateInTheMiddleOfTheBody_isOnlyMentioned() {
    List<String> lines = new ArrayList<>(List.of("وزارة الداخلية", "الرقم: 2959/م", "الموضوع: دفن",
        "بناءً على كتاب المشفى رقم ١٥٥", "تاريخ ٦ حزيران ٢٠١٣ المتضمن طلب دفن", "يرجى الإيعاز لمن يلزم",
        "وإعلامنا بالنتيجة", "مع التقدير", "للاطلاع وإجراء اللازم", "بعد التحية", "نرجو الاطلاع",
        "قائد الشرطة", "العميد عمر وليد النجار"));
    Fields f = Letters.extract(lines);
    assertNull(f.documentDate());
    assertEquals("mentioned", f.dates().get(0).role());
  }

  @Test
  void extractDate_placeFiWithMisreadDots_isTheDocumentDate() {
    assertEquals("2012-02-02", documentDate("دمشق قي ٢/٢/٢٠١٢").value());
  }

  @Test
  void extractDate_speckReadAsALetterGluedToTheDay_isPassedOver() {
    assertEquals("2010-07-05", documentDate("التاريخ: ٥ه تموز ٢٠١٠ م").value());
    assertNull(documentDate("التاريخ: ٥ ه ه تموز ٢٠١٠ م"), "two letters between day and month are no speck");
  }

  @Test
  void extractDate_monthNameWithTheDotsOfTwoLettersMisread_isRead() {
    assertEquals("2009-11-27", documentDate("التاريخ: ٢٧ نوقمير ٢٠٠٩").value());
    assertEquals("2011-04-15", documentDate("التاريخ: ١٥ ابزيل ٢٠١١").value());
    assertNull(documentDate("التاريخ: ٥ اث ٢٠١٠"), "a two-letter word is not taken for آب by its shape alone");
  }

  @Test
  void extractDate_monthNameWithAMisreadLetter_insideADate_isRead() {
    assertEquals("2013-04-12", documentDate("التاريخ: ١٢ نيسات ٢٠١٣").value());
    assertEquals("2012-02-03", documentDate("التاريخ: ٣ شياط ٢٠١٢").value());
  }

  @Test
  void extractDate_placeFiDate_isTheDocumentDate() {
    Field d = documentDate("حمص في ١٤ آذار ٢٠١٢");
    assertEquals("2012-03-14", d.value());
    assertEquals("document", d.role());
    assertEquals("١٤ آذار ٢٠١٢", d.raw());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "'١٠ رجب ١٤٣٤ هـ', 2013-05-20, 1434-07-10",
      "'28 ذو الحجة 1433 هـ', 2012-11-13, 1433-12-28",
      "'14 شوال 1433', 2012-09-01, 1433-10-14",
      "'١٤٣٤/٧/١٠ هـ', 2013-05-20, 1434-07-10",
      "'10/7/1434هـ', 2013-05-20, 1434-07-10",
  })
  void extractDate_hijri_convertsThroughUmmAlQura(String written, String gregorian, String hijri) {
    Field d = documentDate("التاريخ: " + written);
    assertEquals(gregorian, d.value());
    assertEquals("hijri", d.calendar());
    assertEquals(hijri, d.hijri());
  }

  @Test
  void extractDate_gregorianWithHijriTwin_isOneDate() {
    Fields f = Letters.extract(Letters.letter("الرقم: ١/م", "التاريخ: ١٣ تشرين الثاني ٢٠١٢\nx"));
    List<String> lines = Letters.letter("الرقم: ١/م", "التاريخ: ١٣ تشرين الثاني ٢٠١٢");
    lines.add(5, "الموافق ٢٨ ذو الحجة ١٤٣٣ هـ");
    f = Letters.extract(lines);
    assertEquals("2012-11-13", f.documentDate().value());
    assertEquals("gregorian", f.documentDate().calendar());
    assertEquals("1433-12-28", f.documentDate().hijri());
    assertEquals(1, f.dates().size());
  }

  @Test
  void extractDate_twinsDisagreeAndOneMixesDigitSystems_theCleanOneIsKept() {
    List<String> lines = Letters.letter("الرقم: ١/م", "التاريخ: 21/1١/2017");
    lines.add(5, "الموافق ١٨ محرم ١٤٣٥ هـ");
    Fields f = Letters.extract(lines);
    assertEquals("2013-11-21", f.documentDate().value());
    assertEquals("hijri", f.documentDate().calendar());
    assertTrue(f.documentDate().confidence() < 0.9 * 0.9);
    assertEquals(1, f.dates().size());
  }

  /** A twin below the date, and one above it, that the calendar cannot reconcile with one digit. */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({
      "'التاريخ: ١٣/١١/٢٠١٢', 'الموافق ١٠ رجب ١٤٣٤ هـ', 5, 2012-11-13",
      "'التاريخ: 5/06/2012', 'الموافق 8 شعبان 1433 ه', 3, 2012-06-05",
  })
  void extractDate_twinThatDisagrees_staysASeparateDate(String dateLine, String twin, int at, String value) {
    List<String> lines = Letters.letter("الرقم: ١/م", dateLine);
    lines.add(at, twin);
    Fields f = Letters.extract(lines);
    assertEquals(value, f.documentDate().value());
    assertNull(f.documentDate().hijri());
    assertEquals(2, f.dates().size());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "'٢١/٤/٣١٠٢'", "'3102/4/21'", "'21/4/3102'", "'٢١-٤-٣١٠٢'",
  })
  void extractDate_reversedDigitRuns_repairedWithLowerConfidence(String read) {
    Field repaired = documentDate("التاريخ: " + read);
    Field clean = documentDate("التاريخ: 12/4/2013");
    assertEquals("2013-04-12", repaired.value());
    assertTrue(repaired.confidence() < clean.confidence());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'12/4/7013'", "'١٢/٤/٧٠١٣'", "'12 نيسان 7013'", "'7013/4/12'"})
  void extractDate_yearWithA7ForA2_repairedWithLowerConfidence(String read) {
    Field repaired = documentDate("التاريخ: " + read);
    assertEquals("2013-04-12", repaired.value());
    assertTrue(repaired.confidence() < documentDate("التاريخ: 12/4/2013").confidence());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'12/4/7017'", "'12/4/7777'", "'12/4/8013'"})
  void extractDate_impossibleYearWithoutOneRepair_isNoDate(String read) {
    assertNull(documentDate("التاريخ: " + read));
  }

  @Test
  void extractDate_speckGluedBeforeTheDay_keepsTheDateCue() {
    List<String> lines = Letters.letter("الرقم: ١/م", null);
    lines.set(2, "محافظة الأنبار ل تاريخ: ع٢٤ شباط ٢٠١٦");
    assertEquals("2016-02-24", Letters.extract(lines).documentDate().value());
  }

  @Test
  void extractDate_quoteMarkAfterTheDay_isSkipped() {
    assertEquals("2013-04-12", documentDate("التاريخ: ١٢“ نيسان ٢٠١٣").value());
    assertEquals("2013-05-20", documentDate("التاريخ: ١٠” رجب ١٤٣٤ هـ").value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'20 13/4/12'", "'12/4/20 13'", "'12 / 4 / 2013'", "'١٢ /٤/ ٢٠١٣'"})
  void extractDate_digitRunsSplitBySpaces_areJoined(String read) {
    assertEquals("2013-04-12", documentDate("التاريخ: " + read).value());
  }

  @Test
  void extractDate_yearRunPutFirstByOcr_isReadWithLowerConfidence() {
    Field d = documentDate("التاريخ: ٢٠١٣ نيسان ١٢");
    assertEquals("2013-04-12", d.value());
    assertTrue(d.confidence() < documentDate("التاريخ: ١٢ نيسان ٢٠١٣").confidence());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'التاريخ: ٢٠٠٩ ٣/٨/٢'", "'التاريخ: ٢٠٠٩ ٣/٨/٢//'", "'التاريخ: 2009 3/8/2'"})
  void extractDate_yearRunMovedBeforeTheDate_withItsFirstDigitLeft_isReadWithLowerConfidence(String read) {
    Field d = documentDate(read);
    assertEquals("2009-08-03", d.value());
    assertTrue(d.confidence() < documentDate("التاريخ: ٣/٨/٢٠٠٩").confidence());
  }

  @Test
  void extractDate_yearRunBeforeADateWhoseLastPartIsNotItsFirstDigit_isNotJoined() {
    assertNull(documentDate("التاريخ: ٢٠٠٩ ٣/٨/٥"));
  }

  @Test
  void extractDate_reversedYearAfterMonthName_isRepaired() {
    assertEquals("2013-04-09", documentDate("التاريخ: ٩ نيسان ٣١٠٢").value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'التاريخ: 31/2/2013'", "'التاريخ: 12/4/2031'", "'التاريخ: 45/13/2013'", "'التاريخ: 12/4/1850'"})
  void extractDate_impossibleOrFutureDate_isLeftAbsent(String line) {
    assertNull(documentDate(line));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'التاريخ: 22.0/20179'", "'التاريخ؛ ١1//ا:/1ت2'", "'التاريخ: ‎١7 تشرين الثاني ‎17١17'"})
  void extractDate_digitsGarbledBeyondRepair_leftAbsent(String line) {
    assertNull(documentDate(line));
  }

  @Test
  void extractDate_gregorianGarbled_hijriTwinGivesTheDocumentDate() {
    List<String> lines = Letters.letter("الرقم: 3583/ط ش", "التاريخ: 06/2012 لأتررري");
    lines.add(5, "الموافق 8 شعبان 1433 ه");
    Field d = Letters.extract(lines).documentDate();
    assertEquals("2012-06-28", d.value());
    assertEquals("hijri", d.calendar());
    assertEquals("1433-08-08", d.hijri());
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({
      // the day's first digit dropped from the Gregorian date; the Hijri twin above the number
      "'التاريخ: 8/06/2012', 'الموافق 8 شعبان 1433 ه', 2012-06-28, 1433-08-08",
      // a month digit misread in the Gregorian date
      "'التاريخ: ١٣/١٠/٢٠١٢', 'الموافق ٢٨ ذو الحجة ١٤٣٣ هـ', 2012-11-13, 1433-12-28",
      // the Hijri day lost a digit: the Gregorian date stands and gives the Hijri one
      "'التاريخ: ١٣/١١/٢٠١٢', 'الموافق ٨ ذو الحجة ١٤٣٣ هـ', 2012-11-13, 1433-12-28",
  })
  void extractDate_twinsOneDigitApart_theMisreadOneIsRepairedWithLowerConfidence(String gregorian, String hijri,
      String value, String hijriValue) {
    List<String> lines = Letters.letter("الرقم: ١/م", gregorian);
    lines.add(3, hijri);
    Fields f = Letters.extract(lines);
    assertEquals(value, f.documentDate().value());
    assertEquals(hijriValue, f.documentDate().hijri());
    assertEquals(1, f.dates().size());
    Field alone = documentDate("التاريخ: " + value.replace('-', '/'));
    assertTrue(f.documentDate().confidence() < alone.confidence());
  }

  @Test
  void extractDate_aHeadersHijriDate_isNoTwinOfADateInTheProseBelowIt() {
    // the Gregorian date line misread past parsing: the الموافق line is the date there is
    List<String> lines = new java.util.ArrayList<>(List.of("الجمهورية العربية السورية", "وزارة الداخلية",
        "الرقم: ٩٣٠٨/د", "تاريخ: ٥ شباط ٠:18", "الموافق ١٩ جمادى الأولى ١٤٣٩ هـ", "الموضوع: إحالة موقوفين",
        "نحيل إليكم الموقوفين المذكورة أسماؤهم أدناه والمقبوض عليهم بتاريخ ٢٩/١/٢٠١٨",
        "للتحقيق معهم وإعلامنا بالنتيجة.", "رئيس الفرع", "العميد باسل عماد طرابلسي"));

    Fields f = Letters.extract(lines);

    assertEquals("2018-02-05", f.documentDate().value());
    assertEquals("1439-05-19", f.documentDate().hijri());
    assertEquals(List.of("2018-02-05", "2018-01-29"), f.dates().stream().map(Field::value).toList());
  }

  @Test
  void extractDate_hijriTwinRepairedUnderAnArabicDefaultLocale_keepsAsciiDigits() {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-SY"));
      List<String> lines = Letters.letter("الرقم: ١/م", "التاريخ: ١٣/١١/٢٠١٢");
      lines.add(3, "الموافق ٨ ذو الحجة ١٤٣٣ هـ");
      assertEquals("1433-12-28", Letters.extract(lines).documentDate().hijri());
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'التازيخ: 4-6-2011 م'", "'لتاريخ: 4-6-2011'", "'التاريخ؛ 4-6-2011'", "'تاريخ: 2011-6-4 م'"})
  void extractDate_cueMisreadByOcr_stillTheDocumentDate(String line) {
    Field d = documentDate(line);
    assertEquals("2011-06-04", d.value());
    assertEquals("document", d.role());
  }

  @Test
  void extractDate_dateAfterTodayOfTheInjectedClock_isRejected() {
    FieldExtractor early = new FieldExtractor(java.time.Clock.fixed(java.time.Instant.parse("2013-01-01T00:00:00Z"),
        java.time.ZoneOffset.UTC));
    assertNull(early.extract(List.of(Pages.stacked(Letters.letter("الرقم: 1", "التاريخ: 12/4/2013")))).documentDate());
  }

  @Test
  void extractDate_noDateAnywhere_leavesFieldsEmpty() {
    Fields f = Letters.extract(Letters.letter("الرقم: 12/ق", null));
    assertNull(f.documentDate());
    assertTrue(f.dates().isEmpty());
  }

  @Test
  void extractDate_dateInBody_isMentioned() {
    List<String> lines = Letters.letter("الرقم: 12/ق", "التاريخ: 2013/09/04");
    lines.add(7, "بتاريخ ١٩ أيلول ٢٠١٣ تم الكشف على الجثة");
    Fields f = Letters.extract(lines);
    assertEquals("2013-09-04", f.documentDate().value());
    assertEquals(2, f.dates().size());
    assertEquals("2013-09-19", f.dates().get(1).value());
    assertEquals("mentioned", f.dates().get(1).role());
  }

  @Test
  void extractDate_deathDateField_isNotTheDocumentDate() {
    List<String> lines = new ArrayList<>(List.of("وزارة العدل", "الطبابة الشرعية", "الرقم: ٩٩١٠/م",
        "الموضوع: بيان وفاة", "تاريخ الوفاة: ١٨/١١/٢٠١٣"));
    Fields f = Letters.extract(lines);
    assertNull(f.documentDate());
    assertEquals("2013-11-18", f.dates().get(0).value());
  }

  @Test
  void extractDate_incomingRegisterStampDate_isNotTheDocumentDate() {
    Fields f = Letters.extract("وزارة الدفاع", "فرع الشرطة العسكرية", "وارد رقم ٢٨٦٤", "تاريخ: ٢٠١٣/٥/٢٢",
        "الموضوع: إحالة");
    assertNull(f.documentDate());
  }

  @Test
  void extractDate_referenceWithYearPart_isNotADate() {
    Fields f = Letters.extract(Letters.letter("الرقم: 1342/12/2015", "التاريخ: 2015/02/09"));
    assertEquals("2015-02-09", f.documentDate().value());
    assertEquals(1, f.dates().size());
  }

  @Test
  void extractDate_rawKeepsWhatWasRead() {
    assertEquals("٢٠١٣/٠٩/٠٤", documentDate("التاريخ: ٢٠١٣/٠٩/٠٤").raw());
  }

  @Test
  void extractDate_cueWithoutColonOrAfterDate_stillDocumentDate() {
    assertEquals("2013-09-04", documentDate("التاريخ ٢٠١٣/٠٩/٠٤").value());
    assertEquals("2013-09-04", documentDate("٢٠١٣/٠٩/٠٤ :التاريخ").value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'تاريخ: ٢.١٣.١٢.٢١'", "'تاريخ: ٢١.١٢.٢.١٣'", "'تاريخ: 2.13.12.21'"})
  void extractDate_zeroOfTheYearReadAsADot_isRestoredWithLowerConfidence(String line) {
    Field d = documentDate(line);
    assertEquals("2013-12-21", d.value());
    assertTrue(d.confidence() < documentDate("تاريخ: ٢٠١٣.١٢.٢١").confidence());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'البند ١.٢.٣.٤'", "'الفقرة 2.1.3.5 من القرار'"})
  void extractDate_fourDottedGroupsMakingNoYear_areNoDate(String line) {
    assertTrue(Letters.extract(Letters.letter(null, line)).dates().isEmpty());
  }
}
