package org.wathiqa.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's worker JVMs against its in-process mode, on real fixtures. */
class IsolatedExtractTest {
  private static final List<String> FIXTURES = List.of("clean-001.png", "tiff-g4-001.tif", "pdf-text-001.pdf");

  @Test
  void extract_inWorkers_writesByteForByteTheJsonOfAnInProcessRun(@TempDir Path dir) throws IOException {
    List<String> inputs = FIXTURES.stream().map(f -> Path.of("fixtures", f).toString()).toList();
    Path isolated = dir.resolve("isolated");
    Path inProcess = dir.resolve("in-process");

    assertEquals(0, Main.run(args("--out", isolated.toString(), "--jobs", "2", inputs)));
    assertEquals(0, Main.run(args("--out", inProcess.toString(), "--jobs", "2", "--in-process", inputs)));

    for (String f : FIXTURES) {
      Path json = Inputs.jsonName(Path.of(f));
      assertArrayEquals(Files.readAllBytes(inProcess.resolve(json)), Files.readAllBytes(isolated.resolve(json)), f);
    }
  }

  private static String[] args(Object... parts) {
    java.util.List<String> all = new java.util.ArrayList<>(List.of("extract", "--quiet"));
    for (Object p : parts) {
      if (p instanceof List<?> list) {
        list.forEach(x -> all.add(x.toString()));
      } else {
        all.add(p.toString());
      }
    }
    return all.toArray(String[]::new);
  }
}
