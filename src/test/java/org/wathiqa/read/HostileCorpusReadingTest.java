package org.wathiqa.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wathiqa.DocumentException;
import org.wathiqa.fixtures.HostileCorpus;

/** Every file of {@code fixtures/hostile/} read page by page, without recognition: the manifest's outcome. */
class HostileCorpusReadingTest {
  static final Path CORPUS = Path.of("fixtures/hostile");

  static Stream<HostileCorpus.Entry> entries() throws IOException {
    return HostileCorpus.manifest(CORPUS).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void read_hostileFile_givesTheManifestOutcome(HostileCorpus.Entry entry) {
    String code = null;
    try (DocumentSource source = new DocumentReader().open(CORPUS.resolve(entry.file()))) {
      for (int i = 0; i < source.pageCount(); i++) {
        source.page(i);
      }
    } catch (DocumentException e) {
      code = e.code().id();
      assertTrue(e.getMessage().contains(entry.file()), "the message names the file: " + e.getMessage());
      System.out.println(entry.file() + " -> " + code + ": " + e.getMessage());
    }
    assertEquals(entry.code(), code, entry.file() + ": " + entry.what());
  }
}
