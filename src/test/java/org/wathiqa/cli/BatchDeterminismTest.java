package org.wathiqa.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wathiqa.fixtures.Batches;

/**
 * A batch's output files do not depend on {@code --jobs}, and a run killed with SIGKILL and started
 * again ends with the same files as an uninterrupted run. {@code _report.json} describes the run
 * (which inputs were skipped, how long each took), so it is compared without those two entries.
 */
class BatchDeterminismTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int DOCUMENTS = 10;
  private static final Duration RUN_LIMIT = Duration.ofMinutes(3);

  @TempDir
  static Path dir;
  static Path in;

  @BeforeAll
  static void batch() throws IOException {
    in = dir.resolve("in");
    Batches.strips(Path.of("fixtures"), in, DOCUMENTS);
  }

  @Test
  void extract_oneJobOrTwo_writesByteIdenticalFiles() throws IOException {
    Path one = dir.resolve("jobs1");
    Path two = dir.resolve("jobs2");
    assertEquals(0, Main.run("extract", "--quiet", "--jobs", "1", "--out", one.toString(), in.toString()));
    assertEquals(0, Main.run("extract", "--quiet", "--jobs", "2", "--out", two.toString(), in.toString()));
    assertSameTree(one, two);
  }

  @Test
  void extract_killedThreeTimesAndResumed_endsWithTheFilesOfAnUninterruptedRun() throws Exception {
    Path clean = dir.resolve("clean");
    assertEquals(0, child(clean).waitFor(), "uninterrupted run");
    long seed = new Random().nextLong();
    Random rnd = new Random(seed);
    Path resumed = dir.resolve("resumed");
    for (int kill = 1; kill <= 3; kill++) {
      int before = jsonCount(resumed);
      Process p = child(resumed);
      awaitOutputs(p, resumed, Math.min(before + rnd.nextInt(3), DOCUMENTS - 4));
      Thread.sleep(rnd.nextInt(250));
      assertTrue(p.isAlive(), "kill " + kill + " (seed " + seed + ") came after the run had ended");
      p.destroyForcibly().waitFor();
      assertTrue(jsonCount(resumed) < DOCUMENTS, "kill " + kill + " left work to resume (seed " + seed + ")");
    }
    assertEquals(0, child(resumed).waitFor(), "resumed run");
    assertSameTree(clean, resumed);
  }

  /** Starts the command line in a JVM of its own over the batch, writing to {@code out}. */
  private static Process child(Path out) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Files.createDirectories(dir.resolve("logs"));
    return new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        "org.wathiqa.cli.Main", "extract", "--quiet", "--jobs", "2", "--out", out.toString(), in.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("logs/" + out.getFileName() + ".log").toFile())
        .start();
  }

  private static void awaitOutputs(Process p, Path out, int count) throws Exception {
    long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
    while (p.isAlive() && jsonCount(out) < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  /** Complete JSON files under {@code out}; files may come and go while it counts. */
  private static int jsonCount(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(out)) {
      return (int) s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.startsWith("."))
          .count();
    } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException vanished) {
      return jsonCount(out);
    }
  }

  private static void assertSameTree(Path expected, Path actual) throws IOException {
    Map<String, byte[]> want = tree(expected);
    Map<String, byte[]> got = tree(actual);
    assertEquals(want.keySet(), got.keySet(), "same files, no temporary ones left");
    assertEquals(DOCUMENTS + 1, want.size(), "one JSON per document and the report");
    for (String name : want.keySet()) {
      assertArrayEquals(want.get(name), got.get(name), name + " differs");
    }
  }

  /** Every file under {@code root} by relative path; the report without its per-run entries. */
  private static Map<String, byte[]> tree(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    List<Path> paths;
    try (Stream<Path> s = Files.walk(root)) {
      paths = new ArrayList<>(s.filter(Files::isRegularFile).toList());
    }
    for (Path p : paths) {
      String name = root.relativize(p).toString();
      files.put(name, name.equals(BatchReport.FILE) ? withoutRunEntries(p) : Files.readAllBytes(p));
    }
    return files;
  }

  private static byte[] withoutRunEntries(Path report) throws IOException {
    JsonNode n = JSON.readTree(report.toFile());
    for (JsonNode doc : n.get("documents")) {
      ((ObjectNode) doc).remove(List.of("seconds", "skipped"));
    }
    return JSON.writeValueAsBytes(n);
  }
}
