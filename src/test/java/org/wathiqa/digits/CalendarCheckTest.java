package org.wathiqa.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A glyph read unsure between two digits, settled by what the calendar allows. */
class CalendarCheckTest {

  /** Guesses for {@code digits}, read clearly, but glyph {@code at} unsure between its digit and {@code rival}. */
  private static List<Guess> read(String digits, int at, char rival) {
    List<Guess> guesses = new ArrayList<>();
    for (int i = 0; i < digits.length(); i++) {
      guesses.add(i == at ? new Guess(digits.charAt(i), 2.5, 2.6, rival) : new Guess(digits.charAt(i), 1.5, 3.5));
    }
    return guesses;
  }

  @Test
  void possible_datesYearsAndDays() {
    assertEquals(true, CalendarCheck.possible("٢٠١٤/٠٧/١١"));
    assertEquals(true, CalendarCheck.possible("١١.٠٧.٢٠١٤"));
    assertEquals(false, CalendarCheck.possible("٣٠١٤/٠٧/١١"));
    assertEquals(false, CalendarCheck.possible("١١/١٣/٢٠١٤"));
    assertEquals(true, CalendarCheck.possible("٢٧"));
    assertEquals(false, CalendarCheck.possible("٣٧"));
    assertEquals(true, CalendarCheck.possible("١٤٣٥"));
    assertNull(CalendarCheck.possible("٤٥٦"));
    assertNull(CalendarCheck.possible("١٢/٤"));
  }

  @Test
  void settled_yearFirstDigitUnsure_takesTheOneThatMakesADate() {
    GlyphRun run = CalendarCheck.settled(read("٣٠١٤/٠٧/١١", 0, '٢'));
    assertEquals(List.of("٢٠١٤/٠٧/١١"), run.groups());
    GlyphRun kept = CalendarCheck.settled(read("٢٠١٤/٠٧/١١", 0, '٣'));
    assertEquals(List.of("٢٠١٤/٠٧/١١"), kept.groups());
  }

  @Test
  void settled_bothPossibleOrNeither_orTwoUnsure_isNull() {
    assertNull(CalendarCheck.settled(read("٢١", 0, '٣')), "21 and 31 are both days");
    assertNull(CalendarCheck.settled(read("٤٥٦", 0, '٥')), "nothing to check a three-digit number against");
    List<Guess> two = read("٣٧", 0, '٢');
    two.set(1, new Guess('٧', 2.5, 2.6, '٢'));
    assertNull(CalendarCheck.settled(two));
    assertNull(CalendarCheck.settled(read("٣٠١٤", 0, DigitClassifier.OTHER)), "the rival is no digit");
  }
}
