package org.wathiqa.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wathiqa.Field;

class SignatoryExtractionTest {

  private static Field signatory(String... tail) {
    List<String> lines = new ArrayList<>(List.of("وزارة الداخلية", "الموضوع: طلب", "نرجو الاطلاع وإجراء اللازم."));
    lines.addAll(List.of(tail));
    return Letters.extract(lines).signatory();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({
      "المحافظ, اللواء, أحمد منير محمد",
      "قائد الشرطة, العميد, ياسر بشير البيطار",
      "رئيس الطبابة الشرعية, المهندس, باسل سامر الشيخ",
      "القاضي, العميد, أحمد فادي حداد",
      "المحافظ, القاضي, نزار فادي العلي",
      "مدير المشفى, اللواء, غسان عبد الله الخالدي",
      "رئيس الفرع, الدكتور, وليد يوسف الشيخ",
      "مدير الصحة, العقيد, باسل عماد طرابلسي",
  })
  void extractSignatory_titleLineThenRankAndName(String title, String rank, String name) {
    Field f = signatory(title, rank + " " + name);
    assertEquals(name, f.value());
    assertEquals(title, f.title());
    assertEquals(rank, f.rank());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'اسيد طارق غسان الزعبي'", "'اعميد طارق غسان الزعبي'"})
  void extractSignatory_rankWhoseArticleLostItsLam_isNoPartOfTheName(String line) {
    assertEquals("طارق غسان الزعبي", signatory("أمين السجل المدني", line).value());
  }

  @Test
  void extractSignatory_linesOfMarksOnlyBelowTheBlock_areSkipped() {
    assertEquals("باسل سامر الشيخ", signatory("رئيس الفرع", "العميد باسل سامر الشيخ", "...", "|").value());
  }

  @Test
  void extractSignatory_rankAndNameWithASpeckMark_withoutTheOfficeLine() {
    Field f = signatory("النقيب هيثم منير: الأتاسي");
    assertEquals("هيثم منير الأتاسي", f.value());
    assertEquals("النقيب", f.rank());
  }

  @Test
  void extractNames_colonAfterANameInProse_stillEndsIt() {
    var names = Letters.extract("وزارة الداخلية", "الموضوع: طلب", "حضر المدعو خالد سامر: وقال إنه", "رئيس الفرع",
        "العميد باسل سامر الشيخ").names();
    assertTrue(names.stream().anyMatch(n -> n.value().equals("خالد سامر")), names.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "'أ حمد بشير القاسم', 'أحمد بشير القاسم'",
      "'باسل م مود الأتاسي', 'باسل ممود الأتاسي'",
      "'زياد\" زياد السباعي', 'زياد زياد السباعي'",
      "'وليد “يوسف الشيخ', 'وليد يوسف الشيخ'",
      "'مازن سامر_ الحسن', 'مازن سامر الحسن'",
      "'باسل ساه ر الأتاسي', 'باسل ساهر الأتاسي'",
      "'سامر ماه ر الحسن', 'سامر ماهر الحسن'",
      "'هيثم منير: الأتاسي', 'هيثم منير الأتاسي'",
      "'طارق غسان | الزعبي', 'طارق غسان الزعبي'",
      "'باسل سامر . الشيخ', 'باسل سامر الشيخ'",
  })
  void extractSignatory_nameTheEngineSplitOrSpeckled_isReadWhole(String read, String name) {
    Field f = signatory("رئيس الطبابة الشرعية", read);
    assertEquals(name, f.value());
    assertEquals(read, f.raw());
  }

  @Test
  void extractSignatory_rankTheEngineSplit_isOneRank() {
    Field f = signatory("رئيس المحكمة", "القا ضي عمر خالد النجار");
    assertEquals("عمر خالد النجار", f.value());
    assertEquals("رئيس المحكمة", f.title());
  }

  @Test
  void extractSignatory_markBeforeTheRank_isSkipped() {
    assertEquals("جمال قاسم الحلبي", signatory("الطبيب الشرعي", ", الطبيب جمال قاسم الحلبي").value());
  }

  @Test
  void extractSignatory_misreadRankUnderAnOffice_isSkipped_andNotReportedAsARank() {
    Field f = signatory("مدير المركز", "الغلييب محمد جمال الطحان");
    assertEquals("محمد جمال الطحان", f.value());
    assertEquals("مدير المركز", f.title());
    assertNull(f.rank());
  }

  @Test
  void extractSignatory_misreadRankWithoutAnOffice_isNoSignature() {
    assertNull(signatory("الغلييب محمد جمال الطحان"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'م. أحمد سامي العلي', م", "'د/ أحمد سامي العلي', د"})
  void extractSignatory_abbreviatedRankWithItsStop_isARank(String line, String rank) {
    Field f = signatory("مدير الخدمات الفنية", line);
    assertEquals("أحمد سامي العلي", f.value());
    assertEquals(rank, f.rank());
  }

  @Test
  void extractSignatory_loneLetterUnderTheBlock_isNoRankAndDoesNotReplaceTheName() {
    Field f = signatory("رئيس الفرع", "الدكيتوز وليد يوسف الشيخ", "م زر درممي/");
    assertEquals("وليد يوسف الشيخ", f.value());
  }

  @Test
  void extractSignatory_marksBeforeANameUnderAnOffice_areNoPartOfTheOffice() {
    Field f = signatory("مدير المركز", "» - أحمد سامي العلي");
    assertEquals("أحمد سامي العلي", f.value());
    assertEquals("مدير المركز", f.title());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'ع الدكتور وليد يوسف الشيخ'", "'ع الديكتوز وليد يوسف الشيخ'"})
  void extractSignatory_letterReadFromASpeckBeforeTheRank_isSkipped(String line) {
    Field f = signatory("رئيس الفرع", line);
    assertEquals("وليد يوسف الشيخ", f.value());
    assertEquals("رئيس الفرع", f.title());
  }

  @Test
  void extractSignatory_markReadAsANameUnderTheBlock_doesNotReplaceTheRankedName() {
    Field f = signatory("قائد الشرطة", "النقيب عمر مازن الأحمد", "مما خرن");
    assertEquals("عمر مازن الأحمد", f.value());
  }

  @Test
  void extractSignatory_andIsNoSplitLetter() {
    assertNull(signatory("رئيس الفرع", "و حمد"));
  }

  @Test
  void extractSignatory_officeWordNearARank_isNotTakenForTheRank() {
    Field f = signatory("النائب العام القاضي جهاد كريم طه");
    assertEquals("جهاد كريم طه", f.value());
    assertEquals("النائب العام", f.title());
    assertEquals("القاضي", f.rank());
  }

  @Test
  void extractSignatory_officeNotInTheWordList_isTakenFromTheLineAbove() {
    Field f = signatory("المتصرف", "هند نادين عيسى");
    assertEquals("هند نادين عيسى", f.value());
    assertEquals("المتصرف", f.title());
  }

  @Test
  void extractSignatory_officeWithAMisreadLetter_stillTheTitle() {
    Field f = signatory("مذير الجمارك", "سعاد لؤي الحمود");
    assertEquals("سعاد لؤي الحمود", f.value());
    assertEquals("مذير الجمارك", f.title());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"السيد", "الطبيب"})
  void extractSignatory_honorificInsteadOfRank_underTitle(String honorific) {
    Field f = signatory("وتفضلوا بقبول فائق الاحترام.", "أمين السجل المدني", honorific + " عمر فراس حداد");
    assertEquals("عمر فراس حداد", f.value());
    assertEquals("أمين السجل المدني", f.title());
    assertEquals(honorific, f.rank());
  }

  @Test
  void extractSignatory_honorificAloneWithoutOffice_isNoSignature() {
    assertNull(signatory("للعلم والاطلاع.", "السيد عمر فراس حداد"));
  }

  @Test
  void extractSignatory_closingSalutation_isNeverTheSigner() {
    Field f = signatory("وتفضلوا بقبول فائق الاحترام.", "مدير المركز", "الطبيب سليمان محمود النجار");
    assertEquals("سليمان محمود النجار", f.value());
    assertNull(signatory("مدير المركز", "وتفضلوا بقبول فائق الاحترام"));
  }

  @Test
  void extractSignatory_nameWithoutRank_underTitle() {
    Field f = signatory("رئيس الطبابة الشرعية", "أحمد بشير القاسم");
    assertEquals("أحمد بشير القاسم", f.value());
    assertEquals("رئيس الطبابة الشرعية", f.title());
    assertNull(f.rank());
  }

  @Test
  void extractSignatory_titleRankAndNameMergedOnOneLine() {
    Field f = signatory("رئيس الفرع الدكتور وليد يوسف الشيخ");
    assertEquals("وليد يوسف الشيخ", f.value());
    assertEquals("رئيس الفرع", f.title());
    assertEquals("الدكتور", f.rank());
  }

  @Test
  void extractSignatory_rankOnItsOwnLine_betweenTitleAndName() {
    Field f = signatory("قائد شرطة محافظة حمص", "اللواء", "ياسر بشير البيطار");
    assertEquals("ياسر بشير البيطار", f.value());
    assertEquals("اللواء", f.rank());
    assertEquals("قائد شرطة محافظة حمص", f.title());
  }

  @Test
  void extractSignatory_followedByCopiesList_stillFound() {
    Field f = signatory("قائد الشرطة", "العميد ياسر بشير البيطار", "صورة إلى:", "- مديرية الصحة للاطلاع");
    assertEquals("ياسر بشير البيطار", f.value());
  }

  @Test
  void extractSignatory_noSignatureBlock_isAbsent() {
    assertNull(signatory("للعلم والاطلاع."));
    assertNull(signatory("مدير الصحة"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "'م با الت'",
      "'د لي الب'",
      "'العميد سا ال'",
  })
  void extractSignatory_rankBeforeScrapsOfLetters_isAbsent(String read) {
    assertNull(signatory("رئيس الفرع", read));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "'احميد محمد عبد الرحمن العمر', 'محمد عبد الرحمن العمر'",
      "'تعقيد باسل سامر الأتاسي', 'باسل سامر الأتاسي'",
  })
  void extractSignatory_longRankWithTwoLettersMisread_isStillARank(String read, String name) {
    Field f = signatory("مدير المنطقة", read);
    assertEquals(name, f.value());
    assertNull(f.rank(), "a misread rank is not reported as one");
    assertEquals(name, signatory(", قائد الشرد7", read).value(), "under an office line too garbled to read");
  }

  @Test
  void extractSignatory_firstNameResemblingARankWithoutItsArticle_staysInTheName() {
    assertEquals("عماد محمد الحسن", signatory("مدير المنطقة", "عماد محمد الحسن").value());
    assertEquals("رائد محمد الحسن", signatory("مدير المنطقة", "رائد محمد الحسن").value());
  }

  @Test
  void extractSignatory_shortFamilyNameWithArticle_isKept() {
    Field f = signatory("مدير المنطقة", "العقيد خالد عبد الله الحج");
    assertEquals("خالد عبد الله الحج", f.value());
  }

  @Test
  void extractSignatory_isNotAlsoListedAmongNames() {
    List<String> lines = List.of("وزارة الداخلية", "الموضوع: طلب", "بحضور السيد أيمن جمال النجار", "قائد الشرطة",
        "العميد ياسر بشير البيطار");
    var f = Letters.extract(lines);
    assertEquals(List.of("أيمن جمال النجار"), f.names().stream().map(Field::value).toList());
    assertEquals("ياسر بشير البيطار", f.signatory().value());
  }
}
