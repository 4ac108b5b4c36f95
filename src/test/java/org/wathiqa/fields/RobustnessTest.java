package org.wathiqa.fields;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.wathiqa.Field;
import org.wathiqa.Fields;

/** Garbage in: no exception, and whatever comes out is well formed. */
class RobustnessTest {
  private static final String ALPHABET = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآؤئء٠١٢٣٤٥٦٧٨٩0123456789۰۱۲۳/-.:؛،()|ـًٌٍَُِّْ \u200f\u200e";
  private static final String[] WORDS = {"الرقم", "التاريخ", "الموضوع", "السيد", "المدعو", "وزارة", "مديرية",
      "الموافق", "هـ", "م", "/", "نيسان", "رجب", "العميد", "رئيس", "١-", "|", "في", "حمص", "99999999999", "٣١٠٢"};

  @Test
  void extract_randomGarbageLines_neverThrowsAndKeepsFieldsWellFormed() {
    Random r = new Random(7);
    for (int doc = 0; doc < 300; doc++) {
      List<String> lines = new ArrayList<>();
      int n = 1 + r.nextInt(20);
      for (int i = 0; i < n; i++) {
        lines.add(r.nextBoolean() ? chars(r) : words(r));
      }
      Fields f = Letters.extract(lines);
      for (Field field : all(f)) {
        assertTrue(field.confidence() >= 0 && field.confidence() <= 1, field::toString);
        assertTrue(!field.value().isBlank(), field::toString);
        assertTrue(field.page() == 0 && field.box() != null, field::toString);
      }
    }
  }

  private static List<Field> all(Fields f) {
    List<Field> out = new ArrayList<>(f.dates());
    out.addAll(f.names());
    for (Field x : new Field[] {f.issuingAuthority(), f.referenceNumber(), f.documentDate(), f.signatory(), f.subject()}) {
      if (x != null) {
        out.add(x);
      }
    }
    return out;
  }

  private static String chars(Random r) {
    StringBuilder s = new StringBuilder();
    for (int i = r.nextInt(60); i > 0; i--) {
      s.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }

  private static String words(Random r) {
    StringBuilder s = new StringBuilder();
    for (int i = r.nextInt(10); i > 0; i--) {
      s.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(3) == 0 ? "" : " ");
    }
    return s.toString();
  }
}
