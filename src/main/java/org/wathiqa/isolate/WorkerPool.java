package org.wathiqa.isolate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.wathiqa.DocumentResult;
import org.wathiqa.EnvironmentException;
import org.wathiqa.ErrorCode;
import org.wathiqa.ExtractionError;
import org.wathiqa.Isolation;

/**
 * A fixed number of worker JVMs, each reading one document at a time. A worker that fails is
 * replaced, one that has read {@link Isolation#filesPerWorker()} documents is retired, and the
 * replacement is started at once so it loads while others work. Not part of the API: embedders use
 * {@code org.wathiqa.IsolatedWathiqa}.
 *
 * <p>Thread-safe: up to {@link Isolation#workers()} callers are served at once, others wait. Closing
 * twice is safe; the workers are also killed when this JVM shuts down, and exit on their own when
 * it dies (their stdin ends).
 */
public final class WorkerPool implements AutoCloseable {
  private final WorkerLauncher launcher;
  private final Map<String, String> settings;
  private final BlockingQueue<Slot> idle;
  private final Set<Worker> live = ConcurrentHashMap.newKeySet();
  private final AtomicInteger launched = new AtomicInteger();
  private final Thread shutdownHook = new Thread(this::killAll, "wathiqa-worker-reaper");
  private volatile boolean closed;

  /** One place in the pool; holds a worker, or null until one is started. */
  private static final class Slot {
    private Worker worker;
  }

  private WorkerPool(WorkerLauncher launcher, Map<String, String> settings) {
    this.launcher = launcher;
    this.settings = Map.copyOf(settings);
    this.idle = new ArrayBlockingQueue<>(launcher.isolation().workers());
  }

  /**
   * Starts the workers, each configured by {@code settings} (see {@link WorkerSettings}), and waits
   * until all have loaded their engines.
   *
   * @throws EnvironmentException if a worker cannot run: its message says why
   */
  public static WorkerPool start(Isolation isolation, Map<String, String> settings) throws EnvironmentException {
    return start(WorkerLauncher.of(isolation), settings);
  }

  static WorkerPool start(WorkerLauncher launcher, Map<String, String> settings) throws EnvironmentException {
    WorkerPool pool = new WorkerPool(launcher, settings);
    Runtime.getRuntime().addShutdownHook(pool.shutdownHook);
    try {
      pool.fill();
    } catch (EnvironmentException | RuntimeException e) {
      pool.close();
      throw e;
    }
    return pool;
  }

  private void fill() throws EnvironmentException {
    List<Slot> slots = new ArrayList<>();
    for (int i = 0; i < launcher.isolation().workers(); i++) {
      Slot slot = new Slot();
      slot.worker = launch();
      slots.add(slot);
    }
    for (Slot slot : slots) {
      slot.worker.awaitReady();
      idle.add(slot);
    }
  }

  /**
   * Reads {@code file} in a worker, waiting for a free one.
   *
   * @return the result; a worker that crashed, hung or outgrew its memory gives a failed result
   * @throws IllegalStateException if the pool is closed
   */
  public DocumentResult extract(Path file) {
    requireOpen();
    Slot slot;
    try {
      slot = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(file, ErrorCode.IO, "interrupted while waiting for a worker");
    }
    try {
      requireOpen();
      return extract(slot, file);
    } finally {
      idle.add(slot);
    }
  }

  private DocumentResult extract(Slot slot, Path file) {
    try {
      ready(slot);
    } catch (EnvironmentException firstTry) {
      try {
        ready(slot);
      } catch (EnvironmentException e) {
        return failed(file, ErrorCode.CRASH, "no worker process could be started: " + e.getMessage());
      }
    }
    DocumentResult result = slot.worker.extract(file);
    if (!slot.worker.usable()) {
      retire(slot);
      slot.worker = launchQuietly();
    }
    return result;
  }

  /** Gives the slot a worker that has loaded its engines; a worker that fails to start is retired. */
  private void ready(Slot slot) throws EnvironmentException {
    if (slot.worker == null) {
      slot.worker = launch();
    }
    try {
      slot.worker.awaitReady();
    } catch (EnvironmentException e) {
      retire(slot);
      throw e;
    }
  }

  private Worker launch() throws EnvironmentException {
    Worker worker = Worker.launch(launcher, settings);
    launched.incrementAndGet();
    live.add(worker);
    if (closed) {
      worker.stop();
      live.remove(worker);
      throw new EnvironmentException("the worker pool is closed");
    }
    return worker;
  }

  /** A replacement started ahead of need; if it cannot even be started, the next use tries again. */
  private Worker launchQuietly() {
    try {
      return launch();
    } catch (EnvironmentException e) {
      if (!closed) {
        launcher.stderr().accept("wathiqa: cannot start a replacement worker: " + e.getMessage());
      }
      return null;
    }
  }

  private void retire(Slot slot) {
    if (slot.worker != null) {
      slot.worker.stop();
      live.remove(slot.worker);
      slot.worker = null;
    }
  }

  /** Worker processes started since the pool was made, replacements included. */
  public int workersStarted() {
    return launched.get();
  }

  /** Process ids of the workers now running. */
  public List<Long> workerPids() {
    return live.stream().map(Worker::pid).toList();
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the worker pool is closed");
    }
  }

  private static DocumentResult failed(Path file, ErrorCode code, String message) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    return DocumentResult.failed(name, new ExtractionError(code, message));
  }

  private void killAll() {
    live.forEach(Worker::kill);
  }

  /** Stops every worker; documents being read in them fail. Closing twice is safe. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or about to: it kills the workers
    }
    for (Worker worker : List.copyOf(live)) {
      worker.stop();
      live.remove(worker);
    }
  }
}
