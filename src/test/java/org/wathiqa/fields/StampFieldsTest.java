package org.wathiqa.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.wathiqa.Box;
import org.wathiqa.Field;

class StampFieldsTest {
  private static final StampFields FIELDS =
      new StampFields(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
  private static final Box BOX = new Box(10, 20, 300, 150);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "قيادة شرطة محافظة حمص وارد رقم: ٣٣٤٦ تاريخ: ١٥/١١/٢٠١٢|3346|2012-11-15",
      "المحكمة العسكرية الثالثة بحمص وارد رقم: 6026 تاريخ: 4/9/2012|6026|2012-09-04",
      "مديرية صحة حمص وارد رقم: ١٣٠٨ تاريخ: ١٤ تشرين الثاني ٢٠١٢|1308|2012-11-14",
      "مكتب المحافظ رقم القيد: 7003 تاريخ: 7/11/2013|7003|2013-11-07"})
  void read_registerStampText_givesNumberAndIsoDate(String text, String number, String date) {
    Map<String, Field> f = FIELDS.read(text, 0.8, 0, BOX);
    assertEquals(number, f.get(StampFields.NUMBER).value(), f.toString());
    assertEquals(date, f.get(StampFields.DATE).value(), f.toString());
    assertEquals(BOX, f.get(StampFields.DATE).box());
    assertTrue(f.get(StampFields.NUMBER).confidence() <= 0.8);
  }

  @Test
  void read_textWithoutNumberOrDate_givesNoFields() {
    assertTrue(FIELDS.read("الطبابة الشرعية", 0.9, 0, BOX).isEmpty());
    assertTrue(FIELDS.read("", 0.9, 0, BOX).isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "فرع الشرطة العسكرية قم القيد: 9011 تاريخ: 12/2/2017|9011",
      "مواد حال البار وق القيد: ٨٨٨٤ تاريخ: ٣/٣/٢٠١٨|8884",
      "مكتب المحافظ رقم ‎القيد؛ 7003|7003"})
  void read_registerNumberWhoseCueLostLetters_isStillFound(String text, String number) {
    assertEquals(number, FIELDS.read(text, 0.8, 0, BOX).get(StampFields.NUMBER).value());
  }

  @Test
  void read_numberNotAfterRaqm_isNotTheRegisterNumber() {
    assertFalse(FIELDS.read("مكتب 12 المحافظ", 0.9, 0, BOX).containsKey(StampFields.NUMBER));
  }
}
