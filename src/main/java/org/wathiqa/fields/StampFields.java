package org.wathiqa.fields;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.wathiqa.Box;
import org.wathiqa.Field;
import org.wathiqa.Line;
import org.wathiqa.PageResult;
import org.wathiqa.TextSource;

/**
 * The number and date written in a register stamp ("وارد رقم ٣٣٤٦ تاريخ ١٥/١١/٢٠١٢"): the number
 * is the first run of digits after رقم or القيد ("رقم القيد", its first word often lost under the
 * frame), read with the tolerance of the other cues; the date the first date the date parser finds.
 *
 * <p>Immutable and thread-safe.
 */
public final class StampFields {
  /** Key of the register number in a stamp's fields. */
  public static final String NUMBER = "number";
  /** Key of the register date in a stamp's fields. */
  public static final String DATE = "date";
  /** Tokens after its cue within which the number is looked for. */
  private static final int NUMBER_REACH = 3;

  private final DateParser dates;

  /** Fields whose dates after the day {@code clock} gives are not dates. */
  public StampFields(Clock clock) {
    this.dates = new DateParser(Objects.requireNonNull(clock, "clock"));
  }

  /**
   * The fields of the stamp whose text is {@code text}, each with {@code confidence}: {@link #NUMBER}
   * and {@link #DATE} where they are read; empty when neither is.
   */
  public Map<String, Field> read(String text, double confidence, int page, Box box) {
    Map<String, Field> out = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    PageResult alone = new PageResult(page, 1, 1, 0, 0, TextSource.OCR, text, confidence,
        List.of(new Line(text, confidence, box)), List.of());
    DocLine line = DocLine.of(0, alone, 0);
    String number = number(line.tokens());
    if (number != null) {
      out.put(NUMBER, Field.of(number).raw(number).confidence(confidence).at(page, box).build());
    }
    List<DateMatch> found = dates.parse(line);
    if (!found.isEmpty()) {
      DateMatch d = found.get(0);
      out.put(DATE, Field.of(d.value().toString()).raw(d.raw()).calendar(d.calendar()).hijri(d.hijri())
          .confidence(Math.min(confidence, d.certainty())).at(page, box).build());
    }
    return out;
  }

  private static String number(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      int cue = tokens.get(i).isWord() ? Lexicon.STAMP_NUMBER_CUES.match(tokens, i) : 0;
      if (cue > 0) {
        int after = i + cue;
        for (int k = after; k < Math.min(tokens.size(), after + NUMBER_REACH); k++) {
          if (tokens.get(k).isNumber()) {
            return tokens.get(k).text();
          }
        }
      }
    }
    return null;
  }
}
