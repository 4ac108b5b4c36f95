package org.wathiqa.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a batch on stderr: a bar redrawn in place on a terminal, or a plain line at most every
 * {@value #LINE_SECONDS} seconds elsewhere (a log, a pipe). Thread-safe.
 */
final class Progress {
  /** How progress is shown. */
  enum Mode { BAR, LINES, NONE }

  private static final int WIDTH = 30;
  static final int LINE_SECONDS = 10;

  private final PrintWriter err;
  private final Mode mode;
  private final int total;
  private final long started = System.nanoTime();
  private long lastLine = started;
  private int done;
  private int pages;

  Progress(PrintWriter err, Mode mode, int total) {
    this.err = err;
    this.mode = total > 1 ? mode : Mode.NONE;
    this.total = total;
  }

  synchronized void documentDone(int pageCount) {
    done++;
    pages += pageCount;
    long now = System.nanoTime();
    double seconds = (now - started) / 1e9;
    double rate = seconds > 0 ? pages / seconds : 0;
    if (mode == Mode.BAR) {
      bar(rate);
    } else if (mode == Mode.LINES && (now - lastLine) / 1e9 >= LINE_SECONDS && done < total) {
      lastLine = now;
      err.printf(Locale.ROOT, "wathiqa: %d/%d documents, %d pages, %.1f pages/s%n", done, total, pages, rate);
      err.flush();
    }
  }

  private void bar(double rate) {
    int filled = WIDTH * done / total;
    double perDocument = done > 0 ? (System.nanoTime() - started) / 1e9 / done : 0;
    long eta = Math.round(perDocument * (total - done));
    err.printf(Locale.ROOT, "\r[%s%s] %d/%d documents, %d pages, %.1f pages/s, %d s left ", "#".repeat(filled),
        " ".repeat(WIDTH - filled), done, total, pages, rate, eta);
    if (done == total) {
      err.print("\r" + " ".repeat(WIDTH + 70) + "\r");
    }
    err.flush();
  }
}
