package org.wathiqa.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.wathiqa.DocumentException;
import org.wathiqa.ErrorCode;
import org.wathiqa.fixtures.HostileCorpus;

/**
 * Each decompression bomb of {@code fixtures/hostile/} is refused quickly and cheaply: a median
 * under {@value #MAX_MILLIS} ms over {@value #RUNS} runs (after one warm-up, so class loading is not
 * counted), and under {@value #MAX_MEGABYTES} MB allocated on the heap by the refusing thread and
 * of growth in the process's peak resident memory, where Linux lets it be reset.
 */
class BombRefusalTest {
  static final long MAX_MILLIS = 100;
  static final long MAX_MEGABYTES = 64;
  static final int RUNS = 7;
  private static final Path STATUS = Path.of("/proc/self/status");
  private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

  private final DocumentReader reader = new DocumentReader();

  /**
   * What one refusal cost: wall and CPU time of this thread, bytes it allocated, peak RSS growth
   * (-1: unknown).
   */
  record Cost(long nanos, long cpuNanos, long allocated, long rssGrowth) {}

  @Test
  void bombs_areRefusedUnder100msAnd64MB() throws IOException {
    List<HostileCorpus.Entry> bombs = HostileCorpus.manifest(HostileCorpusReadingTest.CORPUS)
        .stream().filter(e -> e.file().startsWith("bomb")).toList();
    assertTrue(bombs.size() >= 6, "bombs in the corpus: " + bombs.size());
    for (HostileCorpus.Entry bomb : bombs) {
      Path file = HostileCorpusReadingTest.CORPUS.resolve(bomb.file());
      refuse(file);
      Cost[] costs = new Cost[RUNS];
      for (int i = 0; i < RUNS; i++) {
        costs[i] = measure(file);
      }
      check(bomb.file(), costs);
    }
  }

  private void check(String file, Cost[] costs) {
    long medianNanos = median(Arrays.stream(costs).mapToLong(Cost::nanos).toArray());
    long medianCpu = median(Arrays.stream(costs).mapToLong(Cost::cpuNanos).toArray());
    long maxAllocated = Arrays.stream(costs).mapToLong(Cost::allocated).max().orElseThrow();
    long maxRss = Arrays.stream(costs).mapToLong(Cost::rssGrowth).max().orElseThrow();
    System.out.printf(Locale.ROOT, "bomb %-22s median %6.2f ms (cpu %6.2f ms)  max allocated %7.2f MB"
        + "  max peak-RSS growth %s%n", file, medianNanos / 1e6, medianCpu / 1e6, maxAllocated / 1e6,
        maxRss < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f MB", maxRss / 1e6));
    assertTrue(medianNanos < MAX_MILLIS * 1_000_000, file + ": median " + medianNanos / 1e6 + " ms");
    assertTrue(maxAllocated < MAX_MEGABYTES << 20, file + ": allocated " + maxAllocated + " bytes");
    assertTrue(maxRss < MAX_MEGABYTES << 20, file + ": peak RSS grew by " + maxRss + " bytes");
  }

  private Cost measure(Path file) throws IOException {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    boolean rss = resetPeakRss();
    OptionalLong rssBefore = rss ? statusKb("VmRSS") : OptionalLong.empty();
    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    long cpuBefore = threads.getCurrentThreadCpuTime();
    long started = System.nanoTime();
    refuse(file);
    long nanos = System.nanoTime() - started;
    long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
    long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
    OptionalLong peak = rss ? statusKb("VmHWM") : OptionalLong.empty();
    long growth = peak.isPresent() && rssBefore.isPresent()
        ? (peak.getAsLong() - rssBefore.getAsLong()) * 1024 : -1;
    return new Cost(nanos, cpu, allocated, growth);
  }

  /** Opens the file and reads its first page: the bomb must be refused as too large. */
  private void refuse(Path file) {
    DocumentException refused = null;
    try (DocumentSource source = reader.open(file)) {
      source.page(0);
    } catch (DocumentException e) {
      refused = e;
    }
    assertFalse(refused == null, file + " was read");
    assertEquals(ErrorCode.TOO_LARGE, refused.code(), refused.getMessage());
  }

  /** Resets the kernel's peak-RSS mark for this process (Linux 4.0+); false where that is not possible. */
  private static boolean resetPeakRss() {
    try {
      Files.writeString(CLEAR_REFS, "5", StandardCharsets.US_ASCII);
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  private static OptionalLong statusKb(String key) throws IOException {
    for (String line : Files.readAllLines(STATUS, StandardCharsets.US_ASCII)) {
      if (line.startsWith(key + ":")) {
        return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
      }
    }
    return OptionalLong.empty();
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
