package org.wathiqa.bench;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.wathiqa.DocumentException;
import org.wathiqa.ocr.OcrEngine;
import org.wathiqa.ocr.OcrLine;
import org.wathiqa.ocr.PageSegmentation;

/**
 * An engine that times every recognition it passes on to another, adding the time to a {@link Clock}
 * shared by all the engines of a pool: recognitions of a whole page (an image at least
 * {@link #PAGE_SIDE} pixels each way) apart from those of crops, rows and stamps.
 */
public final class TimedEngine implements OcrEngine {
  /** Least side, px, of an image recognised whole: pages are larger, every crop and row is smaller. */
  static final int PAGE_SIDE = 800;

  /** Time spent in the engines, whole pages and the rest, and how many calls of each. */
  public static final class Clock {
    private final LongAdder pageNanos = new LongAdder();
    private final LongAdder pageCalls = new LongAdder();
    private final LongAdder otherNanos = new LongAdder();
    private final LongAdder otherCalls = new LongAdder();

    void add(BufferedImage image, long nanos) {
      if (Math.min(image.getWidth(), image.getHeight()) >= PAGE_SIDE) {
        pageNanos.add(nanos);
        pageCalls.increment();
      } else {
        otherNanos.add(nanos);
        otherCalls.increment();
      }
    }

    public double pageSeconds() {
      return pageNanos.sum() / 1e9;
    }

    public long pageCalls() {
      return pageCalls.sum();
    }

    public double otherSeconds() {
      return otherNanos.sum() / 1e9;
    }

    public long otherCalls() {
      return otherCalls.sum();
    }

    public double seconds() {
      return pageSeconds() + otherSeconds();
    }

    public void reset() {
      pageNanos.reset();
      pageCalls.reset();
      otherNanos.reset();
      otherCalls.reset();
    }
  }

  private final OcrEngine engine;
  private final Clock clock;

  public TimedEngine(OcrEngine engine, Clock clock) {
    this.engine = engine;
    this.clock = clock;
  }

  @Override
  public List<OcrLine> recognize(BufferedImage page, int dpi) throws DocumentException {
    return timed(page, () -> engine.recognize(page, dpi));
  }

  @Override
  public List<OcrLine> recognize(BufferedImage page, int dpi, PageSegmentation mode) throws DocumentException {
    return timed(page, () -> engine.recognize(page, dpi, mode));
  }

  @Override
  public List<OcrLine> recognizeEveryRow(BufferedImage page, int dpi, PageSegmentation mode) throws DocumentException {
    return timed(page, () -> engine.recognizeEveryRow(page, dpi, mode));
  }

  /** One recognition, as the engine makes it. */
  private interface Recognition {
    List<OcrLine> run() throws DocumentException;
  }

  private List<OcrLine> timed(BufferedImage page, Recognition recognition) throws DocumentException {
    long started = System.nanoTime();
    try {
      return recognition.run();
    } finally {
      clock.add(page, System.nanoTime() - started);
    }
  }

  @Override
  public void close() {
    engine.close();
  }
}
