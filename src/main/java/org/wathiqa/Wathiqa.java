package org.wathiqa;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.wathiqa.ocr.EnginePool;
import org.wathiqa.ocr.NativeLibrarySource;
import org.wathiqa.ocr.PageSegmentation;
import org.wathiqa.ocr.TesseractEngine;
import org.wathiqa.ocr.TesseractSettings;
import org.wathiqa.prepare.OpenCv;
import org.wathiqa.prepare.Preparer;
import org.wathiqa.read.DocumentReader;
import org.wathiqa.read.DocumentSource;
import org.wathiqa.read.PageInput;
import org.wathiqa.read.ReaderOptions;
import org.wathiqa.fields.AuthorityCheck;
import org.wathiqa.fields.StampFields;
import org.wathiqa.stamp.StampFinder;

/**
 * Reads scanned Arabic official documents into structured, verifiable data, entirely offline.
 *
 * <pre>{@code
 * try (Wathiqa wathiqa = Wathiqa.builder().threads(2).build()) {
 *   DocumentResult result = wathiqa.extract(Path.of("letter.pdf"));
 *   Field date = result.fields().documentDate();
 * }
 * }</pre>
 *
 * <p>Thread-safe: one instance serves any number of threads, and should be shared, since it holds
 * one OCR engine per worker thread. A document that cannot be read yields a failed
 * {@link DocumentResult}, never an exception; only a broken environment or misuse throws. Close it
 * to release the engines; closing twice is safe.
 */
public final class Wathiqa implements AutoCloseable {
  private final DocumentReader reader;
  private final PageProcessor pages;
  private final FieldStage fields;
  private final EnginePool engines;
  private final ExecutorService workers;
  /** Pages of one document decoded and waiting for or in recognition at once. */
  private final int inFlight;

  private Wathiqa(Builder b) throws EnvironmentException {
    OpenCv.load();
    this.reader = new DocumentReader(b.reader);
    StampFinder stamps = b.stamps ? new StampFinder(b.stampOutlines) : null;
    this.engines = new EnginePool(b.engineFactory(), b.threads);
    this.engines.warmUp();
    this.pages = new PageProcessor(new Preparer(b.rescale, b.deskew, b.separateInk), engines, stamps,
        b.pageSegmentation, new StampFields(b.clock));
    this.fields = new FieldStage(b.clock);
    this.inFlight = 2 * b.threads;
    AtomicInteger n = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(b.threads, r -> {
      Thread t = new Thread(r, "wathiqa-ocr-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** A builder with the defaults: bundled Arabic model and native library, one thread per core. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the document at {@code file}: every page, then its fields.
   *
   * @return the result; a file that cannot be read gives a {@link Status#FAILED} result with its error
   */
  public DocumentResult extract(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    return read(name, () -> reader.open(file));
  }

  /**
   * Reads a document from {@code in}, which is read to its end but not closed.
   *
   * @param name the document's file name, used in the result
   */
  public DocumentResult extract(InputStream in, String name) {
    Objects.requireNonNull(name, "name");
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      return DocumentResult.failed(name, new ExtractionError(ErrorCode.IO, "cannot read " + name + ": " + e.getMessage()));
    }
    return read(name, () -> reader.open(bytes, name));
  }

  /** Opens a document for {@link #read}. */
  @FunctionalInterface
  private interface Opener {
    DocumentSource open() throws DocumentException;
  }

  /** Opens, reads and closes one document; any failure becomes a failed result. */
  private DocumentResult read(String name, Opener opener) {
    try (DocumentSource source = opener.open()) {
      return extract(name, source);
    } catch (DocumentException e) {
      return DocumentResult.failed(name, e.toError());
    } catch (RuntimeException e) {
      return unexpected(name, e);
    }
  }

  /** A decoder failing in a way it does not declare: the file is taken as corrupt, the batch goes on. */
  private static DocumentResult unexpected(String name, RuntimeException e) {
    return DocumentResult.failed(name, new ExtractionError(ErrorCode.CORRUPT,
        "cannot read " + name + ": " + e.getClass().getSimpleName() + ": " + e.getMessage()));
  }

  /**
   * Reads the pages in order on the calling thread and recognises them on the workers, with at
   * most {@link #inFlight} pages decoded at once, so a long document is never held whole.
   */
  private DocumentResult extract(String name, DocumentSource source) {
    java.util.ArrayDeque<Pending> pending = new java.util.ArrayDeque<>();
    List<PageOutcome> failures = new ArrayList<>();
    List<PageResult> done = new ArrayList<>();
    for (int i = 0; i < source.pageCount(); i++) {
      if (pending.size() >= inFlight) {
        Pending oldest = pending.poll();
        awaitPage(oldest.index(), oldest.future(), done, failures);
      }
      try {
        PageInput page = source.page(i);
        pending.add(new Pending(i, workers.submit(() -> pages.process(page))));
      } catch (DocumentException e) {
        failures.add(new PageOutcome(i, e));
      }
    }
    for (Pending p : pending) {
      awaitPage(p.index(), p.future(), done, failures);
    }
    failures.sort(java.util.Comparator.comparingInt(PageOutcome::index));
    return assemble(name, done, failures);
  }

  private record Pending(int index, Future<PageResult> future) {}

  private static void awaitPage(int index, Future<PageResult> future, List<PageResult> done,
      List<PageOutcome> failures) {
    try {
      done.add(future.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failures.add(new PageOutcome(index, new DocumentException(ErrorCode.IO, "interrupted")));
    } catch (ExecutionException e) {
      failures.add(new PageOutcome(index, asDocumentException(e.getCause())));
    }
  }

  private static DocumentException asDocumentException(Throwable cause) {
    if (cause instanceof DocumentException d) {
      return d;
    }
    if (cause instanceof OutOfMemoryError) {
      return new DocumentException(ErrorCode.OUT_OF_MEMORY, "out of memory while reading the page");
    }
    if (cause instanceof EnvironmentException) {
      return new DocumentException(ErrorCode.OCR, "OCR engine unavailable: " + cause.getMessage(), cause);
    }
    return new DocumentException(ErrorCode.OCR, "page failed: " + cause, cause);
  }

  private DocumentResult assemble(String name, List<PageResult> done, List<PageOutcome> failures) {
    if (failures.isEmpty()) {
      AuthorityCheck.Checked checked = fields.extract(done);
      return new DocumentResult(name, Status.OK, null, done, checked.fields(), checked.warnings());
    }
    PageOutcome first = failures.get(0);
    String message = "page " + (first.index() + 1) + ": " + first.error().getMessage()
        + (failures.size() > 1 ? " (and " + (failures.size() - 1) + " more pages failed)" : "");
    ExtractionError error = new ExtractionError(first.error().code(), message);
    if (done.isEmpty()) {
      return DocumentResult.failed(name, error);
    }
    AuthorityCheck.Checked checked = fields.extract(done);
    return new DocumentResult(name, Status.PARTIAL, error, done, checked.fields(), checked.warnings());
  }

  private record PageOutcome(int index, DocumentException error) {}

  @Override
  public void close() {
    workers.shutdownNow();
    engines.close();
  }

  /** Configures a {@link Wathiqa}; not thread-safe. Each setter names the value it refuses. */
  public static final class Builder {
    private Path tessdata;
    private String language = "ara";
    private NativeLibrarySource nativeLibrary = NativeLibrarySource.BUNDLED;
    private int threads = Runtime.getRuntime().availableProcessors();
    private boolean deskew = true;
    private boolean rescale = true;
    private boolean separateInk = true;
    private boolean stamps = true;
    private boolean stampOutlines = true;
    private Clock clock = Clock.systemDefaultZone();
    private Duration pageTimeout = Duration.ofSeconds(120);
    private EnginePool.Factory engineFactory;
    private ReaderOptions reader = ReaderOptions.defaults();
    private PageSegmentation pageSegmentation;

    private Builder() {}

    /**
     * How the engine splits every page into lines. By default it is chosen per page: one block for a
     * dense page of full-width lines, a column of lines for a page of separate blocks (a letter).
     */
    public Builder pageSegmentation(PageSegmentation mode) {
      this.pageSegmentation = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /** Limits and resolutions for reading files; default {@link ReaderOptions#defaults()}. */
    public Builder reader(ReaderOptions options) {
      this.reader = Objects.requireNonNull(options, "options");
      return this;
    }

    /** A directory of Tesseract models to use instead of the bundled ones. */
    public Builder tessdata(Path dir) {
      this.tessdata = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /** The model name inside the tessdata directory; default {@code ara}. */
    public Builder language(String language) {
      if (language == null || !language.matches("[A-Za-z0-9_+\\-]+")) {
        throw new IllegalArgumentException("language must be a model name such as 'ara', got '" + language + "'");
      }
      this.language = language;
      return this;
    }

    /** Where the Tesseract native library comes from; default {@link NativeLibrarySource#BUNDLED}. */
    public Builder nativeLibrary(NativeLibrarySource source) {
      this.nativeLibrary = Objects.requireNonNull(source, "source");
      return this;
    }

    /** Worker threads, each with its own OCR engine; default: the number of cores. */
    public Builder threads(int threads) {
      if (threads < 1 || threads > 256) {
        throw new IllegalArgumentException("threads must be within [1, 256], got " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** Whether pages are deskewed before recognition; default true. */
    public Builder deskew(boolean deskew) {
      this.deskew = deskew;
      return this;
    }

    /** Whether pages with large letters are reduced to {@value Preparer#TARGET_GLYPH}-pixel letters; default true. */
    public Builder rescale(boolean rescale) {
      this.rescale = rescale;
      return this;
    }

    /** Whether coloured stamp and signature ink is lifted off colour pages before recognition; default true. */
    public Builder separateInk(boolean separate) {
      this.separateInk = separate;
      return this;
    }

    /** Whether ink stamps are looked for and read on recognised pages; default true. */
    public Builder stamps(boolean find) {
      this.stamps = find;
      return this;
    }

    /**
     * Whether pages are also searched for black stamps by their drawn outlines (photocopies, black
     * ink); default true.
     */
    public Builder stampOutlines(boolean search) {
      this.stampOutlines = search;
      return this;
    }

    /** The clock that says what "today" is when checking dates; default the system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Recognition deadline per page; default 120 seconds. */
    public Builder pageTimeout(Duration timeout) {
      if (timeout == null || timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("page timeout must be positive and under 24 days, got " + timeout);
      }
      this.pageTimeout = timeout;
      return this;
    }

    /** Recognises pages with engines from {@code factory} instead of Tesseract (for tests and other engines). */
    public Builder ocrEngine(EnginePool.Factory factory) {
      this.engineFactory = Objects.requireNonNull(factory, "factory");
      return this;
    }

    /**
     * Builds the instance, loading native libraries and the first OCR engine.
     *
     * @throws EnvironmentException if a native library or the model is missing; the message says
     *     what was looked for and where
     */
    public Wathiqa build() throws EnvironmentException {
      return new Wathiqa(this);
    }

    private EnginePool.Factory engineFactory() {
      if (engineFactory != null) {
        return engineFactory;
      }
      TesseractSettings settings = new TesseractSettings(nativeLibrary, tessdata, language,
          pageSegmentation == null ? PageSegmentation.SINGLE_BLOCK : pageSegmentation, (int) pageTimeout.toMillis());
      return () -> new TesseractEngine(settings);
    }
  }
}
