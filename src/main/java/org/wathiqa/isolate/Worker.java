package org.wathiqa.isolate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.wathiqa.DocumentResult;
import org.wathiqa.EnvironmentException;
import org.wathiqa.ErrorCode;
import org.wathiqa.ExtractionError;
import org.wathiqa.Isolation;
import org.wathiqa.json.WathiqaJson;

/**
 * One worker JVM and the documents it reads: the start-up handshake, one request at a time under a
 * deadline and a memory limit, and what a dead or killed worker means for the document it was reading.
 * Used by one thread at a time.
 */
final class Worker {
  /** The exit status of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}. */
  static final int HEAP_EXHAUSTED_EXIT = 3;
  private static final Duration CHECK_EVERY = Duration.ofMillis(50);
  private static final Duration EXIT_WAIT = Duration.ofSeconds(5);
  /** The line of a JVM's fatal error report that names the signal, e.g. {@code #  SIGSEGV (0xb) at pc=...}. */
  private static final java.util.regex.Pattern FATAL_SIGNAL = java.util.regex.Pattern.compile("^#\\s+SIG[A-Z]+ \\(");

  private final WorkerProcess process;
  private final Isolation isolation;
  private int served;
  private boolean broken;
  private boolean ready;

  private Worker(WorkerProcess process, Isolation isolation) {
    this.process = process;
    this.isolation = isolation;
  }

  /** Starts a worker and sends it its settings; {@link #awaitReady()} waits for its engines. */
  static Worker launch(WorkerLauncher launcher, Map<String, String> settings) throws EnvironmentException {
    WorkerProcess process;
    try {
      process = WorkerProcess.start(launcher.command(), launcher.stderr());
    } catch (IOException e) {
      throw new EnvironmentException("cannot start a worker JVM (" + launcher.command().get(0) + "): " + e.getMessage(), e);
    }
    Worker worker = new Worker(process, launcher.isolation());
    try {
      process.send(Message.of("settings", settings));
    } catch (IOException e) {
      worker.broken = true;
    }
    return worker;
  }

  /**
   * Waits until the worker has loaded its engines.
   *
   * @throws EnvironmentException with the worker's message if it cannot run, or why it did not start
   */
  void awaitReady() throws EnvironmentException {
    if (ready) {
      return;
    }
    byte[] frame = poll(isolation.startTimeout());
    if (frame == null) {
      process.kill();
      throw new EnvironmentException("a worker JVM did not start within " + isolation.startTimeout().toSeconds() + " s");
    }
    if (WorkerProcess.isEnd(frame)) {
      throw new EnvironmentException("a worker JVM stopped while starting (" + ExitStatus.describe(process.awaitExit(EXIT_WAIT))
          + "); its last output:\n" + process.stderrTail());
    }
    Message hello = parse(frame);
    if (hello == null || !hello.flag("ready")) {
      process.stop(EXIT_WAIT);
      throw new EnvironmentException(hello == null ? "a worker JVM answered garbage" : hello.string("message"));
    }
    ready = true;
  }

  /** Reads {@code file} in the worker; a dead, stuck or oversized worker fails the document. */
  DocumentResult extract(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    served++;
    try {
      process.send(Message.of("path", file.toAbsolutePath().toString()));
    } catch (IOException e) {
      return died(name);
    }
    long deadline = System.nanoTime() + isolation.documentTimeout().toNanos();
    while (true) {
      byte[] frame = poll(CHECK_EVERY);
      if (frame != null) {
        return WorkerProcess.isEnd(frame) ? died(name) : result(name, frame);
      }
      DocumentResult stopped = overLimit(name, deadline);
      if (stopped != null) {
        return stopped;
      }
    }
  }

  /** Kills the worker if it is past its memory limit or {@code deadline}; null while it is within both. */
  private DocumentResult overLimit(String name, long deadline) {
    long resident = ResidentMemory.megabytes(process.pid());
    if (resident > isolation.memoryMegabytes()) {
      return killed(name, ErrorCode.OUT_OF_MEMORY, "the worker process reading " + name + " grew to " + resident
          + " MiB of memory, over its limit of " + isolation.memoryMegabytes() + " MiB; it was stopped");
    }
    if (System.nanoTime() > deadline) {
      return killed(name, ErrorCode.TIMEOUT, "no result for " + name + " after "
          + isolation.documentTimeout().toSeconds() + " s; the worker process was stopped");
    }
    return null;
  }

  /** Whether this worker can take another document. */
  boolean usable() {
    return !broken && served < isolation.filesPerWorker() && process.alive();
  }

  long pid() {
    return process.pid();
  }

  /** Asks the worker to exit, and kills it if it does not within a few seconds. */
  void stop() {
    broken = true;
    process.stop(EXIT_WAIT);
  }

  /** Kills the process at once; safe from any thread. */
  void kill() {
    process.kill();
  }

  private DocumentResult result(String name, byte[] frame) {
    try {
      return WathiqaJson.read(new ByteArrayInputStream(frame));
    } catch (IOException | RuntimeException e) {
      return killed(name, ErrorCode.CRASH, "the worker process reading " + name + " answered an unreadable result: "
          + e.getMessage());
    }
  }

  private DocumentResult killed(String name, ErrorCode code, String message) {
    broken = true;
    process.kill();
    return failed(name, code, message);
  }

  /** The worker ended while reading {@code name}: out of heap, or a crash. */
  private DocumentResult died(String name) {
    broken = true;
    Integer status = process.awaitExit(EXIT_WAIT);
    if (status == null) {
      process.kill();
    }
    if ((status != null && status == HEAP_EXHAUSTED_EXIT) || process.stderrMentions("OutOfMemoryError")) {
      return failed(name, ErrorCode.OUT_OF_MEMORY, "the worker process reading " + name + " ran out of Java heap ("
          + isolation.heapMegabytes() + " MiB) and stopped");
    }
    return failed(name, ErrorCode.CRASH, "the worker process stopped while reading " + name + " (" + howItEnded(status) + ")");
  }

  /** "fatal SIGSEGV in native code" from the JVM's error report, else the exit status. */
  private String howItEnded(Integer status) {
    String fatal = process.stderrLine(FATAL_SIGNAL);
    if (fatal == null) {
      return ExitStatus.describe(status);
    }
    String where = process.stderrMentions("outside the Java Virtual Machine") ? "native code" : "the JVM";
    return "fatal " + fatal.replaceAll("^#\\s*(\\S+).*", "$1") + " in " + where;
  }

  private static DocumentResult failed(String name, ErrorCode code, String message) {
    return DocumentResult.failed(name, new ExtractionError(code, message));
  }

  private byte[] poll(Duration wait) {
    try {
      return process.poll(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      broken = true;
      process.kill();
      return WorkerProcess.endFrame();
    }
  }

  private static Message parse(byte[] frame) {
    try {
      return Message.parse(frame);
    } catch (IOException e) {
      return null;
    }
  }
}
