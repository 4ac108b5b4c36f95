package org.wathiqa.fields;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VocabularyTest {
  @Test
  void aLineWithAListedWord_isKnown_whateverMarksCling() {
    assertTrue(Vocabulary.knowsAWordOf("رئيس الفرع"), "an office");
    assertTrue(Vocabulary.knowsAWordOf("«مدير: المركز"), "marks around a listed word");
    assertTrue(Vocabulary.knowsAWordOf("١٤ تشرين ٢٠١٢"), "a month");
  }

  @Test
  void aLineOfUnlistedOrShortWords_isNot() {
    assertFalse(Vocabulary.knowsAWordOf("بزو ادال"));
    assertFalse(Vocabulary.knowsAWordOf("ا الل حت"));
    assertFalse(Vocabulary.knowsAWordOf(""));
  }
}
