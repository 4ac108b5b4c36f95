package org.wathiqa.isolate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wathiqa.DocumentResult;
import org.wathiqa.Isolation;
import org.wathiqa.Status;

class WorkerPoolChaosTest {
  /** Kinds of misbehaviour and how many of the 50 files show each; the rest are ok. */
  private static final Map<String, Integer> CHAOS = new LinkedHashMap<>(Map.of(
      "segfault", 2, "halt", 2, "exit", 2, "hang", 2, "heap", 2, "native", 2));
  private static final Map<String, String> EXPECTED_CODE = Map.of("segfault", "crash", "halt", "crash",
      "exit", "crash", "hang", "timeout", "heap", "out-of-memory", "native", "out-of-memory");
  /** What each kind's message says about how the worker ended. */
  private static final Map<String, String> EXPECTED_MESSAGE = Map.of("segfault", "fatal SIGSEGV in native code",
      "halt", "exit status 70", "exit", "exit status 0", "hang", "after 8 s", "heap", "Java heap (32 MiB)",
      "native", "over its limit of 128 MiB");

  /** Where the crashing test workers' JVM error reports go, instead of the temporary directory. */
  @TempDir
  static Path crashReports;

  static Isolation chaosLimits(int workers, int filesPerWorker) {
    return chaosLimits(workers, filesPerWorker, crashReports);
  }

  static Isolation chaosLimits(int workers, int filesPerWorker, Path crashReports) {
    return Isolation.defaults().withWorkers(workers).withFilesPerWorker(filesPerWorker).withMemory(32, 128)
        .withTimeouts(Duration.ofSeconds(8), Duration.ofSeconds(60))
        .withJavaOptions(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-XX:ErrorFile=" + crashReports.resolve("hs_err_%p.log")));
  }

  static WorkerPool chaosPool(Isolation isolation, List<String> stderr) throws Exception {
    WorkerLauncher launcher = new WorkerLauncher(isolation, System.getProperty("java.class.path"),
        ChaosWorker.class.getName(), stderr::add);
    return WorkerPool.start(launcher, Map.of());
  }

  private static List<Path> fiftyFiles() {
    List<Path> files = new ArrayList<>();
    CHAOS.forEach((kind, n) -> {
      for (int i = 0; i < n; i++) {
        files.add(Path.of(kind + "-" + i + ".png"));
      }
    });
    for (int i = files.size(); i < 50; i++) {
      files.add(Path.of("good-" + i + ".png"));
    }
    Collections.shuffle(files, new java.util.Random(7));
    return files;
  }

  @Test
  void chaosBatch_fiftyFiles_oneResultEachWithTheExactCountOfEveryFailureAndThePoolStillServes() throws Exception {
    List<String> stderr = Collections.synchronizedList(new ArrayList<>());
    List<Path> files = fiftyFiles();
    ExecutorService callers = Executors.newFixedThreadPool(4);
    try (WorkerPool pool = chaosPool(chaosLimits(2, 25), stderr)) {
      List<Future<DocumentResult>> futures = new ArrayList<>();
      for (Path f : files) {
        futures.add(callers.submit(() -> pool.extract(f)));
      }
      Map<String, Integer> counts = new TreeMap<>();
      for (int i = 0; i < files.size(); i++) {
        DocumentResult r = futures.get(i).get();
        String kind = files.get(i).getFileName().toString().replaceAll("-.*", "");
        assertEquals(files.get(i).getFileName().toString(), r.source());
        String code = r.status() == Status.OK ? "ok" : r.error().code().id();
        assertEquals(EXPECTED_CODE.getOrDefault(kind, "ok"), code, r.source() + ": " + r.error());
        if (r.error() != null) {
          String message = r.error().message();
          assertTrue(message.contains(r.source()) && message.contains(EXPECTED_MESSAGE.get(kind)), message);
        }
        counts.merge(code, 1, Integer::sum);
      }
      assertEquals(Map.of("ok", 38, "crash", 6, "timeout", 2, "out-of-memory", 4), counts);

      assertEquals(Status.OK, pool.extract(Path.of("after-chaos.png")).status(), "the pool still serves");
      assertEquals(2, pool.workerPids().size());
      assertTrue(pool.workersStarted() >= 2 + 12, "every failed worker was replaced: " + pool.workersStarted());
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void extract_everyNthFile_replacesTheWorker() throws Exception {
    try (WorkerPool pool = chaosPool(chaosLimits(1, 3), new ArrayList<>())) {
      List<String> pids = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        pids.add(pool.extract(Path.of("good-" + i + ".png")).pages().get(0).text());
      }
      assertEquals(3, new java.util.HashSet<>(pids).size(), "three workers for seven files: " + pids);
      assertEquals(pids.get(0), pids.get(2));
      assertEquals(pids.get(3), pids.get(5));
      assertEquals(3, pool.workersStarted());
    }
  }

  @Test
  void close_twice_isSafeAndLaterUseIsRefused() throws Exception {
    WorkerPool pool = chaosPool(chaosLimits(2, 10), new ArrayList<>());
    List<Long> pids = pool.workerPids();
    pool.close();
    pool.close();
    for (long pid : pids) {
      assertTrue(ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true), "worker " + pid + " stopped");
    }
    assertThrows(IllegalStateException.class, () -> pool.extract(Path.of("good-1.png")));
  }
}
