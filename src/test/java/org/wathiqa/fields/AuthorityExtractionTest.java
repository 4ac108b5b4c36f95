package org.wathiqa.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.wathiqa.Field;
import org.wathiqa.Line;

class AuthorityExtractionTest {

  private static Field authority(String... lines) {
    return Letters.extract(lines).issuingAuthority();
  }

  /** The authority of a one-page letter of {@code lines} placed where they are. */
  private static Field authority(Line... lines) {
    return Letters.EXTRACTOR.extract(List.of(Pages.of(0, List.of(lines)))).issuingAuthority();
  }

  @Test
  void extractAuthority_stackedRight_returnsHierarchyAndMostSpecificUnit() {
    Field f = authority("الجمهورية العربية السورية", "وزارة الداخلية", "محافظة حمص", "مكتب المحافظ",
        "الرقم: 66/ق", "التاريخ: 2011/04/27", "سري للغاية", "الموضوع: دفن جثث");
    assertEquals("مكتب المحافظ", f.value());
    assertEquals(List.of("الجمهورية العربية السورية", "وزارة الداخلية", "محافظة حمص", "مكتب المحافظ"), f.hierarchy());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "'جامعة البعث', 'كلية الطب البشري'",
      "'وزارة الإدارة المحلية', 'مجلس مدينة تدمر'",
      "'وزارة الداخلية', 'مديرية الشؤون المدنية'",
      "'وزارة العدل', 'النيابة العامة في ريف دمشق'",
      "'وزارة الصحة', 'مستشفى الباسل الوطني'",
      "'وزارة الداخلية', 'السجل المدني في القصير'",
      "'هيئة الأركان العامة', 'شعبة التنظيم والإدارة'",
      "'وزارة الدفاع', 'فرع التحقيق العسكري'",
  })
  void extractAuthority_unseenInstitutionOfAKnownKind_isRecognised(String parent, String unit) {
    Field f = authority("الجمهورية العربية السورية", parent, unit, "الرقم: 12/ق", "الموضوع: طلب");
    assertEquals(unit, f.value());
    assertEquals(3, f.hierarchy().size());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'محكة البداية الجزائية الأولى'", "'المحكة العسكرية الثالثة'", "'نيابة العامة بالقاهرة'"})
  void extractAuthority_kindWithALetterLost_stillMakesTheUnit(String unit) {
    Field f = authority("جمهورية مصر العربية", "وزارة العدل", "قصر العدل بالمنصورة", unit, "الرقم: 12/ق",
        "الموضوع: طلب");
    assertEquals(unit, f.value());
    assertEquals(4, f.hierarchy().size());
  }

  @Test
  void extractAuthority_referenceAndDateMergedOntoLetterheadLines_areCutOut() {
    Field f = authority("الجمهورية العربية السورية", "وزارة الدفاع الرقم: ٩٦٩٠/ط ش",
        "الشرطة العسكرية التاريخ: ٢٢/٠٥/٢٠١٣", "فرع الشرطة العسكرية بحمص", "الموضوع: إحالة موقوفين");
    assertEquals(List.of("الجمهورية العربية السورية", "وزارة الدفاع", "الشرطة العسكرية", "فرع الشرطة العسكرية بحمص"),
        f.hierarchy());
  }

  @Test
  void extractAuthority_referenceBeforeLetterheadOnTheSameLine_isCutOut() {
    Field f = authority("الرقم: ٩٦٩٠/ط ش الجمهورية العربية السورية", "التاريخ: ٢٢/٠٥/٢٠١٣ وزارة العدل",
        "الطبابة الشرعية بحمص", "الموضوع: بيان وفاة");
    assertEquals(List.of("الجمهورية العربية السورية", "وزارة العدل", "الطبابة الشرعية بحمص"), f.hierarchy());
  }

  @Test
  void extractAuthority_restOfAGarbledReferenceAboveADateLine_staysOutOfTheLetterhead() {
    Field f = authority("جمهورية مصر العربية", "وزارة الداخلية", "قيادة شرطة محافظة القاهرة",
        "الرقم: ٦٦٢٨/ط ش/ذاء٢٠١", "القاهرة في ٢٣ فبراير ٢٠١٥ م", "الموضوع: بيان وفاة");
    assertEquals("قيادة شرطة محافظة القاهرة", f.value());
    assertEquals(List.of("جمهورية مصر العربية", "وزارة الداخلية", "قيادة شرطة محافظة القاهرة"), f.hierarchy());
  }

  @Test
  void extractAuthority_garbledDateAfterCue_isCutOut() {
    Field f = authority("الجمهورية العربية السورية", "وزارة العدل", "الطبابة الشرعية بحمص حمص في 3\" اذار 7١١",
        "الموضوع: إحالة");
    assertEquals("الطبابة الشرعية بحمص", f.value());
  }

  @Test
  void extractAuthority_centredLetterheadWithLeftNumberBlockAsSeparateLines() {
    List<Line> lines = List.of(
        Pages.line("الجمهورية العربية السورية", 900, 150, 700),
        Pages.line("الرقم: 312 / ق ط", 150, 160, 400),
        Pages.line("وزارة الصحة", 1040, 240, 400),
        Pages.line("التاريخ: 12/4/2013", 150, 250, 400),
        Pages.line("مديرية صحة حماة", 990, 330, 500),
        Pages.line("الموضوع: طلب معلومات", 1500, 600, 800));
    var f = Letters.EXTRACTOR.extract(List.of(Pages.of(0, lines)));
    assertEquals("مديرية صحة حماة", f.issuingAuthority().value());
    assertEquals(3, f.issuingAuthority().hierarchy().size());
    assertEquals("312/ق ط", f.referenceNumber().value());
    assertEquals("2013-04-12", f.documentDate().value());
  }

  @Test
  void extractAuthority_linesGivenOutOfOrder_areTakenTopToBottom() {
    Field f = authority(
        Pages.line("قسم شرطة المدينة", 1550, 330, 500),
        Pages.line("المملكة الأردنية الهاشمية للب", 300, 150, 1750),
        Pages.line("وزارة الداخلية", 300, 240, 1750),
        Pages.line("قيادة شرطة محافظة الزرقاء", 600, 285, 1450),
        Pages.line("رقم الكتاب: 6767/س", 1550, 420, 500),
        Pages.line("الموضوع: طلب إخراج قيد", 1400, 600, 650));
    assertEquals("قسم شرطة المدينة", f.value());
    assertEquals("المملكة الأردنية الهاشمية للب", f.hierarchy().get(0));
    assertEquals(4, f.hierarchy().size());
  }

  @Test
  void extractAuthority_letterheadTopLeftBesideEmblem() {
    Field f = authority(
        Pages.line("الجمهورية العربية السورية", 150, 150, 700),
        Pages.line("وزارة النقل", 150, 240, 400),
        Pages.line("المؤسسة العامة للخطوط الحديدية", 150, 330, 800),
        Pages.line("الرقم: 45/ص", 1800, 400, 400),
        Pages.line("الموضوع: طلب", 1500, 600, 800));
    assertEquals("المؤسسة العامة للخطوط الحديدية", f.value());
  }

  @Test
  void extractAuthority_stampRepeatingTheUnitBelowTheLetterhead_isNotAddedTwice() {
    Field f = authority("الجمهورية العربية السورية", "وزارة الدفاع", "فرع الشرطة العسكرية بحمص",
        "الرقم: 9690/ط ش", "فرع الشرطة العسكرية بحمص", "وارد رقم ٢٨٦٤", "الموضوع: إحالة");
    assertEquals(3, f.hierarchy().size());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"بسم الله الرحمن الرحيم", "سري للغاية", "عاجل"})
  void extractAuthority_noiseLines_areLeftOut(String noise) {
    Field f = authority(noise, "الجمهورية العربية السورية", "وزارة الصحة", noise, "الموضوع: طلب");
    assertEquals(List.of("الجمهورية العربية السورية", "وزارة الصحة"), f.hierarchy());
  }

  @Test
  void extractAuthority_longLineAboveTheLetterhead_doesNotHideIt() {
    Field f = authority("قال تعالى وأوفوا بالعهد إن العهد كان مسؤولا", "وزارة الصحة", "مديرية صحة حمص", "الموضوع: طلب");
    assertEquals(List.of("وزارة الصحة", "مديرية صحة حمص"), f.hierarchy());
  }

  @Test
  void extractAuthority_confidentialityMarkOnTheUnitLine_isCutOut() {
    Field f = authority("الجمهورية العربية السورية", "وزارة الدفاع", "فرع الشرطة العسكرية بحمص سري للغاية", "الموضوع: طلب");
    assertEquals("فرع الشرطة العسكرية بحمص", f.value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'م ى للغاية'", "'للاطلاع والتنفيذ'", "'ا الممكة السك اقافة'"})
  void extractAuthority_lineWithoutAnInstitutionWordBelowTheNumberAndDate_isNotTheUnit(String line) {
    Field f = authority("جمهورية مصر العربية", "القضاء العسكري", "المحكمة العسكرية الثالثة بسوهاج",
        "الرقم: 6345/د التاريخ: 31 يناير 2012", line, "الموضوع: طلب إخراج قيد");
    assertEquals("المحكمة العسكرية الثالثة بسوهاج", f.value());
    assertEquals(3, f.hierarchy().size());
  }

  @Test
  void extractAuthority_institutionLineBelowTheNumberAndDate_stillJoins() {
    Field f = authority("الجمهورية العربية السورية", "وزارة الدفاع", "الرقم: 9690/ط ش",
        "فرع الشرطة العسكرية بحمص", "التاريخ: 22/05/2013", "الموضوع: إحالة");
    assertEquals("فرع الشرطة العسكرية بحمص", f.value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'النيابة العامة بالقاهرة ا ات'", "'النيابة العامة بالقاهرة الم 29 ذمالقعدة'"})
  void extractAuthority_scrapsAndGarbledDateAfterTheUnit_areCutOff(String line) {
    Field f = authority("جمهورية مصر العربية", "وزارة العدل", line, "الموضوع: طلب");
    assertEquals("النيابة العامة بالقاهرة", f.value());
  }

  @Test
  void extractAuthority_unitWithANumber_keepsIt() {
    assertEquals("الفرع 215", authority("وزارة الداخلية", "الفرع 215", "الموضوع: طلب").value());
  }

  @Test
  void extractAuthority_addresseeLine_endsTheLetterhead() {
    Field f = authority("وزارة الصحة", "مديرية صحة حمص", "إلى مديرية الشؤون الصحية", "الموضوع: طلب");
    assertEquals("مديرية صحة حمص", f.value());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Variants.class)
  void extractAuthority_inEveryVariant(Variants v) {
    Field f = authority(v.apply("وزارة العدل"), v.apply("الطبابة الشرعية بحمص"), v.apply("الموضوع: بيان"));
    assertEquals("الطبابة الشرعية بحمص", org.wathiqa.text.ArabicText.normalize(f.value()).replace("ه", "ة"));
  }

  @Test
  void extractAuthority_sealFragmentRepeatingTheUnit_isNotTheUnit() {
    Field f = authority("الجمهورية العربية السورية", "القضاء العسكري", "المحكمة العسكرية الثالثة بحمص التاريخ: ١ سبتمبر 2012 م",
        "المحكمة العسكريه ا", "الموضوع: تقرير");
    assertEquals("المحكمة العسكرية الثالثة بحمص", f.value());
    assertEquals(3, f.hierarchy().size());
  }

  @Test
  void extractAuthority_straySingleLettersAndLowConfidenceSpecks_areLeftOut() {
    List<Line> lines = List.of(
        Pages.line("الجمهورية العربية السورية", 900, 150, 700),
        new Line("ذادة الدة . سس", 0.27, new org.wathiqa.Box(900, 200, 600, 60)),
        Pages.line("وزارة الدفاع ض", 1040, 240, 400),
        Pages.line("هب", 1040, 300, 100),
        Pages.line("الشرطة العسكرية", 990, 330, 500),
        Pages.line("الموضوع: طلب معلومات", 1500, 600, 800));
    Field f = Letters.EXTRACTOR.extract(List.of(Pages.of(0, lines))).issuingAuthority();
    assertEquals(List.of("الجمهورية العربية السورية", "وزارة الدفاع", "الشرطة العسكرية"), f.hierarchy());
  }

  @Test
  void extractAuthority_onlyTheStateLineRead_givenWithMuchLowerConfidence() {
    Field f = authority("الجمهورية العربية السورية 0", "ا الرقم: 87171/8/اس ت", "عد يرال شع اس التاريخ: 17/11/17",
        "الموضوع: تسليم جثة");
    assertEquals(List.of("الجمهورية العربية السورية"), f.hierarchy());
    assertTrue(f.confidence() < 0.5);
  }

  @Test
  void extractAuthority_noLetterhead_isAbsent() {
    assertNull(authority("الموضوع: طلب", "نرجو التكرم بالموافقة"));
  }

  @Test
  void extractAuthority_ocrMisreadLetterInKind_stillRecognised() {
    Field f = authority("الجمهورية العربية السورية", "القصاء العسكري", "المحكمة العسكرية الثالثة بحمص", "الموضوع: طلب");
    assertEquals(3, f.hierarchy().size());
  }
}
