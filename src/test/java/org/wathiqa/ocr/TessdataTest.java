package org.wathiqa.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wathiqa.EnvironmentException;

class TessdataTest {

  @Test
  void locate_directoryWithoutTheModel_namesDirectoryModelsAndRequirement(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("eng.traineddata"), "x");
    Files.writeString(dir.resolve("osd.traineddata"), "x");
    EnvironmentException e = assertThrows(EnvironmentException.class, () -> Tessdata.locate(dir, "ara"));
    assertTrue(e.getMessage().contains(dir.toAbsolutePath().toString()), e.getMessage());
    assertTrue(e.getMessage().contains("[eng, osd]"), e.getMessage());
    assertTrue(e.getMessage().contains("required: [ara]"), e.getMessage());
  }

  @Test
  void locate_missingDirectory_saysSo(@TempDir Path dir) {
    EnvironmentException e = assertThrows(EnvironmentException.class,
        () -> Tessdata.locate(dir.resolve("nowhere"), "ara"));
    assertTrue(e.getMessage().contains("no such directory"), e.getMessage());
  }

  @Test
  void locate_bundled_extractsTheModelIntoTheCache() throws Exception {
    Path dir = Tessdata.locate(null, "ara");
    assertTrue(Files.size(dir.resolve("ara.traineddata")) > 1_000_000);
    assertEquals(dir, Tessdata.locate(null, "ara"), "second call reuses the cache entry");
  }

  @Test
  void locate_bundledLanguageNotShipped_namesTheResource() {
    EnvironmentException e = assertThrows(EnvironmentException.class, () -> Tessdata.locate(null, "fas"));
    assertTrue(e.getMessage().contains("org/wathiqa/tessdata/fas.traineddata"), e.getMessage());
  }
}
