package org.wathiqa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wathiqa.ocr.OcrEngine;
import org.wathiqa.ocr.OcrLine;
import org.wathiqa.ocr.OcrWord;
import org.wathiqa.prepare.Blocks;

class BlockReadingTest {
  private static final BufferedImage PAGE = new BufferedImage(1200, 1000, BufferedImage.TYPE_BYTE_GRAY);
  private static final int MARGIN = 40;

  /** Letterhead rows on the right (x 700–1100), the number block on the left (x 100–400). */
  private static final Box HEAD_1 = new Box(700, 100, 400, 30);
  private static final Box HEAD_2 = new Box(800, 140, 300, 30);
  private static final Box NUMBER = new Box(100, 140, 300, 30);
  private static final Blocks LETTER = new Blocks(List.of(
      new Blocks.Block(new Box(690, 90, 420, 90), List.of(HEAD_1, HEAD_2)),
      new Blocks.Block(new Box(90, 130, 320, 50), List.of(NUMBER))), MARGIN);

  /** An engine that reads each region as it was told to, and counts what it was asked. */
  private static final class Scripted implements OcrEngine {
    final Map<Box, OcrLine> readings = new HashMap<>();
    final List<Box> asked = new ArrayList<>();
    /** What a row, the key, reads as shrunk, at every size. */
    final Map<Box, OcrLine> shrunkReadings = new HashMap<>();
    final List<Box> askedShrunk = new ArrayList<>();

    @Override
    public List<OcrLine> recognize(BufferedImage page, int dpi) {
      throw new AssertionError("the whole page is read before repair");
    }

    @Override
    public List<OcrLine> recognize(BufferedImage page, int dpi, List<Region> regions, int margin) {
      assertEquals(MARGIN, margin);
      List<OcrLine> out = new ArrayList<>();
      for (Region r : regions) {
        asked.add(r.box());
        if (readings.containsKey(r.box())) {
          out.add(readings.get(r.box()));
        }
      }
      return out;
    }

    @Override
    public List<OcrLine> recognizeShrunk(BufferedImage page, int dpi, Box region, int margin, double across,
        double down) {
      assertEquals(MARGIN, margin);
      assertTrue(across > 0 && across <= 1 && down > 0 && down <= 1, "shrunk, not grown");
      for (Map.Entry<Box, OcrLine> e : shrunkReadings.entrySet()) {
        Box row = e.getKey();
        if (region.x() == row.x() && region.w() == row.w() && region.y() <= row.y() && region.bottom() >= row.bottom()) {
          askedShrunk.add(row);
          return List.of(e.getValue());
        }
      }
      askedShrunk.add(region);
      return List.of();
    }

    @Override
    public void close() {}
  }

  private static OcrWord word(String text, double confidence, int x, int y, int w) {
    return new OcrWord(text, confidence, new Box(x, y, w, 30));
  }

  private static OcrLine line(double confidence, OcrWord... words) {
    Box box = words[0].box();
    StringBuilder text = new StringBuilder();
    for (OcrWord w : words) {
      box = box.union(w.box());
      text.append(text.length() == 0 ? "" : " ").append(w.text());
    }
    return new OcrLine(text.toString(), confidence, box, List.of(words));
  }

  private static List<String> texts(List<OcrLine> lines) {
    return lines.stream().map(OcrLine::text).toList();
  }

  private static final OcrLine HEAD_1_READ = line(0.92, word("الجمهورية", 0.92, 900, 100, 200), word("العربية", 0.92, 700, 100, 180));
  /** The second letterhead line and the number beside it, read as one line. */
  private static final OcrLine MERGED = line(0.8, word("وزارة", 0.9, 950, 140, 150), word("العدل", 0.9, 800, 140, 140),
      word("الرقم:", 0.85, 300, 140, 100), word("١٢٣/ق", 0.85, 100, 140, 180));

  @Test
  void aLineAcrossTwoBlocks_isSplitIntoOneLinePerBlock_inReadingOrder() throws Exception {
    Scripted engine = new Scripted();

    List<OcrLine> out = BlockReading.repair(List.of(HEAD_1_READ, MERGED), LETTER, engine, PAGE, 300);

    assertEquals(List.of("الجمهورية العربية", "وزارة العدل", "الرقم: ١٢٣/ق"), texts(out));
    assertEquals(new Box(800, 140, 300, 30), out.get(1).box());
  }

  @Test
  void aRowReadAloneReplacesItsSplitPart_onlyWhenClearlySurer() throws Exception {
    Scripted engine = new Scripted();
    engine.readings.put(NUMBER, new OcrLine("الرقم: ١٢٣٤/ق", 0.95, NUMBER));
    engine.readings.put(HEAD_2, new OcrLine("وزارة العذل", 0.91, HEAD_2));

    List<OcrLine> out = BlockReading.repair(List.of(HEAD_1_READ, MERGED), LETTER, engine, PAGE, 300);

    assertEquals(List.of("الجمهورية العربية", "وزارة العدل", "الرقم: ١٢٣٤/ق"), texts(out));
  }

  @Test
  void aRowNoLineCovers_isReadAlone_andKeptOnlyWhenTheEngineIsSure() throws Exception {
    Scripted sure = new Scripted();
    sure.readings.put(NUMBER, new OcrLine("الرقم: ١٢٣/ق", 0.9, NUMBER));
    OcrLine head2 = line(0.9, word("وزارة", 0.9, 950, 140, 150), word("العدل", 0.9, 800, 140, 140));
    Scripted unsure = new Scripted();
    unsure.readings.put(NUMBER, new OcrLine("ا ل ـ", 0.3, NUMBER));

    assertEquals(List.of("الجمهورية العربية", "وزارة العدل", "الرقم: ١٢٣/ق"),
        texts(BlockReading.repair(List.of(HEAD_1_READ, head2), LETTER, sure, PAGE, 300)));
    assertEquals(List.of("الجمهورية العربية", "وزارة العدل"),
        texts(BlockReading.repair(List.of(HEAD_1_READ, head2), LETTER, unsure, PAGE, 300)));
    assertEquals(List.of(NUMBER), unsure.asked, "only the lost row is read again");
  }

  @Test
  void aLostRowLowerThanHalfALetter_isNotRead() throws Exception {
    Box rule = new Box(100, 140, 300, 9);
    Box line = new Box(100, 140, 300, 11);
    Box tall = new Box(100, 140, 300, 90);
    OcrLine head2 = line(0.9, word("وزارة", 0.9, 950, 140, 150), word("العدل", 0.9, 800, 140, 140));
    for (Box row : List.of(rule, line, tall)) {
      Blocks blocks = new Blocks(List.of(LETTER.blocks().get(0),
          new Blocks.Block(new Box(90, 130, 320, row.h() + 20), List.of(row))), MARGIN);
      Scripted engine = new Scripted();
      engine.readings.put(row, new OcrLine("الرقم: ١٢٣/ق", 0.9, row));
      List<String> read = texts(BlockReading.repair(List.of(HEAD_1_READ, head2), blocks, engine, PAGE, 300));
      assertEquals(row != rule, read.contains("الرقم: ١٢٣/ق"), row + " read as " + read);
      assertEquals(row != rule ? List.of(row) : List.of(), engine.asked, row.toString());
    }
  }

  @Test
  void aRowTheEngineIsUnsureOf_isReadAgainShrunk_andReplacedOnlyWhenTheEngineIsSureOfThat() throws Exception {
    OcrLine garbled = line(0.18, word("ديري", 0.2, 950, 140, 150), word("شع", 0.1, 800, 140, 140));
    OcrLine number = new OcrLine("الرقم: ١٢٣/ق", 0.9, NUMBER);
    Scripted sure = new Scripted();
    sure.shrunkReadings.put(HEAD_2, new OcrLine("مديرية العدل", 0.88, HEAD_2));
    Scripted unsure = new Scripted();
    unsure.shrunkReadings.put(HEAD_2, new OcrLine("مد برية العدل", 0.55, HEAD_2));

    assertEquals(List.of("الجمهورية العربية", "مديرية العدل", "الرقم: ١٢٣/ق"),
        texts(BlockReading.repair(List.of(HEAD_1_READ, garbled, number), LETTER, sure, PAGE, 300)));
    assertEquals(List.of("الجمهورية العربية", "ديري شع", "الرقم: ١٢٣/ق"),
        texts(BlockReading.repair(List.of(HEAD_1_READ, garbled, number), LETTER, unsure, PAGE, 300)));
    assertEquals(java.util.Set.of(HEAD_2), java.util.Set.copyOf(sure.askedShrunk), "lines the engine is sure of are not read again");
  }

  @Test
  void aLostRowTheEngineCannotReadAlone_isReadShrunk() throws Exception {
    OcrLine head2 = line(0.9, word("وزارة", 0.9, 950, 140, 150), word("العدل", 0.9, 800, 140, 140));
    Scripted engine = new Scripted();
    engine.shrunkReadings.put(NUMBER, new OcrLine("الرقم: ١٢٣/ق", 0.9, NUMBER));
    Scripted blind = new Scripted();

    assertEquals(List.of("الجمهورية العربية", "وزارة العدل", "الرقم: ١٢٣/ق"),
        texts(BlockReading.repair(List.of(HEAD_1_READ, head2), LETTER, engine, PAGE, 300)));
    assertEquals(List.of(NUMBER), engine.asked, "read alone first, at its own size");
    assertEquals(List.of("الجمهورية العربية", "وزارة العدل"),
        texts(BlockReading.repair(List.of(HEAD_1_READ, head2), LETTER, blind, PAGE, 300)));
  }

  @Test
  void twoReadingsOfTheSamePrint_keepTheSurer() throws Exception {
    OcrLine partial = new OcrLine("٩٩١٠ الرقم؛", 0.55, new Box(150, 141, 250, 29));
    OcrLine full = new OcrLine("الرقم: ٩٩١٠/م", 0.89, new Box(100, 140, 300, 30));
    OcrLine head2 = line(0.9, word("وزارة", 0.9, 950, 140, 150), word("العدل", 0.9, 800, 140, 140));

    List<OcrLine> out = BlockReading.repair(List.of(HEAD_1_READ, head2, partial, full), LETTER, new Scripted(), PAGE, 300);

    assertEquals(List.of("الجمهورية العربية", "وزارة العدل", "الرقم: ٩٩١٠/م"), texts(out));
  }

  @Test
  void twoUnsureReadingsOfTheSamePrint_keepTheOneWithSurerWords() throws Exception {
    // the engine's line confidence falls to nothing for one word it could not read
    OcrLine names = line(0.0, word("ٍ", 0.0, 390, 142, 10), word("باسل", 0.9, 250, 140, 120), word("الشيخ", 0.88, 100, 140, 140));
    OcrLine scraps = line(0.27, word("‎٠.", 0.3, 300, 141, 60), word("8", 0.25, 200, 141, 40), word("7]", 0.2, 110, 141, 50));
    OcrLine head2 = line(0.9, word("وزارة", 0.9, 950, 140, 150), word("العدل", 0.9, 800, 140, 140));

    List<OcrLine> out = BlockReading.repair(List.of(HEAD_1_READ, head2, scraps, names), LETTER, new Scripted(), PAGE, 300);

    assertEquals(List.of("الجمهورية العربية", "وزارة العدل", "ٍ باسل الشيخ"), texts(out));
  }

  @Test
  void aLineAcrossParallelColumns_staysWhole() throws Exception {
    List<Box> right = new ArrayList<>();
    List<Box> left = new ArrayList<>();
    List<OcrLine> verses = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      int y = 100 + 40 * i;
      right.add(new Box(650, y, 450, 30));
      left.add(new Box(100, y, 450, 30));
      String mark = String.valueOf("ابجد".charAt(i));
      verses.add(line(0.9, word("صدر" + mark, 0.9, 650, y, 450), word("عجز" + mark, 0.9, 100, y, 450)));
    }
    Blocks poem = new Blocks(List.of(new Blocks.Block(new Box(640, 90, 470, 170), right),
        new Blocks.Block(new Box(90, 90, 470, 170), left)), MARGIN);

    List<OcrLine> out = BlockReading.repair(verses, poem, new Scripted(), PAGE, 300);

    assertEquals(texts(verses), texts(out));
  }

  @Test
  void aLetterheadBesideANumberBlockOfAsManyRows_isStillSplit_byItsDigits() throws Exception {
    List<Box> right = new ArrayList<>();
    List<Box> left = new ArrayList<>();
    List<OcrLine> merged = new ArrayList<>();
    String[][] rows = {{"وزارة", "الرقم: ١٢٣/ق"}, {"العدل", "التاريخ: ٣/٤/٢٠١٣"}, {"مديرية", "الموافق ٢ جمادى الآخرة ١٤٣٤ هـ"}};
    for (int i = 0; i < rows.length; i++) {
      int y = 100 + 40 * i;
      right.add(new Box(650, y, 450, 30));
      left.add(new Box(100, y, 450, 30));
      merged.add(line(0.9, word(rows[i][0], 0.9, 650, y, 450), word(rows[i][1], 0.9, 100, y, 450)));
    }
    Blocks letterhead = new Blocks(List.of(new Blocks.Block(new Box(640, 90, 470, 130), right),
        new Blocks.Block(new Box(90, 90, 470, 130), left)), MARGIN);

    List<OcrLine> out = BlockReading.repair(merged, letterhead, new Scripted(), PAGE, 300);

    assertEquals(List.of("وزارة", "العدل", "مديرية", "الرقم: ١٢٣/ق", "التاريخ: ٣/٤/٢٠١٣", "الموافق ٢ جمادى الآخرة ١٤٣٤ هـ"),
        texts(out));
  }

  @Test
  void aLineInNoBlock_staysWhereItLiesOnThePage_notLast() throws Exception {
    OcrLine head2 = line(0.9, word("وزارة", 0.9, 950, 140, 150), word("العدل", 0.9, 800, 140, 140));
    OcrLine between = new OcrLine("سري للغاية", 0.9, new Box(450, 95, 200, 30));
    OcrLine number = new OcrLine("الرقم: ١٢٣/ق", 0.9, NUMBER);

    List<OcrLine> out = BlockReading.repair(List.of(HEAD_1_READ, head2, number, between), LETTER, new Scripted(), PAGE, 300);

    assertEquals(List.of("الجمهورية العربية", "وزارة العدل", "سري للغاية", "الرقم: ١٢٣/ق"), texts(out),
        "after the letterhead it is level with, before the number block below it");
  }

  @Test
  void aPageOfOneBlock_isLeftAsRead() throws Exception {
    List<OcrLine> whole = List.of(MERGED, HEAD_1_READ);

    assertEquals(whole, BlockReading.repair(whole, Blocks.NONE, new Scripted(), PAGE, 300));
  }
}
