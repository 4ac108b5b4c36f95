package org.wathiqa.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wathiqa.Box;
import org.wathiqa.DocumentResult;
import org.wathiqa.ErrorCode;
import org.wathiqa.ExtractionError;
import org.wathiqa.Field;
import org.wathiqa.Fields;
import org.wathiqa.Line;
import org.wathiqa.PageResult;
import org.wathiqa.Preparation;
import org.wathiqa.Stamp;
import org.wathiqa.Status;
import org.wathiqa.TextSource;

class WathiqaJsonTest {

  static DocumentResult full() {
    Box box = new Box(10, 20, 300, 40);
    PageResult page = new PageResult(0, 2481, 3508, 300, 1.4, TextSource.OCR,
        "الجمهورية العربية السورية\nوزارة الداخلية", 0.91,
        List.of(new Line("الجمهورية العربية السورية", 0.95, box), new Line("وزارة الداخلية", 0.875, box)),
        List.of(new Stamp("round", "#2a3a9a", "وزارة الداخلية مكتب المحافظ", "وزارة الداخلية", "مكتب المحافظ",
            0.7, new Box(300, 2500, 480, 480)),
            new Stamp("rect", "#b22a2a", "وارد رقم ٣٣٤٦ تاريخ ١٥/١١/٢٠١٢", null, "وارد رقم ٣٣٤٦ تاريخ ١٥/١١/٢٠١٢",
                0.8, new Box(600, 400, 420, 200), java.util.Map.of(
                    "number", Field.of("3346").raw("3346").confidence(0.8).at(0, box).build(),
                    "date", Field.of("2012-11-15").raw("١٥/١١/٢٠١٢").calendar("gregorian").confidence(0.8)
                        .at(0, box).build()))),
        new Preparation(List.of(Preparation.Step.INK_SEPARATION, Preparation.Step.CONTRAST, Preparation.Step.DESKEW,
            Preparation.Step.STAMP_OUTLINES, Preparation.Step.BLOCK_READING), 0.0123, 1.0, "single-column", 0),
        List.of(new org.wathiqa.Signature(new Box(350, 2700, 300, 90), 0.8)));
    Fields fields = new Fields(
        Field.of("مكتب المحافظ").hierarchy(List.of("الجمهورية العربية السورية", "مكتب المحافظ"))
            .confidence(0.9).at(0, box).build(),
        Field.of("4572/ص").raw("٤٥٧٢/ص").confidence(0.8).at(0, box).build(),
        Field.of("2013-04-12").raw("١٢/٠٤/٢٠١٣").calendar("gregorian").role("document").confidence(0.9)
            .at(0, box).build(),
        List.of(Field.of("2013-04-12").calendar("hijri").hijri("1434-06-02").role("mentioned").build()),
        List.of(Field.of("محمد أحمد الخطيب").role("person").confidence(0.8).at(0, box).build()),
        Field.of("أحمد منير محمد").title("المحافظ").rank("اللواء").confidence(0.7).build(),
        Field.of("دفن جثث مجهولة الهوية").confidence(0.9).build());
    return new DocumentResult("letter-017.pdf", Status.OK, null, List.of(page), fields,
        List.of("the stamp reading \"مديرية الصحة\" names none of the letterhead's units"));
  }

  @Test
  void readAfterWrite_givesTheSameResult() throws IOException {
    DocumentResult result = full();
    assertEquals(result, WathiqaJson.read(WathiqaJson.write(result)));
  }

  @Test
  void write_followsTheContractKeys() throws IOException {
    JsonNode n = new ObjectMapper().readTree(WathiqaJson.write(full()));
    assertEquals("wathiqa/1", n.get("schema").asText());
    assertEquals("3346", n.at("/pages/0/stamps/1/fields/number/value").asText());
    assertEquals("2012-11-15", n.at("/pages/0/stamps/1/fields/date/value").asText());
    assertEquals(1, n.get("warnings").size());
    assertTrue(n.get("error").isNull());
    JsonNode page = n.get("pages").get(0);
    for (String key : List.of("index", "width", "height", "dpi", "skewDegrees", "textSource", "text",
        "meanConfidence", "lines", "stamps")) {
      assertTrue(page.has(key), "page has " + key);
    }
    assertEquals("ocr", page.get("textSource").asText());
    assertEquals(300, page.at("/signatures/0/box/w").asInt());
    assertEquals("block-reading", page.at("/preparation/steps/4").asText());
    JsonNode f = n.get("fields");
    assertEquals("مكتب المحافظ", f.at("/issuingAuthority/hierarchy/1").asText());
    assertEquals("1434-06-02", f.at("/dates/0/hijri").asText());
    assertEquals("اللواء", f.at("/signatory/rank").asText());
    assertEquals(300, f.at("/referenceNumber/box/w").asInt());
  }

  @Test
  void write_preparedPage_reportsTheStepsAndWhatTheyMeasured() throws IOException {
    JsonNode prep = new ObjectMapper().readTree(WathiqaJson.write(full())).get("pages").get(0).get("preparation");
    assertEquals("ink-separation", prep.get("steps").get(0).asText());
    assertEquals("contrast", prep.get("steps").get(1).asText());
    assertEquals("deskew", prep.get("steps").get(2).asText());
    assertEquals(0.0123, prep.get("inkFraction").asDouble());
    assertEquals("single-column", prep.get("segmentation").asText());
  }

  @Test
  void write_pageNotPrepared_hasNoPreparationKey() throws IOException {
    PageResult layer = new PageResult(0, 10, 10, 72, 0, TextSource.PDF_TEXT_LAYER, "x", 1, List.of(), List.of());
    DocumentResult doc = new DocumentResult("a.pdf", Status.OK, null, List.of(layer), full().fields());
    JsonNode page = new ObjectMapper().readTree(WathiqaJson.write(doc)).get("pages").get(0);
    assertFalse(page.has("preparation"));
    assertEquals(Preparation.NONE, WathiqaJson.read(WathiqaJson.write(doc)).pages().get(0).preparation());
  }

  @Test
  void write_failedDocument_hasErrorEmptyPagesAndNoFields() throws IOException {
    DocumentResult failed = DocumentResult.failed("x.png",
        new ExtractionError(ErrorCode.EMPTY, "x.png has no bytes"));
    JsonNode n = new ObjectMapper().readTree(WathiqaJson.write(failed));
    assertEquals("failed", n.get("status").asText());
    assertEquals("empty", n.at("/error/code").asText());
    assertEquals(0, n.get("pages").size());
    assertTrue(n.get("fields").isObject(), "fields object is always there");
    assertFalse(n.get("fields").has("documentDate"), "absent fields are left out");
    assertEquals(failed, WathiqaJson.read(WathiqaJson.write(failed)));
  }

  @Test
  void read_otherSchema_isRefusedWithTheSchemaFound() {
    IOException e = assertThrows(IOException.class, () -> WathiqaJson.read("{\"schema\":\"other/2\"}"));
    assertTrue(e.getMessage().contains("other/2"));
  }
}
