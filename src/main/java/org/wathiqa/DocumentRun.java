package org.wathiqa;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.wathiqa.read.DocumentSource;
import org.wathiqa.read.PageInput;

/**
 * One document's pages, decoded in order on the calling thread and recognised on the workers, with
 * at most {@code inFlight} pages decoded at once (so a long document is never held whole) and the
 * whole document within a deadline; pages still running when it passes are cancelled.
 *
 * <p>Not thread-safe: one run per document, on the thread that calls {@link #run()}.
 */
final class DocumentRun {
  private final DocumentSource source;
  private final ExecutorService workers;
  private final PageProcessor pages;
  private final int inFlight;
  private final long deadline;
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();
  private final List<PageResult> done = new ArrayList<>();
  private final List<PageOutcome> failures = new ArrayList<>();
  private boolean timedOut;

  /** A page that could not be read, and why. */
  record PageOutcome(int index, DocumentException error) {}

  private record Pending(int index, Future<PageResult> future) {}

  /** @param deadline {@link System#nanoTime()} by which the document must be read */
  DocumentRun(DocumentSource source, ExecutorService workers, PageProcessor pages, int inFlight,
      long deadline) {
    this.source = source;
    this.workers = workers;
    this.pages = pages;
    this.inFlight = inFlight;
    this.deadline = deadline;
  }

  /** Reads every page; false when the deadline passed first (pages still running are cancelled). */
  boolean run() {
    for (int i = 0; i < source.pageCount() && !expired(); i++) {
      if (pending.size() >= inFlight) {
        awaitOldest();
      }
      if (!timedOut) {
        submit(i);
      }
    }
    while (!pending.isEmpty() && !timedOut) {
      awaitOldest();
    }
    pending.forEach(p -> p.future().cancel(true));
    failures.sort(Comparator.comparingInt(PageOutcome::index));
    return !timedOut;
  }

  /** The pages read, in order. */
  List<PageResult> done() {
    return done;
  }

  /** The pages that failed, in order. */
  List<PageOutcome> failures() {
    return failures;
  }

  private boolean expired() {
    timedOut = timedOut || System.nanoTime() - deadline >= 0;
    return timedOut;
  }

  private void submit(int index) {
    try {
      PageInput page = source.page(index);
      pending.add(new Pending(index, workers.submit(() -> pages.process(page))));
    } catch (DocumentException e) {
      failures.add(new PageOutcome(index, e));
    }
  }

  private void awaitOldest() {
    Pending oldest = pending.peek();
    try {
      done.add(oldest.future().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
      pending.poll();
    } catch (TimeoutException e) {
      timedOut = true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pending.poll().future().cancel(true);
      failures.add(new PageOutcome(oldest.index(), new DocumentException(ErrorCode.IO,
          "interrupted while waiting for the page")));
    } catch (ExecutionException e) {
      pending.poll();
      failures.add(new PageOutcome(oldest.index(), asDocumentException(e.getCause())));
    }
  }

  private static DocumentException asDocumentException(Throwable cause) {
    if (cause instanceof DocumentException d) {
      return d;
    }
    if (cause instanceof OutOfMemoryError) {
      return new DocumentException(ErrorCode.OUT_OF_MEMORY, "out of memory while recognising the"
          + " page (the JVM may use " + Runtime.getRuntime().maxMemory() + " bytes); raise -Xmx or"
          + " lower maxPixelsPerPage", cause);
    }
    if (cause instanceof EnvironmentException) {
      return new DocumentException(ErrorCode.CRASH, "the OCR engine could not be started: "
          + cause.getMessage(), cause);
    }
    return new DocumentException(ErrorCode.CRASH, "recognition failed unexpectedly: " + cause,
        cause);
  }
}
