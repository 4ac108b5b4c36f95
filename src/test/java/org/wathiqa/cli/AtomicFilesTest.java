package org.wathiqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @Test
  void removeLeftovers_deletesOnlyTemporaryJsonOfKilledWrites(@TempDir Path dir) throws IOException {
    for (String name : List.of("a.json", "sub/.a.json8812345.tmp", ".b.json-42.tmp", "notes.tmp", ".hidden",
        "sub/.c.png.tmp")) {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "x");
    }
    AtomicFiles.removeLeftovers(dir);
    try (Stream<Path> files = Files.walk(dir)) {
      assertEquals(List.of(".hidden", "a.json", "notes.tmp", "sub/.c.png.tmp"), files.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString()).sorted().toList());
    }
  }

  @Test
  void write_replacesTheTargetAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("out/a.json");
    AtomicFiles.write(target, "old".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    AtomicFiles.write(target, "new".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals("new", Files.readString(target));
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertEquals(1, files.count());
    }
  }
}
