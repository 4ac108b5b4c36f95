package org.wathiqa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wathiqa.isolate.WorkerSettings;
import org.wathiqa.ocr.PageSegmentation;
import org.wathiqa.read.ReaderOptions;

class IsolatedWathiqaTest {

  @Test
  void portableSettings_readBackByAWorker_giveTheSameOptions() {
    Wathiqa.Builder builder = Wathiqa.builder().threads(3).tessdata(Path.of("models")).language("ara")
        .deskew(false).rescale(false).separateInk(false).stamps(false).stampOutlines(true)
        .pageTimeout(Duration.ofSeconds(7)).pageSegmentation(PageSegmentation.SINGLE_COLUMN)
        .reader(ReaderOptions.builder().renderDpi(200).maxPages(9).useTextLayer(false).build());
    Map<String, String> sent = builder.portable();

    assertEquals(sent, WorkerSettings.toBuilder(sent).portable());
    assertEquals("200", sent.get("reader.renderDpi"));
    assertEquals("9", sent.get("reader.maxPages"));
    assertEquals("SINGLE_COLUMN", sent.get("pageSegmentation"));
  }

  @Test
  void workerSettings_unknownKey_isRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WorkerSettings.toBuilder(Map.of("thredas", "2")));
    assertTrue(e.getMessage().contains("thredas"), e.getMessage());
  }

  @Test
  void buildIsolated_withAFixedClockOrCustomEngine_isRefused() {
    Clock fixed = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
    Isolation one = Isolation.defaults().withWorkers(1);
    assertThrows(IllegalStateException.class, () -> Wathiqa.builder().clock(fixed).buildIsolated(one));
    assertThrows(IllegalStateException.class, () -> Wathiqa.builder().ocrEngine(() -> null).buildIsolated(one));
  }

  @Test
  void isolation_memoryBelowHeap_isRefusedWithBothValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Isolation.defaults().withMemory(512, 256));
    assertTrue(e.getMessage().contains("memoryMegabytes") && e.getMessage().contains("256"), e.getMessage());
  }

  @Test
  void buildIsolated_modelMissing_throwsTheWorkersEnvironmentMessage(@TempDir Path dir) throws Exception {
    Path empty = Files.createDirectories(dir.resolve("tessdata"));
    Isolation one = Isolation.defaults().withWorkers(1);
    EnvironmentException e = assertThrows(EnvironmentException.class,
        () -> Wathiqa.builder().threads(1).tessdata(empty).buildIsolated(one));
    assertTrue(e.getMessage().contains(empty.toString()), e.getMessage());
  }
}
