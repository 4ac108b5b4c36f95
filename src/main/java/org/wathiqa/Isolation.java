package org.wathiqa;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How {@link IsolatedWathiqa} runs its worker JVMs.
 *
 * <p>Immutable and thread-safe. Start from {@link #defaults()} and change what you need, e.g.
 * {@code Isolation.defaults().withWorkers(2).withMemory(768, 2048)}; each {@code with} method checks
 * the values and names the one it refuses.
 *
 * @param workers worker processes, each reading one document at a time
 * @param filesPerWorker documents a worker reads before it is replaced by a fresh one
 * @param heapMegabytes each worker's Java heap limit ({@code -Xmx}), in MiB
 * @param memoryMegabytes each worker's limit on resident memory (heap and native), in MiB; a worker
 *     past it is killed and its document fails with {@code out-of-memory}. Watched on Linux only.
 * @param documentTimeout longest a worker may take over one document before it is killed and the
 *     document fails with {@code timeout}
 * @param startTimeout longest a worker may take to start and load its engines
 * @param javaOptions further options for the worker JVMs, such as {@code -Dwathiqa.cache.dir=...}
 */
public record Isolation(int workers, int filesPerWorker, int heapMegabytes, int memoryMegabytes,
    Duration documentTimeout, Duration startTimeout, List<String> javaOptions) {

  public Isolation {
    requireWithin("workers", workers, 1, 256);
    requireWithin("filesPerWorker", filesPerWorker, 1, Integer.MAX_VALUE);
    requireWithin("heapMegabytes", heapMegabytes, 32, 1 << 20);
    requireWithin("memoryMegabytes", memoryMegabytes, heapMegabytes + 64L, 1 << 22);
    requirePositive("documentTimeout", documentTimeout);
    requirePositive("startTimeout", startTimeout);
    javaOptions = List.copyOf(javaOptions);
  }

  /**
   * One worker per core, each replaced after 200 documents, 1024 MiB heap, 3072 MiB resident memory,
   * 15 minutes per document, 2 minutes to start.
   */
  public static Isolation defaults() {
    return new Isolation(Runtime.getRuntime().availableProcessors(), 200, 1024, 3072,
        Duration.ofMinutes(15), Duration.ofMinutes(2), List.of());
  }

  /** These settings with {@code n} worker processes, 1 to 256. */
  public Isolation withWorkers(int n) {
    return new Isolation(n, filesPerWorker, heapMegabytes, memoryMegabytes, documentTimeout, startTimeout, javaOptions);
  }

  /** These settings with {@code n} documents per worker before it is replaced. */
  public Isolation withFilesPerWorker(int n) {
    return new Isolation(workers, n, heapMegabytes, memoryMegabytes, documentTimeout, startTimeout, javaOptions);
  }

  /**
   * These settings with a Java heap of {@code heap} MiB (at least 32) and a resident memory limit of
   * {@code resident} MiB (at least the heap plus 64) per worker.
   */
  public Isolation withMemory(int heap, int resident) {
    return new Isolation(workers, filesPerWorker, heap, resident, documentTimeout, startTimeout, javaOptions);
  }

  /** These settings with the longest time over one document, and for a worker to start. */
  public Isolation withTimeouts(Duration document, Duration start) {
    return new Isolation(workers, filesPerWorker, heapMegabytes, memoryMegabytes, document, start, javaOptions);
  }

  /** These settings with further JVM options for the workers. */
  public Isolation withJavaOptions(List<String> options) {
    return new Isolation(workers, filesPerWorker, heapMegabytes, memoryMegabytes, documentTimeout, startTimeout,
        Objects.requireNonNull(options, "options"));
  }

  private static void requireWithin(String name, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " must be within [" + min + ", " + max + "], got " + value);
    }
  }

  private static void requirePositive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be a positive duration, got " + value);
    }
  }
}
