package org.wathiqa.isolate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class ParentDeathTest {

  @Test
  @EnabledOnOs(OS.LINUX)
  void parentKilled_workersIdleOrBusyExitWithinSeconds() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process host = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), PoolHost.class.getName())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    List<Long> workers;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(host.getInputStream(), StandardCharsets.UTF_8))) {
      workers = Arrays.stream(out.readLine().trim().split(" ")).map(Long::parseLong).toList();
    }
    assertEquals(2, workers.size());
    Thread.sleep(500);
    assertTrue(workers.stream().allMatch(pid -> ProcessHandle.of(pid).isPresent()), "workers running before the kill");

    host.destroyForcibly();
    assertTrue(host.waitFor(10, TimeUnit.SECONDS));
    long killed = System.nanoTime();
    for (long pid : workers) {
      Optional<ProcessHandle> worker = ProcessHandle.of(pid);
      if (worker.isPresent()) {
        worker.get().onExit().get(10, TimeUnit.SECONDS);
      }
    }
    System.out.printf("workers of a SIGKILLed parent gone %.0f ms after it%n", (System.nanoTime() - killed) / 1e6);
  }
}
