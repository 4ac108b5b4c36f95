package org.wathiqa.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wathiqa.Field;
import org.wathiqa.text.ArabicText;

/**
 * What a register stamp of a truth file records: the number written after رقم (or رقم القيد) and
 * the date written in figures after تاريخ, as ASCII digits and an ISO date (null where the stamp
 * writes none). Scores a stamp's {@code fields} against them.
 */
public record RegisterTruth(String number, String date) {
  private static final Pattern NUMBER = Pattern.compile("رقم[^:]*:\\s*(\\d+)");
  private static final Pattern DATE = Pattern.compile("تاريخ:\\s*(\\d+)/(\\d+)/(\\d+)");

  /** The register of the truth stamp {@code stamp}, or null if it is not a register stamp with a number. */
  public static RegisterTruth of(JsonNode stamp) {
    String text = ArabicText.asciiDigits(stamp.path("text").asText());
    Matcher number = NUMBER.matcher(text);
    if (!stamp.path("shape").asText().equals("rect") || !number.find()) {
      return null;
    }
    Matcher date = DATE.matcher(text);
    return new RegisterTruth(number.group(1), date.find() ? String.format(Locale.ROOT, "%04d-%02d-%02d",
        Integer.parseInt(date.group(3)), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(1))) : null);
  }

  /** Whether {@code fields}, a stamp's, give this number. */
  public boolean numberIn(Map<String, Field> fields) {
    Field n = fields.get("number");
    return n != null && ArabicText.asciiDigits(n.value()).equals(number);
  }

  /** Whether {@code fields} give a number other than this one. */
  public boolean otherNumberIn(Map<String, Field> fields) {
    return fields.get("number") != null && !numberIn(fields);
  }

  /** Whether {@code fields} give this date; false when the truth writes no date in figures. */
  public boolean dateIn(Map<String, Field> fields) {
    Field d = fields.get("date");
    return date != null && d != null && d.value().equals(date);
  }
}
