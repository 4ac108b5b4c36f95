package org.wathiqa.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.wathiqa.Field;

class ReferenceExtractionTest {

  private static Field reference(String refLine) {
    return Letters.extract(Letters.letter(refLine, "التاريخ: 12/4/2013")).referenceNumber();
  }

  static Stream<Arguments> forms() {
    String[][] forms = {
        {"4572/ص", "4572/ص"}, {"1342/م/2015", "1342/م/2015"}, {"312 / ق ط", "312/ق ط"},
        {"9932/س ت", "9932/س ت"}, {"66/ق", "66/ق"}, {"1529/س ت/2013", "1529/س ت/2013"}, {"8580", "8580"},
    };
    List<Arguments> out = new ArrayList<>();
    for (Variants v : new Variants[] {Variants.ASCII, Variants.ARABIC_INDIC, Variants.PERSIAN}) {
      for (String[] f : forms) {
        out.add(Arguments.of(v, f[0], f[1]));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{1} in {0} digits")
  @MethodSource("forms")
  void extractReference_formInAnyDigitSystem_returnsAsciiWithLettersInOrder(Variants digits, String read, String value) {
    Field ref = reference(digits.apply("الرقم: " + read));
    assertEquals(value, ref.value());
    assertEquals(digits.apply(read), ref.raw());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"الرقم", "رقم الكتاب", "العدد", "رقم الصادر", "الرقم العام", "رقم"})
  void extractReference_eachCue_findsTheNumber(String cue) {
    assertEquals("4572/ص", reference(cue + ": ٤٥٧٢/ص").value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'الرقم ٤٥٧٢/ص'", "'الرقم :٤٥٧٢/ص'", "'الرقم: ٤٥٧٢ /ص'", "'٤٥٧٢/ص :الرقم'", "'الرقم: ٧٢ ٤٥/ص'"})
  void extractReference_missingMisplacedColonOrSplitDigits_stillRead(String line) {
    assertEquals("4572/ص", reference(line).value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'الرقم؛ ٤٥٧٢/ص'", "'لرقم: ٤٥٧٢/ص'", "'الرقم: /٤٥٧٢/ص'", "'الرقم: ٤٥٧٢/ص.'", "'الركم: ٤٥٧٢/ص'"})
  void extractReference_ocrPunctuationAndDroppedAlef_stillRead(String line) {
    assertEquals("4572/ص", reference(line).value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'الرقم: ٤٥٧٢)/ص'", "'الرقم: ٤٥٧٢(/ص'", "'الرقم: ٤٥٧٢]/ص'"})
  void extractReference_strayBracketBeforeTheSeparator_isSkipped(String line) {
    assertEquals("4572/ص", reference(line).value());
  }

  /** A speck read as a mark right after the separator: skipped, the value kept at lower confidence. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "'رقم الكتاب: ٩١٣٣/,ص', '9133/ص'",
      "'الرقم: 6345 /. د', '6345/د'",
      "'العدد: ق ط/؛٤٤٨٣', 'ق ط/4483'",
      "'الرقم: ١٠١٤/م ع/.٢٠١٤', '1014/م ع/2014'",
  })
  void extractReference_strayMarkAfterTheSeparator_isSkipped(String line, String value) {
    Field f = reference(line);
    assertEquals(value, f.value());
    assertTrue(f.confidence() < reference("الرقم: " + value).confidence(), line);
  }

  /** Between two numbers a mark may be what is left of a code: the numbers are not joined over it. */
  @Test
  void extractReference_markBetweenTwoNumbers_isNotSkipped() {
    Field f = reference("العدد: 2013/,2/1610");
    assertFalse(f != null && f.value().equals("2013/2/1610"), String.valueOf(f));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "'رقم الكتاب: ٨٢٧٩//س/٢٠١٩', '8279/س/2019'",
      "'العدد: 8122/|س/2009', '8122/س/2009'",
      "'الرقم: ٤٢٣؛/ق ط/٢٠١٠', '423/ق ط/2010'",
      "'الرقم: ٨٠٨٦/ط.ش', '8086/ط ش'",
      "'العدد: ط ش//٤٣٣٧', 'ط ش/4337'",
  })
  void extractReference_separatorReadTwiceOrSpeckled_isReadOnce(String line, String value) {
    assertEquals(value, reference(line).value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'الرقم: م/٧٥١٣ ٧٥١'", "'الرقم: م/٧٥١٣ ٥١٣'"})
  void extractReference_endOfTheNumberReadAgain_isDropped(String line) {
    Field f = reference(line);
    assertEquals("م/7513", f.value());
    assertTrue(f.confidence() < reference("الرقم: م/٧٥١٣").confidence());
  }

  @Test
  void extractReference_anotherNumberAfterTheValue_stillMeansAPartialReading() {
    assertNull(reference("الرقم: م/٧٥١٣ ٨٢"));
    assertNull(reference("الرقم: د/٥ ٣١٣٤"));
    assertNull(reference("الرقم: د/٩٤٣ ٥٦٧"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      // a number read as two overlapping pieces
      "'رقم الكتاب: د/٤ ٣١٣٤', 'د/3134'",
      "'الرقم: د/٣١ ٣١٣٤', 'د/3134'",
      "'الرقم: د/٩٤٣ ٧٩٤', 'د/7943'",
      // a number after a code split in two at the line's end, its pieces last first
      "'العدد: ق/٤٩ ٧٠', 'ق/7049'",
      "'العدد: د/833 1', 'د/1833'",
      // an alef the engine added to the letters of a code
      "'الرقم: ٨٦٦٨/إس ت', '8668/س ت'",
      "'الرقم: ٨٦٦٨/اس ت', '8668/س ت'",
      "'الرقم: ٤٦٥١/م ع ا', '4651/م ع'",
      "'الرقم: قى ط/٨٠٨٧', 'ق ط/8087'",
      "'الرقم: ٣١٢/ق طا', '312/ق ط'",
      // the gap between the two letters of a code after the number read as an alef
      "'الرقم: ٢١٦٨/سات', '2168/س ت'",
      "'العدد: ٨٩٧٣ / سات', '8973/س ت'",
  })
  void extractReference_numberInOverlappingPiecesOrCodeWithAnAddedAlef_isRepairedAtLowerConfidence(String line,
      String value) {
    Field f = reference(line);
    assertEquals(value, f.value());
    assertTrue(f.confidence() < reference("الرقم: " + value).confidence(), line);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'الرقم: ٤٥٧٢ ٤٥٧/ص'", "'الرقم: ٤٥٧٢ ٥٧٢/ص'", "'الرقم: ٤٥٧٢ ٤٥/ص'"})
  void extractReference_digitsReadTwice_keepOneReadingAtLowerConfidence(String line) {
    Field once = reference("الرقم: ٤٥٧٢/ص");
    Field twice = reference(line);
    assertEquals("4572/ص", twice.value());
    assertTrue(twice.confidence() < once.confidence(), twice.confidence() + " vs " + once.confidence());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"'العدد: ط ش//٤٣٣٧ع', 'ط ش/4337'", "'الرقم: د/٩٤٣ ٧٩٤ل', 'د/7943'", "'الرقم: ٤٥٧٢/صع', '4572/صع'"})
  void extractReference_oneLetterGluedToTheNumberEndingTheLine_afterACode_isASpeck(String line, String value) {
    Field f = reference(line);
    assertEquals(value, f.value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'الرقم: ٤٥٧٢ص التاريخ'", "'الرقم: ص/٤٥٧٢ع ٣'", "'الرقم: ص/٤٥٧٢عن'"})
  void extractReference_letterGluedToTheNumber_beforeMoreOfTheLine_isAPartialReading(String line) {
    assertNull(reference(line));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'الرقم: ٤٥٧٢/ص ع'", "'الرقم: ٤٥٧٢/قى'", "'الرقم: ٤٥٧٢/صل'"})
  void extractReference_codeWithoutALetterStandingAlone_isKeptAsRead(String line) {
    Field f = reference(line);
    assertEquals(line.substring(line.indexOf('/')).replace("/", "4572/"), f.value());
  }

  /**
   * The engine gives the words of a right-to-left line from right to left, so the pieces of a
   * number it split (left to right on the page) come last piece first.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "'الرقم: ٧٢ ٤٥/ص', 4572/ص",
      "'الرقم: ١٢ ١٢/ص', 1212/ص",
      "'العدد: ٤٧٨ ٢/م ع', 2478/م ع",
      "'العدد: \u200e٠\u200f ٤٩٢/م ع', 4920/م ع",
      "'الرقم: 3 12 /ق', 123/ق",
  })
  void extractReference_splitDigitsThatDoNotRepeat_areJoinedInPageOrder(String line, String value) {
    assertEquals(value, reference(line).value());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      // the separator read as a lam glued to the number and the code
      "'العدد: ١٩٦٧لم ع', '1967/م ع'",
      "'الرقم: ٤٥٧٢لص/٢٠١٣', '4572/ص/2013'",
      "'الرقم: ٣٤٩٦ لم', '3496/م'",
      // the separator lost between the number and a code glued to it
      "'الرقم: ٤٥٩٤ط ش', '4594/ط ش'",
      "'العدد: ٧٠٨ص', '708/ص'",
      "'الرقم: ٢٠٢٢ق ط', '2022/ق ط'",
      "'الرقم: ٤٥٧٢ص/٢٠١٣', '4572/ص/2013'",
      // the separator lost before a code of single letters ending the line
      "'الرقم: ٩٦٣٠ م ع', '9630/م ع'",
      "'الرقم: ٤٥٧٢ ص', '4572/ص'",
      // a stroke of a doubled separator read as an alef before the year
      "'رقم الكتاب: ٤٨٤١/ص//ا٢٠١٧', '4841/ص/2017'",
      // the year split in two, its pieces last first
      "'الرقم: ٩٩٤٦/ص/١٢ ٢٠', '9946/ص/2012'",
      "'العدد: 1319/م/16 20', '1319/م/2016'",
  })
  void extractReference_separatorLostOrMisreadOrYearSplit_isRepairedAtLowerConfidence(String line, String value) {
    Field f = reference(line);
    assertEquals(value, f.value());
    assertTrue(f.confidence() < reference("الرقم: " + value).confidence(), line);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "'العدد: 12 في 5/4/2013', 12",
      "'الرقم: ٤٥٧٢ ص التاريخ', 4572",
      "'الرقم: ٤٥٧٢ لم التاريخ', 4572",
      "'العدد: 2596/ق/2017 7 جد', 2596/ق/2017",
  })
  void extractReference_wordsOrSpecksAfterTheValue_areNotTakenIn(String line, String value) {
    assertEquals(value, reference(line).value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'الرقم: 5 د'", "'الرقم: 5ش'", "'الرقم: ص/٤٥٧٢ ٣'", "'الرقم: 12د رس'", "'الرقم: ٩٩٤٦/ص/١٢ ٧٧'", "'العدد: 2596/ق/2017/5 7'"})
  void extractReference_whatCannotBeMended_givesNoValue(String line) {
    assertNull(reference(line));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'الزقم العام: 5100/س ت'", "'زقم الكتاب 5100/س ت'", "'الرفم 5100/س ت'"})
  void extractReference_cueWithAMisreadLetterBeforeTheNumber_stillACue(String line) {
    assertEquals("5100/س ت", reference(line).value());
  }

  @Test
  void extractReference_wordThatOnlyResemblesACue_isNoCue() {
    List<String> lines = Letters.letter(null, "التاريخ: 12/4/2013");
    lines.set(1, "وزارة العدل 1044");
    assertNull(Letters.extract(lines).referenceNumber());
    lines.set(1, "وزارة العدل لرقم: 1044/م");
    var f = Letters.extract(lines);
    assertEquals("1044/م", f.referenceNumber().value());
    assertEquals("وزارة العدل", f.issuingAuthority().hierarchy().get(1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tatweelAndHarakat")
  void extractReference_cueWithTatweelOrHarakat_isFound(Variants v) {
    assertEquals("4572/ص", reference(v.apply("الرقم: ٤٥٧٢/ص")).value());
  }

  static Stream<Variants> tatweelAndHarakat() {
    return Stream.of(Variants.TATWEEL, Variants.HARAKAT);
  }

  @Test
  void extractReference_mergedWithLetterheadLine_isRead() {
    List<String> lines = Letters.letter(null, "التاريخ: 12/4/2013");
    lines.set(0, "الجمهورية العربية السورية الرقم: ٩٦٩٠/ط ش");
    assertEquals("9690/ط ش", Letters.extract(lines).referenceNumber().value());
    lines.set(0, "الرقم: ٩٦٩٠/ط ش الجمهورية العربية السورية");
    assertEquals("9690/ط ش", Letters.extract(lines).referenceNumber().value());
  }

  @Test
  void extractReference_reversedDigitsWithYearPart_repairedWithLowerConfidence() {
    Field repaired = reference("الرقم: 5102/م/2431");
    assertEquals("1342/م/2015", repaired.value());
    assertTrue(repaired.confidence() < reference("الرقم: 1342/م/2015").confidence());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'الرقم: 7142/لس/2010', 7142/س/2010", "'الرقم: ١٩٢/إس', 192/س", "'العدد: ٣٢٢١/أس ات', 3221/س ت",
      "'الرقم: ٤٥٧٢/اس', 4572/س"})
  void extractReference_separatorStrokeJoinedToTheCode_isDroppedWithLowerConfidence(String line, String value) {
    Field f = reference(line);
    assertEquals(value, f.value());
    assertTrue(f.confidence() < reference("الرقم: " + value).confidence());
  }

  @Test
  void extractReference_strokeAfterTheNumberEndingTheLine_isPassedOverWithLowerConfidence() {
    Field f = reference("العدد: ص/٤٨١٦/");
    assertEquals("ص/4816", f.value());
    assertTrue(f.confidence() < reference("العدد: ص/٤٨١٦").confidence());
  }

  @Test
  void extractReference_endOfTheNumberReadAgainBeforeIt_isDropped() {
    assertEquals("3221/س ت", reference("العدد: ٢٢١ ٣٢٢١/س ت").value());
  }

  @Test
  void extractReference_codeWrittenBeforeNumber_keptAsReadWithLowerConfidence() {
    Field f = reference("الرقم: ص/٤٥٧٢");
    assertEquals("ص/4572", f.value());
    assertTrue(f.confidence() < reference("الرقم: ٤٥٧٢/ص").confidence());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'الرقم: 808/م/7017'", "'الرقم: 44س ت/ ٠١٠'", "'الرقم: 8\"'", "'الرقم: 97/84/ق/017'", "'الرقم: ٠474/مل'"})
  void extractReference_garbledByOcr_isLeftAbsent(String line) {
    assertNull(reference(line));
  }

  @Test
  void extractReference_mixedDigitSystems_lowerConfidence() {
    assertTrue(reference("الرقم: ١8997/س ت").confidence() < reference("الرقم: 18997/س ت").confidence());
  }

  @Test
  void extractReference_noNumberInHeader_isAbsent() {
    assertNull(reference(null));
    assertNull(reference("الرقم:"));
  }

  @Test
  void extractReference_numberMentionedInBody_isNotTaken() {
    List<String> lines = Letters.letter(null, "التاريخ: 12/4/2013");
    lines.add(6, "بناءً على كتاب مشفى عبد القادر شقفة العسكري رقم ١٥٥");
    assertNull(Letters.extract(lines).referenceNumber());
  }

  @Test
  void extractReference_incomingRegisterStampNumber_isNotTaken() {
    List<String> lines = Letters.letter(null, "التاريخ: 12/4/2013");
    lines.add(3, "وارد رقم ٢٨٦٤");
    assertNull(Letters.extract(lines).referenceNumber());
  }

  @Test
  void extractReference_fuzzyCueAfterOcrError_isFoundWithLowerConfidence() {
    Field f = reference("الرقم العاام: 77/ق");
    assertEquals("77/ق", f.value());
    assertTrue(f.confidence() < reference("الرقم العام: 77/ق").confidence());
  }
}
