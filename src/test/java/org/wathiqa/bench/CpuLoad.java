package org.wathiqa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How busy the machine was with other people's work while something ran: all CPU time from
 * {@code /proc/stat} minus this JVM's and its children's, in cores. Linux only; not thread-safe.
 */
final class CpuLoad {
  private static final double TICKS = 100.0;
  private final long startedNanos = System.nanoTime();
  private final long machineStart = machineTicks();
  private final long ownStart = ownTicks();

  /** CPU seconds this JVM (and its waited-for children) used since construction. */
  double ownSeconds() {
    return (ownTicks() - ownStart) / TICKS;
  }

  /** Cores used by other processes since construction, on average; NaN where /proc is missing. */
  double otherCores() {
    double seconds = (System.nanoTime() - startedNanos) / 1e9;
    long machine = machineTicks() - machineStart;
    long own = ownTicks() - ownStart;
    return machineStart < 0 ? Double.NaN : Math.max(0, (machine - own) / TICKS / seconds);
  }

  private static long machineTicks() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      return Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
          + Long.parseLong(f[7]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** user + system time of this process and of its waited-for children. */
  private static long ownTicks() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
