package org.wathiqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputSelectionTest {
  @TempDir
  Path dir;
  Path in;

  @BeforeEach
  void tree() throws IOException {
    in = dir.resolve("in");
    for (String f : List.of("a.png", "b.PDF", "notes.txt", "scan001", "2019/c.tif", "2019/drafts/d.pdf",
        "2020/e.jpg", "2020/old/f.pdf")) {
      Path p = in.resolve(f);
      Files.createDirectories(p.getParent());
      Files.write(p, new byte[] {1});
    }
  }

  private List<String> selected(InputFilter filter) throws IOException {
    return Inputs.collect(List.of(in), filter).stream().map(i -> in.relativize(i.file()).toString()).toList();
  }

  @Test
  void collect_byDefault_walksSubFoldersAndReadsDocumentExtensionsInNameOrder() throws IOException {
    assertEquals(List.of("2019/c.tif", "2019/drafts/d.pdf", "2020/e.jpg", "2020/old/f.pdf", "a.png", "b.PDF"),
        selected(InputFilter.DEFAULT));
  }

  @Test
  void collect_notRecursive_readsOnlyTheDirectorysOwnFiles() throws IOException {
    assertEquals(List.of("a.png", "b.PDF"), selected(new InputFilter(List.of(), List.of(), false)));
  }

  @Test
  void collect_includeOnName_matchesFilesInEveryFolderAndReplacesTheExtensionRule() throws IOException {
    assertEquals(List.of("2019/drafts/d.pdf", "2020/old/f.pdf"),
        selected(new InputFilter(List.of("*.pdf"), List.of(), true)));
    assertEquals(List.of("scan001"), selected(new InputFilter(List.of("scan*"), List.of(), true)));
  }

  @Test
  void collect_repeatedIncludes_readFilesMatchingAny() throws IOException {
    assertEquals(List.of("2019/c.tif", "2020/e.jpg"),
        selected(new InputFilter(List.of("*.tif", "2020/*.jpg"), List.of(), true)));
  }

  @Test
  void collect_excludeFolderName_skipsTheWholeSubtree() throws IOException {
    assertEquals(List.of("2019/c.tif", "2020/e.jpg", "a.png", "b.PDF"),
        selected(new InputFilter(List.of(), List.of("drafts", "old"), true)));
  }

  @Test
  void collect_excludePathGlob_skipsMatchingFilesBelowTheDirectory() throws IOException {
    assertEquals(List.of("2019/c.tif", "2019/drafts/d.pdf", "a.png", "b.PDF"),
        selected(new InputFilter(List.of(), List.of("2020/**"), true)));
  }

  @Test
  void collect_excludeWinsOverInclude() throws IOException {
    assertEquals(List.of("2019/drafts/d.pdf"),
        selected(new InputFilter(List.of("*.pdf"), List.of("f.*"), true)));
  }

  @Test
  void collect_fileNamedDirectly_isReadWhateverTheGlobs() throws IOException {
    List<Inputs.Input> got = Inputs.collect(List.of(in.resolve("notes.txt")),
        new InputFilter(List.of("*.pdf"), List.of("*.txt"), true));
    assertEquals(1, got.size());
  }

  @Test
  void inputFilter_invalidGlob_isRefusedWithTheGlobNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new InputFilter(List.of("[a-"), List.of(), true));
    assertEquals(true, e.getMessage().contains("[a-"), e.getMessage());
  }

  @Test
  void extract_noRecursiveAndGlobsOnTheCommandLine_selectTheSameFiles() throws IOException {
    Path out = dir.resolve("out");
    int code = Main.run("extract", "--quiet", "--no-recursive", "--include", "*.png", "--include", "*.txt",
        "--exclude", "notes.*", "--out", out.toString(), in.toString());
    assertEquals(1, code, "a.png is not a real PNG: read and failed");
    try (var files = Files.list(out)) {
      assertEquals(List.of("_report.json", "a.json"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void extract_recursiveNamedExplicitly_walksSubFolders() throws IOException {
    Path out = dir.resolve("out");
    Main.run("extract", "--quiet", "--recursive", "--include", "*.tif", "--out", out.toString(), in.toString());
    assertEquals(true, Files.exists(out.resolve("2019/c.json")));
  }

  @Test
  void extract_badGlob_isAUsageError() {
    assertEquals(2, Main.run("extract", "--include", "[a-", "--out", dir.resolve("out").toString(), in.toString()));
  }
}
