package org.wathiqa.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A ring's reading turned round to start with the state it names. */
class RingTextTest {
  @Test
  void stateFirst_movesTheWordsReadBeforeTheStateToTheEnd() {
    assertEquals("المملكة الأردنية الهاشمية * وزارة الداخلية",
        RingText.stateFirst("وزارة الداخلية المملكة الأردنية الهاشمية *"));
    assertEquals("جمهورية مصر العربية” © وزارة الشؤون",
        RingText.stateFirst("© وزارة الشؤون جمهورية مصر العربية”"));
  }

  @Test
  void stateFirst_knowsTheStateWordThroughPunctuationAndAMisreadLetter() {
    assertEquals("#الجمهورية العربية ال وزارة د امم دلية \" لا",
        RingText.stateFirst("وزارة د امم دلية \" لا #الجمهورية العربية ال"));
    assertEquals("المسلكة الأردنية: حاشمية وزارة الإدارة المحلية #ه -",
        RingText.stateFirst("حاشمية وزارة الإدارة المحلية #ه - المسلكة الأردنية:"));
    assertEquals("الجمهولية العلهزية وزارة العدل",
        RingText.stateFirst("وزارة العدل الجمهولية العلهزية"), "two letters off a word of nine");
  }

  @Test
  void stateFirst_leavesAReadingThatStartsWithTheStateOrNamesNone() {
    String started = "الجمهورية العربية السورية * وزارة العدل";
    assertEquals(started, RingText.stateFirst(started));
    assertEquals("وزارة الإدارة المحلية * مكتب المحافظ", RingText.stateFirst("وزارة الإدارة المحلية * مكتب المحافظ"));
    assertEquals("", RingText.stateFirst(""));
    assertNull(RingText.stateFirst(null));
  }

  @Test
  void stateFirst_doesNotTakeAMinistrysWordForTheKingdom() {
    // المحلية is two letters from المملكة, a word of seven: one edit only at that length
    String ring = "وزارة الإدارة المحلية * المملكة الأردنية الهاشمية";
    assertEquals("المملكة الأردنية الهاشمية وزارة الإدارة المحلية *", RingText.stateFirst(ring));
    assertEquals("وزارة المحلية", RingText.stateFirst("وزارة المحلية"));
  }
}
