package org.wathiqa.isolate;

import java.util.Map;

/** Words for a worker's exit status. Stateless. */
final class ExitStatus {
  private static final Map<Integer, String> SIGNALS = Map.of(4, "SIGILL", 6, "SIGABRT", 7, "SIGBUS", 8, "SIGFPE",
      9, "SIGKILL", 11, "SIGSEGV", 15, "SIGTERM");

  private ExitStatus() {}

  /** {@code 134} → "killed by signal 6 (SIGABRT)"; {@code 1} → "exit status 1"; null → "still running". */
  static String describe(Integer status) {
    if (status == null) {
      return "still running";
    }
    if (status > 128 && status < 160) {
      int signal = status - 128;
      return "killed by signal " + signal + " (" + SIGNALS.getOrDefault(signal, "SIG" + signal) + ")";
    }
    return "exit status " + status;
  }
}
