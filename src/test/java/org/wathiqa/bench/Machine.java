package org.wathiqa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One line about where and when a benchmark ran. Stateless. */
final class Machine {
  private Machine() {}

  static String describe() {
    return Throughput.format("Run %s on %d cores, load average at start %s; Java %s; OMP_THREAD_LIMIT=%s.%n",
        Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(), loadAverage(),
        System.getProperty("java.version"), System.getenv().getOrDefault("OMP_THREAD_LIMIT", "(unset)"));
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
