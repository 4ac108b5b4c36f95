package org.wathiqa.fields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.wathiqa.Box;
import org.wathiqa.Line;
import org.wathiqa.PageResult;
import org.wathiqa.TextSource;

/**
 * Per-field accuracy on real OCR output of the dev set: {@code wathiqa/1} JSON files or
 * Tesseract TSV files in the folder named by the system property {@code wathiqa.ocr.dir}.
 * Truth from {@code wathiqa.truth.dir} (default the dev set). Skipped when the property or the
 * truth is absent. Prints the figures; asserts nothing.
 */
class OcrOutputAccuracyTest {
  private static final Path DEV = Path.of(System.getProperty("wathiqa.truth.dir", "../shared/eval/dev"));

  @Test
  void realOcrOutput_printsPerFieldAccuracy() throws IOException {
    String dir = System.getProperty("wathiqa.ocr.dir");
    Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir)) && Files.isDirectory(DEV));
    DevSetScore score = new DevSetScore();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(Path.of(dir))) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        String id = name.replaceFirst("\\.(json|tsv)$", "");
        Path truth = DEV.resolve(id + ".json");
        if (name.equals(id) || !Files.exists(truth)) {
          continue;
        }
        List<PageResult> pages = name.endsWith(".tsv") ? fromTsv(p) : fromJson(json.readTree(read(p)));
        score.add(id, json.readTree(read(truth)), Letters.EXTRACTOR.extract(pages));
      }
    }
    System.out.println("[ocr] " + score.summary());
    score.misses.forEach(m -> System.out.println("[ocr]   " + m));
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  private static List<PageResult> fromJson(JsonNode doc) {
    List<PageResult> pages = new ArrayList<>();
    for (JsonNode page : doc.path("pages")) {
      List<Line> lines = new ArrayList<>();
      for (JsonNode l : page.path("lines")) {
        JsonNode b = l.path("box");
        lines.add(new Line(l.path("text").asText(), Math.max(0, Math.min(1, l.path("confidence").asDouble())),
            new Box(b.path("x").asInt(), b.path("y").asInt(), b.path("w").asInt(), b.path("h").asInt())));
      }
      pages.add(new PageResult(page.path("index").asInt(), page.path("width").asInt(), page.path("height").asInt(),
          300, 0, TextSource.OCR, page.path("text").asText(), 0.9, lines, List.of()));
    }
    return pages;
  }

  /** Tesseract TSV: words grouped into lines by page, block, paragraph and line number. */
  private static List<PageResult> fromTsv(Path p) throws IOException {
    Map<Integer, Map<String, List<String[]>>> pages = new LinkedHashMap<>();
    Map<Integer, int[]> sizes = new LinkedHashMap<>();
    for (String row : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      String[] c = row.split("\t", -1);
      if (c.length < 12 || c[0].equals("level")) {
        continue;
      }
      int page = Integer.parseInt(c[1]) - 1;
      if (c[0].equals("1")) {
        sizes.put(page, new int[] {Integer.parseInt(c[8]), Integer.parseInt(c[9])});
      } else if (c[0].equals("5") && !c[11].isBlank()) {
        pages.computeIfAbsent(page, k -> new LinkedHashMap<>()).computeIfAbsent(c[2] + "." + c[3] + "." + c[4],
            k -> new ArrayList<>()).add(c);
      }
    }
    List<PageResult> out = new ArrayList<>();
    for (Map.Entry<Integer, Map<String, List<String[]>>> e : pages.entrySet()) {
      List<Line> lines = new ArrayList<>();
      e.getValue().values().forEach(words -> lines.add(line(words)));
      lines.sort((a, b) -> Integer.compare(a.box().y(), b.box().y()));
      int[] size = sizes.get(e.getKey());
      out.add(new PageResult(e.getKey(), size[0], size[1], 300, 0, TextSource.OCR, "", 0.9, lines, List.of()));
    }
    return out;
  }

  private static Line line(List<String[]> words) {
    StringBuilder text = new StringBuilder();
    Box box = null;
    double conf = 0;
    for (String[] w : words) {
      text.append(text.length() > 0 ? " " : "").append(w[11]);
      Box b = new Box(Integer.parseInt(w[6]), Integer.parseInt(w[7]), Integer.parseInt(w[8]), Integer.parseInt(w[9]));
      box = box == null ? b : box.union(b);
      conf += Math.max(0, Double.parseDouble(w[10])) / 100;
    }
    return new Line(text.toString(), Math.min(1, conf / words.size()), box);
  }
}
