package org.wathiqa.isolate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's resident memory, read from {@code /proc/PID/status} (Linux). Stateless. */
final class ResidentMemory {
  private ResidentMemory() {}

  /** Resident memory of process {@code pid} in MiB, or -1 where it cannot be read. */
  static long megabytes(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.UTF_8)) {
        if (line.startsWith("VmRSS:")) {
          return kilobytes(line) / 1024;
        }
      }
    } catch (IOException | RuntimeException gone) {
      // not Linux, or the process has just ended
    }
    return -1;
  }

  /** {@code "VmRSS:   123456 kB"} → 123456. */
  static long kilobytes(String line) {
    String digits = line.substring(line.indexOf(':') + 1).replace("kB", "").trim();
    return Long.parseLong(digits);
  }
}
