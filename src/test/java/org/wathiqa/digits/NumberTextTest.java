package org.wathiqa.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberTextTest {

  @Test
  void replace_misreadArabicIndicYear_putsDigitsReadFromGlyphs() {
    assertEquals("\u200e٢٠١٢\u200f", NumberText.replace("\u200e17١17\u200f", List.of("٢٠١٢"), false, false));
  }

  @Test
  void replace_dateWithSlashes_keepsVisualOrderAsLogicalOrder() {
    assertEquals("٢١/١١/٢٠١٣", NumberText.replace("21/1١/2017", List.of("٢١/١١/٢٠١٣"), false, false));
  }

  @Test
  void replace_referenceWithLetterCode_mapsRightmostGroupToFirstNumber() {
    // ٨٥٨٠/م/٢٠١٢ shows left to right as ٢٠١٢/م/٨٥٨٠
    assertEquals("٨٥٨٠/م/٢٠١٢", NumberText.replace("-808/م/7011", List.of("٢٠١٢/", "/٨٥٨٠"), false, false));
  }

  @Test
  void replace_westernDigitsReadFromGlyphs_keepsEngineText() {
    assertEquals("2011/04/27", NumberText.replace("2011/04/27", List.of("٢٠١١/٠٤/٢٧".replace('٢', '2')
        .replace('٠', '0').replace('٤', '4').replace('٧', '7')), false, false));
  }

  @Test
  void replace_sharedShapesOnly_arabicIndicOnlyWhenTheLineSaysSo() {
    assertEquals("11", NumberText.replace("11", List.of("١١"), false, false));
    assertEquals("١١", NumberText.replace("11", List.of("١١"), true, false));
  }

  @Test
  void replace_groupCountDiffersFromNumberCount_givesNull() {
    assertNull(NumberText.replace("12 34", List.of("١٢٣٤"), false, false));
    assertNull(NumberText.replace("1234", List.of("١٢", "٣٤"), false, false));
  }

  @Test
  void replace_engineKeptOneDigitOfFour_putsAllFour() {
    // ٤٥٩٤/ط ش read as "4ط": three digits and the slash lost under a shadow
    assertEquals("٤٥٩٤ط", NumberText.replace("4ط", List.of("/٤٥٩٤"), false, false));
  }

  @Test
  void replace_engineReadSpecksAsDigits_fewerDigitsReplaceThem_unlessTheGlyphsWereCutShort() {
    assertEquals("\u200e٨٢١\u200f", NumberText.replace("\u200e77862١\u200f", List.of("/٨٢١"), false, false));
    assertNull(NumberText.replace("\u200e77862١\u200f", List.of("/٨٢١"), false, true));
    assertEquals("\u200e٨٢١٥\u200f", NumberText.replace("\u200e778621\u200f", List.of("٨٢١٥"), false, true));
  }

  @Test
  void replace_farMoreDigitsThanEngineRead_givesNull() {
    assertNull(NumberText.replace("7", List.of("٢٠١٢٣"), false, false));
  }

  @Test
  void replace_mixedDigitSystemsInOneGroup_givesNull() {
    assertNull(NumberText.replace("2012", List.of("٢0١٢"), false, false));
  }

  @Test
  void replace_listDashOutsideTheDigits_staysWhereTheEngineReadIt() {
    assertEquals("\u200e-٣\u200f", NumberText.replace("\u200e-٠\u200f", List.of("-٣"), false, false));
  }

  @Test
  void onlyNumbers_wordWithLetter_isFalse() {
    assertEquals(true, NumberText.onlyNumbers("\u200e١٢/٠٣\u200f"));
    assertEquals(false, NumberText.onlyNumbers("١٢م"));
  }
}
