package org.wathiqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputPathsTest {

  private static void assertSafe(Path json) {
    for (Path part : json) {
      String name = part.toString();
      assertTrue(name.codePoints().noneMatch(Character::isISOControl), "control character: " + json);
      assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= OutputPaths.MAX_NAME_BYTES, name);
      assertTrue(!name.equals("..") && !name.equals("."), json.toString());
    }
    assertTrue(!json.isAbsolute(), json.toString());
  }

  @Test
  void json_ordinaryNames_areKeptAsTheyAre() {
    assertEquals(Path.of("a/b/letter.json"), OutputPaths.json(Path.of("a/b/letter.pdf")));
    assertEquals(Path.of("رسالة ١.json"), OutputPaths.json(Path.of("رسالة ١.png")));
    assertEquals(Path.of("a.png.json"), OutputPaths.jsonKeepingExtension(Path.of("a.png")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"line\nbreak.png", "tab\tname.tif", "esc\u001b[31m.jpg", "cr\r.pdf",
      "sep\u2028.png", "rtl\u202egnp.pdf", "back\\slash.png", "_report.png"})
  void json_hostileName_isCleanedAndHashed(String name) {
    Path json = OutputPaths.json(Path.of(name));
    assertSafe(json);
    assertEquals(1, json.getNameCount());
    assertTrue(json.toString().matches(".*~[0-9a-f]{8}\\.json"), json.toString());
  }

  @Test
  void safe_dotNames_neverStayDots() {
    assertEquals("..json", OutputPaths.json(Path.of("..pdf")).toString());
    assertTrue(OutputPaths.safe("..", "").matches("\\.\\.~[0-9a-f]{8}"));
    assertTrue(OutputPaths.safe(".", "").matches("\\.~[0-9a-f]{8}"));
    assertTrue(OutputPaths.safe("", ".json").matches("~[0-9a-f]{8}\\.json"));
  }

  @Test
  void json_namesCleanedAlike_stayApart() {
    assertNotEquals(OutputPaths.json(Path.of("a\n.png")), OutputPaths.json(Path.of("a\t.png")));
    assertNotEquals(Path.of("_report.json"), OutputPaths.json(Path.of("_report.png")));
  }

  @Test
  void json_nameOver255Bytes_isShortenedBetweenCharacters() {
    String arabic = "\u0648".repeat(127);
    Path json = OutputPaths.json(Path.of(arabic + ".png"));
    assertSafe(json);
    assertTrue(json.toString().startsWith("\u0648".repeat(80)), json.toString());
    assertNotEquals(json, OutputPaths.json(Path.of(arabic.substring(1) + "\u0647.png")));
  }

  @Test
  void json_absoluteOrDottedPath_staysRelative() {
    assertEquals(Path.of("etc/passwd.json"), OutputPaths.json(Path.of("/etc/passwd")));
    Path json = OutputPaths.json(Path.of("../../x.png"));
    assertSafe(json);
    assertEquals(3, json.getNameCount());
  }

  @Test
  void within_relativeOutput_resolvesInsideOut(@TempDir Path out) throws IOException {
    assertEquals(out.resolve("a/b.json").toAbsolutePath(), OutputPaths.within(out, Path.of("a/b.json")));
  }

  @Test
  void within_escapingPaths_areRefused(@TempDir Path out) {
    for (Path bad : List.of(Path.of("../x.json"), Path.of("a/../../x.json"), Path.of("/tmp/x.json"),
        Path.of(""), Path.of("."))) {
      IOException e = assertThrows(IOException.class, () -> OutputPaths.within(out, bad), bad.toString());
      assertTrue(e.getMessage().contains("not inside"), e.getMessage());
    }
  }

  @Test
  void within_symbolicLinkOnTheWay_isRefused(@TempDir Path root) throws IOException {
    Path out = Files.createDirectories(root.resolve("out"));
    Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
    Files.createSymbolicLink(out.resolve("sub"), elsewhere);
    Files.createSymbolicLink(out.resolve("file.json"), elsewhere.resolve("file.json"));

    IOException dir = assertThrows(IOException.class, () -> OutputPaths.within(out, Path.of("sub/a.json")));
    assertTrue(dir.getMessage().contains("symbolic link"), dir.getMessage());
    assertThrows(IOException.class, () -> OutputPaths.within(out, Path.of("file.json")));
  }

  @Test
  void within_messageWithControlCharacters_staysOneLine(@TempDir Path out) {
    IOException e = assertThrows(IOException.class, () -> OutputPaths.within(out, Path.of("../a\nb.json")));
    assertTrue(e.getMessage().codePoints().noneMatch(Character::isISOControl), e.getMessage());
  }
}
