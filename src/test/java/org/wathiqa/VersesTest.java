package org.wathiqa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wathiqa.ocr.OcrLine;

/** The halves of a verse joined, right half first; the blocks of a letter left apart. */
class VersesTest {
  private static final int PAGE = 3300;

  private static OcrLine line(String text, int x, int y, int w) {
    return new OcrLine(text, 0.9, new Box(x, y, w, 140));
  }

  @Test
  void joined_twoHalvesOfAVerseOnOneRow_becomeOneLineRightHalfFirst() {
    OcrLine left = line("تضمنه القرطاس بل هو في صدري", 340, 3038, 1274);
    OcrLine right = line("فإن تحرقوا القرطاس لا تحرقوا الذي", 1838, 3042, 1196);
    OcrLine above = line("وقال في ذلك", 1500, 2800, 1500);
    List<OcrLine> out = Verses.joined(List.of(above, left, right), PAGE);
    assertEquals(2, out.size());
    assertEquals("فإن تحرقوا القرطاس لا تحرقوا الذي تضمنه القرطاس بل هو في صدري", out.get(1).text());
    assertEquals(new Box(340, 3038, 2694, 144), out.get(1).box());
  }

  @Test
  void joined_letterheadBesideTheNumberAndDate_staysApart() {
    List<OcrLine> header = List.of(line("الجمهورية العربية السورية", 2200, 200, 1000),
        line("الرقم: ٤٥٧٢/ص", 300, 210, 1000));
    assertEquals(header, Verses.joined(header, PAGE));
  }

  @Test
  void joined_narrowBlocksOrFarApart_stayApart() {
    List<OcrLine> narrow = List.of(line("وزارة الداخلية العامة", 2500, 200, 700), line("سري للغاية جدا", 300, 210, 700));
    assertEquals(narrow, Verses.joined(narrow, PAGE));
    List<OcrLine> far = List.of(line("كلمات في النصف الأيمن", 2200, 200, 1050), line("كلمات في النصف الأيسر", 100, 210, 1050));
    assertEquals(far, Verses.joined(far, PAGE));
  }
}
