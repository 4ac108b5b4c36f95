package org.wathiqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Path blankPng(Path dir, String name) throws IOException {
    BufferedImage white = new BufferedImage(200, 100, BufferedImage.TYPE_BYTE_GRAY);
    white.getRaster().setSamples(0, 0, 200, 100, 0, new int[200 * 100]);
    for (int i = 0; i < 200 * 100; i++) {
      white.getRaster().getDataBuffer().setElem(i, 255);
    }
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    ImageIO.write(white, "png", file.toFile());
    return file;
  }

  static int run(String... args) {
    return Main.run(args);
  }

  @Test
  void extract_noInputs_isAUsageError() {
    assertEquals(2, run("extract"));
  }

  @Test
  void noCommand_isAUsageError() {
    assertEquals(2, run());
  }

  @Test
  void extract_missingInput_isAUsageError(@TempDir Path dir) {
    assertEquals(2, run("extract", "--out", dir.toString(), dir.resolve("nothing.png").toString()));
  }

  @Test
  void extract_workerJvmOptionThatIsNoOption_isAUsageError(@TempDir Path dir) throws IOException {
    Path input = blankPng(dir, "a.png");
    assertEquals(2, run("extract", "--quiet", "--worker-jvm-option", "Xms64m", "--out", dir.resolve("out").toString(),
        input.toString()));
  }

  @Test
  void extract_workerJvmOption_reachesTheWorkerJvms(@TempDir Path dir) throws IOException {
    Path input = blankPng(dir, "a.png");
    assertEquals(0, run("extract", "--quiet", "--worker-jvm-option=-XX:+UseSerialGC", "--out",
        dir.resolve("ok").toString(), input.toString()));
    assertEquals(3, run("extract", "--quiet", "--worker-jvm-option=-XX:+NoSuchWathiqaFlag", "--out",
        dir.resolve("refused").toString(), input.toString()));
  }

  @Test
  void extract_tessdataWithoutTheModel_isAnEnvironmentError(@TempDir Path dir) throws IOException {
    Path input = blankPng(dir, "a.png");
    Path empty = Files.createDirectories(dir.resolve("tessdata"));
    assertEquals(3, run("extract", "--tessdata", empty.toString(), "--out", dir.resolve("out").toString(),
        input.toString()));
  }

  @Test
  void extract_directoryWithGoodAndBadFiles_writesOneJsonEachAndExitsOne(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in");
    blankPng(in, "blank.png");
    blankPng(in, "sub/blank.png");
    Files.write(in.resolve("empty.pdf"), new byte[0]);
    Files.writeString(in.resolve("notes.txt"), "not a document, not read");
    Path out = dir.resolve("out");

    assertEquals(1, run("extract", "--quiet", "--jobs", "2", "--out", out.toString(), in.toString()));

    assertEquals("ok", JSON.readTree(out.resolve("blank.json").toFile()).get("status").asText());
    assertEquals("ok", JSON.readTree(out.resolve("sub/blank.json").toFile()).get("status").asText());
    JsonNode empty = JSON.readTree(out.resolve("empty.json").toFile());
    assertEquals("failed", empty.get("status").asText());
    assertEquals("empty", empty.at("/error/code").asText());
    try (Stream<Path> files = Files.walk(out)) {
      List<String> names = files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()).sorted().toList();
      assertEquals(List.of("_report.json", "blank.json", "empty.json", "sub/blank.json"), names,
          "no temporary files left");
    }
  }

  @Test
  void extract_findsTheSignatureByDefault_andNotWithNoSignatures(@TempDir Path dir) throws IOException {
    Path input = Path.of("fixtures/clean-001.png");
    JsonNode truth = JSON.readTree(Path.of("fixtures/clean-001.json").toFile()).at("/signatures/0/box");

    assertEquals(0, run("extract", "--quiet", "--out", dir.resolve("on").toString(), input.toString()));
    assertEquals(0, run("extract", "--quiet", "--no-signatures", "--out", dir.resolve("off").toString(),
        input.toString()));

    JsonNode on = JSON.readTree(dir.resolve("on/clean-001.json").toFile()).at("/pages/0/signatures");
    assertTrue(on.size() >= 1 && iou(on.get(0).get("box"), truth) >= 0.5, on + " vs " + truth);
    assertTrue(JSON.readTree(dir.resolve("off/clean-001.json").toFile()).at("/pages/0/signatures").isMissingNode());
  }

  private static double iou(JsonNode a, JsonNode b) {
    int x = Math.max(a.get("x").asInt(), b.get("x").asInt());
    int y = Math.max(a.get("y").asInt(), b.get("y").asInt());
    int right = Math.min(a.get("x").asInt() + a.get("w").asInt(), b.get("x").asInt() + b.get("w").asInt());
    int bottom = Math.min(a.get("y").asInt() + a.get("h").asInt(), b.get("y").asInt() + b.get("h").asInt());
    double shared = Math.max(0, right - x) * (double) Math.max(0, bottom - y);
    double area = a.get("w").asDouble() * a.get("h").asDouble() + b.get("w").asDouble() * b.get("h").asDouble();
    return shared / (area - shared);
  }

  @Test
  void extract_allGood_exitsZero(@TempDir Path dir) throws IOException {
    Path input = blankPng(dir, "page.png");
    assertEquals(0, run("extract", "--quiet", "--out", dir.resolve("out").toString(), input.toString()));
    JsonNode n = JSON.readTree(dir.resolve("out/page.json").toFile());
    assertEquals("wathiqa/1", n.get("schema").asText());
    assertEquals(1, n.get("pages").size());
    assertTrue(n.get("fields").isObject());
  }

  @Test
  void extract_singleInputWithoutOut_printsJsonToStdout(@TempDir Path dir) throws IOException {
    Path input = blankPng(dir, "page.png");
    PrintStream saved = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = run("extract", input.toString());
    } finally {
      System.setOut(saved);
    }
    assertEquals(0, code);
    JsonNode n = JSON.readTree(captured.toString(StandardCharsets.UTF_8));
    assertEquals("page.png", n.get("source").asText());
  }

  @Test
  void extract_sameStemTwice_keepsBothResults(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in");
    blankPng(in, "a.png");
    Files.write(in.resolve("a.pdf"), new byte[0]);
    Path out = dir.resolve("out");
    run("extract", "--quiet", "--out", out.toString(), in.toString());
    assertTrue(Files.exists(out.resolve("a.png.json")));
    assertTrue(Files.exists(out.resolve("a.pdf.json")));
    assertFalse(Files.exists(out.resolve("a.json")));
  }

  @Test
  void extract_again_skipsInputsWhoseJsonExistsUnlessForced(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in");
    blankPng(in, "a.png");
    blankPng(in, "b.png");
    Path out = dir.resolve("out");
    assertEquals(0, run("extract", "--quiet", "--out", out.toString(), in.toString()));
    Files.delete(out.resolve("b.json"));
    Files.writeString(out.resolve("a.json"), "{\"schema\":\"wathiqa/1\",\"source\":\"a.png\",\"status\":\"ok\",\"pages\":[],\"fields\":{}}");

    assertEquals(0, run("extract", "--quiet", "--out", out.toString(), in.toString()));
    JsonNode report = JSON.readTree(out.resolve("_report.json").toFile());
    assertEquals(2, report.get("documents").size());
    assertTrue(report.at("/documents/0/skipped").asBoolean(), "a.json was there: skipped");
    assertFalse(report.at("/documents/1/skipped").asBoolean(), "b.json was missing: read again");
    assertEquals(0, JSON.readTree(out.resolve("a.json").toFile()).get("pages").size(), "left as it was");

    assertEquals(0, run("extract", "--quiet", "--force", "--out", out.toString(), in.toString()));
    assertEquals(1, JSON.readTree(out.resolve("a.json").toFile()).get("pages").size(), "--force reads it again");
  }
}
