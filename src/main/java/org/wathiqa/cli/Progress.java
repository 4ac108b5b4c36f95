package org.wathiqa.cli;

import java.io.PrintWriter;

/** A progress bar on a terminal; nothing elsewhere. Thread-safe. */
final class Progress {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean enabled;
  private final int total;
  private final long started = System.nanoTime();
  private int done;
  private int pages;

  Progress(PrintWriter err, boolean enabled, int total) {
    this.err = err;
    this.enabled = enabled && total > 1;
    this.total = total;
  }

  synchronized void documentDone(int pageCount) {
    done++;
    pages += pageCount;
    if (!enabled) {
      return;
    }
    int filled = WIDTH * done / total;
    double seconds = (System.nanoTime() - started) / 1e9;
    double rate = seconds > 0 ? pages / seconds : 0;
    err.printf("\r[%s%s] %d/%d documents, %d pages, %.1f pages/s ", "#".repeat(filled),
        " ".repeat(WIDTH - filled), done, total, pages, rate);
    if (done == total) {
      err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
    }
    err.flush();
  }
}
