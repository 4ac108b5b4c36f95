package org.wathiqa.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.NativeLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.wathiqa.prepare.OpenCv;

class OpenMpTest {
  private static final Path MAPS = Path.of("/proc/self/maps");

  @Test
  void bundledTesseract_runsWithoutOpenMp_andTheLimitReachesOpenMpLoadedLater() throws Exception {
    assumeTrue(Files.isReadable(MAPS), "needs Linux /proc");
    OpenCv.load();
    Path dir = TesseractLibrary.load(NativeLibrarySource.BUNDLED);
    new TesseractEngine(new TesseractSettings(NativeLibrarySource.BUNDLED, null, "ara", PageSegmentation.SINGLE_BLOCK,
        1000)).close();
    assertFalse(Files.readString(MAPS).contains("libgomp"),
        "the bundled libtesseract now loads OpenMP: one engine per core would oversubscribe; see OpenMp");

    String preset = OpenMp.threadLimit();
    OpenMp.limitToOneThread();
    assertEquals(preset == null ? "1" : preset, OpenMp.threadLimit(), "a limit the user set is kept");
    int limit = NativeLibrary.getInstance(dir.resolve("libgomp.so.1").toString())
        .getFunction("omp_get_thread_limit").invokeInt(new Object[0]);
    assertEquals(preset == null ? 1 : Integer.parseInt(preset), limit, "OpenMP, loaded after, obeys the limit");
  }

}
