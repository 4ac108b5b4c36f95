package org.wathiqa.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.wathiqa.EnvironmentException;

/**
 * A fixed number of OCR engines shared by worker threads: an engine is created on first need,
 * lent to one thread at a time, reused for later pages and closed with the pool. Thread-safe.
 */
public final class EnginePool implements AutoCloseable {

  /** Creates engines for the pool. */
  @FunctionalInterface
  public interface Factory {
    /** A new engine; called at most {@code size} times per pool. */
    OcrEngine create() throws EnvironmentException;
  }

  private final Factory factory;
  private final int size;
  private final BlockingQueue<OcrEngine> idle;
  private final List<OcrEngine> all = new ArrayList<>();
  private boolean closed;

  public EnginePool(Factory factory, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("pool size must be at least 1, got " + size);
    }
    this.factory = factory;
    this.size = size;
    this.idle = new ArrayBlockingQueue<>(size);
  }

  /** Creates the first engine now, so a broken environment fails at once. */
  public void warmUp() throws EnvironmentException {
    OcrEngine engine = borrow();
    release(engine);
  }

  /** An engine for the calling thread's exclusive use until {@link #release}d. */
  public OcrEngine borrow() throws EnvironmentException {
    OcrEngine engine = idle.poll();
    if (engine != null) {
      return engine;
    }
    synchronized (this) {
      ensureOpen();
      if (all.size() < size) {
        OcrEngine created = factory.create();
        all.add(created);
        return created;
      }
    }
    try {
      return idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for an OCR engine", e);
    }
  }

  /** Returns an engine borrowed from this pool. */
  public void release(OcrEngine engine) {
    synchronized (this) {
      if (closed) {
        engine.close();
        return;
      }
    }
    idle.add(engine);
  }

  /** Closes the engine instead of returning it, e.g. after a timeout left it in doubt. */
  public synchronized void discard(OcrEngine engine) {
    all.remove(engine);
    engine.close();
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("engine pool is closed");
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    OcrEngine engine;
    while ((engine = idle.poll()) != null) {
      engine.close();
    }
  }
}
