package org.wathiqa.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wathiqa.fixtures.HostileCorpus;

/**
 * One CLI run over {@code fixtures/hostile/}, oddly named copies of it and a few good fixtures: one
 * JSON per input with the manifest's status and code, the good ones byte for byte as a run over them
 * alone, exit code 1, within a minute, and nothing written outside {@code --out}.
 */
class HostileBatchTest {
  private static final Path CORPUS = Path.of("fixtures/hostile");
  private static final List<String> GOOD = List.of("clean-001.png", "clean-002.png",
      "photocopy-001.png", "saltpepper-001.png");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_SECONDS = 60;

  @Test
  void extract_hostileCorpusWithGoodFiles_failsEachBadFileAloneAndWritesOnlyUnderOut(
      @TempDir Path root) throws IOException {
    Path in = root.resolve("in");
    Map<String, HostileCorpus.Entry> expected = inputs(in);
    Path out = root.resolve("out");
    Path alone = root.resolve("good-alone");
    Map<String, String> before = listing(root);

    long started = System.nanoTime();
    int exit = Main.run("extract", "--quiet", "--jobs", "2", "--out", out.toString(), in.toString());
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("hostile batch: %d inputs, exit %d, %.1f s%n", expected.size(), exit, seconds);

    assertEquals(1, exit);
    assertTrue(seconds < MAX_SECONDS, "took " + seconds + " s");
    assertEquals(before, listing(root), "nothing outside --out was written or changed");
    Map<String, JsonNode> results = resultsByInput(in, out);
    assertEquals(expected.keySet(), results.keySet(), "exactly one result per input");
    expected.forEach((input, entry) -> checkResult(input, entry, results.get(input)));
    assertOutputNamesSafe(out);

    assertEquals(0, Main.run("extract", "--quiet", "--jobs", "2", "--out", alone.toString(),
        in.resolve("good").toString()));
    for (String good : GOOD) {
      String json = good.substring(0, good.lastIndexOf('.')) + ".json";
      assertArrayEquals(Files.readAllBytes(alone.resolve(json)),
          Files.readAllBytes(out.resolve("good").resolve(json)), good + " read alike in both runs");
    }
  }

  /** Copies the corpus, its oddly named copies and the good fixtures into {@code in}. */
  private static Map<String, HostileCorpus.Entry> inputs(Path in) throws IOException {
    Map<String, HostileCorpus.Entry> expected = new TreeMap<>();
    Files.createDirectories(in.resolve("hostile"));
    for (HostileCorpus.Entry e : HostileCorpus.manifest(CORPUS)) {
      Files.copy(CORPUS.resolve(e.file()), in.resolve("hostile").resolve(e.file()));
      expected.put("hostile/" + e.file(), e);
    }
    HostileCorpus.oddNames(CORPUS, in).forEach(e -> expected.put(e.file(), e));
    Files.createDirectories(in.resolve("good"));
    for (String good : GOOD) {
      Files.copy(Path.of("fixtures").resolve(good), in.resolve("good").resolve(good));
      expected.put("good/" + good, new HostileCorpus.Entry(good, "ok", null, "a fixture letter"));
    }
    return expected;
  }

  /** Each input's JSON as the batch report points to it, keyed by the input's path under {@code in}. */
  private static Map<String, JsonNode> resultsByInput(Path in, Path out) throws IOException {
    JsonNode report = JSON.readTree(out.resolve(BatchReport.FILE).toFile());
    Map<String, JsonNode> results = new TreeMap<>();
    List<Path> reported = new ArrayList<>();
    for (JsonNode doc : report.get("documents")) {
      Path output = out.resolve(doc.get("output").asText());
      reported.add(output);
      String input = in.relativize(Path.of(doc.get("input").asText())).toString();
      assertFalse(results.containsKey(input), "reported twice: " + input);
      results.put(input, JSON.readTree(output.toFile()));
    }
    try (Stream<Path> files = Files.walk(out)) {
      List<Path> written = files.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals(BatchReport.FILE)).sorted().toList();
      assertEquals(reported.stream().sorted().toList(), written, "one JSON per input, nothing else");
    }
    return results;
  }

  private static void checkResult(String input, HostileCorpus.Entry entry, JsonNode result) {
    String what = input + " (" + entry.what() + ")";
    assertEquals(entry.status(), result.get("status").asText(), what + ": " + result.get("error"));
    if (entry.code() == null) {
      assertTrue(result.get("error").isNull(), what);
      return;
    }
    assertEquals(entry.code(), result.at("/error/code").asText(), what);
    String message = result.at("/error/message").asText();
    assertTrue(message.codePoints().noneMatch(Character::isISOControl), what + ": one line: " + message);
  }

  private static void assertOutputNamesSafe(Path out) throws IOException {
    try (Stream<Path> files = Files.walk(out)) {
      files.filter(p -> !p.equals(out)).forEach(p -> {
        String name = p.getFileName().toString();
        assertTrue(name.codePoints().noneMatch(Character::isISOControl), "control character in " + p);
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= OutputPaths.MAX_NAME_BYTES, name);
      });
    }
  }

  /**
   * Every path under {@code root} outside the two output folders, with its size and modification
   * time; {@code root} itself changes when they are made.
   */
  private static Map<String, String> listing(Path root) throws IOException {
    Map<String, String> listing = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(p -> !p.equals(root) && !p.startsWith(root.resolve("out"))
          && !p.startsWith(root.resolve("good-alone"))).toList()) {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        listing.put(root.relativize(p).toString(), a.size() + " " + a.lastModifiedTime());
      }
    }
    return listing;
  }
}
