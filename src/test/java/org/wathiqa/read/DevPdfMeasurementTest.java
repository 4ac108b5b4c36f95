package org.wathiqa.read;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.wathiqa.Line;
import org.wathiqa.bench.TextScore;

/**
 * Measures the text layer of the born-digital PDFs of the evaluation set against their printed
 * lines. Skipped where the set is not checked out beside the project ({@code ../shared/eval/dev}).
 */
class DevPdfMeasurementTest {

  private static final Path DEV = Path.of("..", "shared", "eval", "dev");
  private static final List<String> IDS = List.of("0202-009", "0202-010", "0202-015");
  private static final double MAX_CER = 0.02;

  @Test
  void textLayer_devPdfs_printedLinesWithinCerCeilingAndStampsKeptApart() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(DEV), "evaluation set not found at " + DEV);
    DocumentReader reader = new DocumentReader();
    TextScore.Counts total = TextScore.Counts.ZERO;
    for (String id : IDS) {
      JsonNode truth = new ObjectMapper().readTree(DEV.resolve(id + ".json").toFile());
      try (DocumentSource source = reader.open(DEV.resolve(id + ".pdf"))) {
        PageInput.TextLayer page = assertInstanceOf(PageInput.TextLayer.class, source.page(0));
        TextScore.Counts score = TextScore.score(strings(truth.get("lines")), texts(page.lines()), false);
        total = total.plus(score);
        System.out.printf("%s cer=%.4f (%d/%d)%n  lines=%s%n  stamps=%s%n", id, score.cer(),
            score.edits(), score.chars(), texts(page.lines()), texts(page.stampLines()));
        assertTrue(!page.stampLines().isEmpty(), id + ": stamp text expected in stampLines");
        dump(id, page);
      }
    }
    System.out.printf("dev PDFs text-layer cer=%.4f (%d/%d)%n", total.cer(), total.edits(),
        total.chars());
    assertTrue(total.cer() <= MAX_CER, "cer " + total.cer() + " over " + MAX_CER);
  }

  /**
   * With {@code -Dwathiqa.read.dumpDir=DIR}, writes {@code DIR/<id>.json} in the shape the
   * evaluation scorer reads (pages[].text, pages[].stamps[].text), to score with score.py.
   */
  private static void dump(String id, PageInput.TextLayer page) throws java.io.IOException {
    String dir = System.getProperty("wathiqa.read.dumpDir");
    if (dir == null) {
      return;
    }
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    ObjectNode out = root.putArray("pages").addObject();
    out.put("text", String.join("\n", texts(page.lines())));
    ArrayNode stamps = out.putArray("stamps");
    page.stampLines().forEach(l -> stamps.addObject().put("text", l.text()));
    Files.createDirectories(Path.of(dir));
    json.writeValue(Path.of(dir, id + ".json").toFile(), root);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> texts(List<Line> lines) {
    return lines.stream().map(Line::text).toList();
  }
}
