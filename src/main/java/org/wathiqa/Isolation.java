package org.wathiqa;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How {@link IsolatedWathiqa} runs its worker JVMs.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}, e.g.
 * {@code Isolation.builder().workers(2).heapMegabytes(768).build()}.
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
    requireWithin("heapMegabytes", heapMegabytes, 64, 1 << 20);
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

  /** A builder starting from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder(defaults());
  }

  /** A builder starting from these settings. */
  public Builder toBuilder() {
    return new Builder(this);
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

  /** Builds an {@link Isolation}; {@link #build()} checks the values. Not thread-safe. */
  public static final class Builder {
    private int workers;
    private int filesPerWorker;
    private int heapMegabytes;
    private int memoryMegabytes;
    private Duration documentTimeout;
    private Duration startTimeout;
    private List<String> javaOptions;

    private Builder(Isolation from) {
      workers = from.workers;
      filesPerWorker = from.filesPerWorker;
      heapMegabytes = from.heapMegabytes;
      memoryMegabytes = from.memoryMegabytes;
      documentTimeout = from.documentTimeout;
      startTimeout = from.startTimeout;
      javaOptions = from.javaOptions;
    }

    /** Worker processes, 1 to 256. */
    public Builder workers(int n) {
      workers = n;
      return this;
    }

    /** Documents a worker reads before it is replaced. */
    public Builder filesPerWorker(int n) {
      filesPerWorker = n;
      return this;
    }

    /** Java heap per worker, in MiB (at least 64). */
    public Builder heapMegabytes(int mib) {
      heapMegabytes = mib;
      return this;
    }

    /** Resident memory per worker, in MiB; at least the heap plus 64. */
    public Builder memoryMegabytes(int mib) {
      memoryMegabytes = mib;
      return this;
    }

    /** Longest time over one document. */
    public Builder documentTimeout(Duration timeout) {
      documentTimeout = timeout;
      return this;
    }

    /** Longest time for a worker to start. */
    public Builder startTimeout(Duration timeout) {
      startTimeout = timeout;
      return this;
    }

    /** Further JVM options for the workers. */
    public Builder javaOptions(List<String> options) {
      javaOptions = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * The settings.
     *
     * @throws IllegalArgumentException naming the first value out of range
     */
    public Isolation build() {
      return new Isolation(workers, filesPerWorker, heapMegabytes, memoryMegabytes, documentTimeout,
          startTimeout, javaOptions);
    }
  }
}
