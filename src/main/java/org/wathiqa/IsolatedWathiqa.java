package org.wathiqa;

import java.nio.file.Path;
import java.util.Map;
import org.wathiqa.isolate.WorkerPool;

/**
 * Reads documents in worker JVMs, so that a native crash, a hang or an exhausted memory while reading
 * one file fails that file only ({@code crash}, {@code timeout}, {@code out-of-memory}) and never the
 * host. Made by {@link Wathiqa.Builder#buildIsolated(Isolation)}; each worker runs a {@link Wathiqa}
 * with the builder's options.
 *
 * <pre>{@code
 * try (IsolatedWathiqa wathiqa = Wathiqa.builder().threads(1)
 *     .buildIsolated(Isolation.defaults().withWorkers(2))) {
 *   DocumentResult result = wathiqa.extract(Path.of("letter.pdf"));
 * }
 * }</pre>
 *
 * <p>Workers are started with this JVM's {@code java} and class path (a plain class path, not a
 * nested "fat" jar). Results are the same as in process; each document costs a round trip of its
 * JSON, and a worker reads one document at a time, so pages of one document are recognised in
 * parallel only with {@code threads} above one.
 *
 * <p>Thread-safe: up to {@link Isolation#workers()} documents are read at once and further callers
 * wait. Close it to stop the workers; closing twice is safe. Workers also stop when this JVM exits
 * or is killed.
 */
public final class IsolatedWathiqa implements DocumentExtractor {
  private final WorkerPool pool;

  private IsolatedWathiqa(WorkerPool pool) {
    this.pool = pool;
  }

  static IsolatedWathiqa start(Isolation isolation, Map<String, String> settings) throws EnvironmentException {
    return new IsolatedWathiqa(WorkerPool.start(isolation, settings));
  }

  /**
   * Reads the document at {@code file} in a worker.
   *
   * @return the result; a file whose worker crashed, hung or outgrew its limits gives a failed result
   * @throws IllegalStateException if this instance is closed
   */
  @Override
  public DocumentResult extract(Path file) {
    return pool.extract(file);
  }

  /** Stops the workers. */
  @Override
  public void close() {
    pool.close();
  }
}
