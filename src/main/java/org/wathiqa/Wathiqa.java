package org.wathiqa;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.wathiqa.digits.DigitReader;
import org.wathiqa.ocr.EnginePool;
import org.wathiqa.ocr.NativeLibrarySource;
import org.wathiqa.ocr.PageSegmentation;
import org.wathiqa.ocr.TesseractEngine;
import org.wathiqa.ocr.TesseractSettings;
import org.wathiqa.prepare.OpenCv;
import org.wathiqa.prepare.Preparer;
import org.wathiqa.read.DocumentReader;
import org.wathiqa.read.DocumentSource;
import org.wathiqa.read.ReaderOptions;
import org.wathiqa.fields.AuthorityCheck;
import org.wathiqa.fields.FieldExtractor;
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
public final class Wathiqa implements DocumentExtractor {
  /** How long the engine may take to recognise one page unless {@link Builder#pageTimeout} says otherwise. */
  public static final Duration DEFAULT_PAGE_TIMEOUT = Duration.ofSeconds(120);

  private final DocumentReader reader;
  private final PageProcessor pages;
  private final FieldStage fields;
  private final EnginePool engines;
  private final ExecutorService workers;
  /** Pages of one document decoded and waiting for or in recognition at once. */
  private final int inFlight;
  private final Duration documentTimeout;

  private Wathiqa(Builder b) throws EnvironmentException {
    OpenCv.load();
    this.reader = new DocumentReader(b.reader);
    DigitReader digits = b.rereadDigits ? DigitReader.bundled(FieldExtractor::isMonthName) : null;
    StampFinder stamps = b.stamps ? new StampFinder(b.stampOutlines, digits) : null;
    this.engines = new EnginePool(b.engineFactory(), b.threads);
    this.engines.warmUp();
    this.pages = new PageProcessor(new Preparer(b.rescale, b.deskew, b.separateInk, b.orient, b.contrast), engines, stamps,
        b.pageSegmentation, digits, new StampFields(b.clock), b.readBlocks, b.signatures);
    this.fields = new FieldStage(b.clock);
    this.inFlight = 2 * b.threads;
    this.documentTimeout = b.documentTimeout;
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
  @Override
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
    long started = System.nanoTime();
    try (DocumentSource source = opener.open()) {
      return extract(name, source, started);
    } catch (DocumentException e) {
      return DocumentResult.failed(name, e.toError());
    } catch (RuntimeException e) {
      return unexpected(name, e);
    } catch (StackOverflowError e) {
      return DocumentResult.failed(name, new ExtractionError(ErrorCode.CORRUPT, name
          + " nests its content too deeply to read (stack overflow)"));
    } catch (OutOfMemoryError e) {
      return DocumentResult.failed(name, new ExtractionError(ErrorCode.OUT_OF_MEMORY, name
          + " needs more memory than the JVM may use (" + Runtime.getRuntime().maxMemory()
          + " bytes); raise -Xmx or lower the reader's limits"));
    }
  }

  /** A decoder failing in a way it does not declare: the file is taken as corrupt, the batch goes on. */
  private static DocumentResult unexpected(String name, RuntimeException e) {
    return DocumentResult.failed(name, new ExtractionError(ErrorCode.CORRUPT,
        "cannot read " + name + ": " + e.getClass().getSimpleName() + ": " + e.getMessage()));
  }

  /** Reads every page within the document deadline, then the fields. */
  private DocumentResult extract(String name, DocumentSource source, long started) {
    DocumentRun run = new DocumentRun(source, workers, pages, inFlight,
        started + documentTimeout.toNanos());
    if (!run.run()) {
      return DocumentResult.failed(name, new ExtractionError(ErrorCode.TIMEOUT, String.format(
          Locale.ROOT, "reading %s stopped after %.1f s: the limit is %.1f s a document"
              + " (documentTimeout); %d of %d pages were read", name,
          (System.nanoTime() - started) / 1e9, documentTimeout.toMillis() / 1e3, run.done().size(),
          source.pageCount())));
    }
    return assemble(name, run.done(), run.failures());
  }

  private DocumentResult assemble(String name, List<PageResult> done,
      List<DocumentRun.PageOutcome> failures) {
    if (failures.isEmpty()) {
      AuthorityCheck.Checked checked;
      try {
        checked = fields.extract(done);
      } catch (RuntimeException e) {
        return withoutFields(name, done, e);
      }
      return new DocumentResult(name, Status.OK, null, done, checked.fields(), checked.warnings());
    }
    DocumentRun.PageOutcome first = failures.get(0);
    String message = "page " + (first.index() + 1) + ": " + first.error().getMessage()
        + (failures.size() > 1 ? " (and " + (failures.size() - 1) + " more pages failed)" : "");
    ExtractionError error = new ExtractionError(first.error().code(), message);
    if (done.isEmpty()) {
      return DocumentResult.failed(name, error);
    }
    AuthorityCheck.Checked checked;
    try {
      checked = fields.extract(done);
    } catch (RuntimeException e) {
      return withoutFields(name, done, e);
    }
    return new DocumentResult(name, Status.PARTIAL, error, done, checked.fields(), checked.warnings());
  }

  /**
   * The pages read, kept, when the fields stage failed unexpectedly on them: partial, with the
   * failure as a crash, so a defect in one extractor costs a document its fields, not its text.
   */
  static DocumentResult withoutFields(String name, List<PageResult> done, RuntimeException e) {
    return new DocumentResult(name, Status.PARTIAL, new ExtractionError(ErrorCode.CRASH,
        "the fields could not be extracted: " + e), done, Fields.NONE, List.of());
  }

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
    private boolean orient = true;
    private boolean stamps = true;
    private boolean stampOutlines = true;
    private boolean rereadDigits = true;
    private boolean readBlocks = true;
    private boolean contrast = true;
    private boolean signatures = true;
    private Clock clock = Clock.systemDefaultZone();
    private Duration pageTimeout = DEFAULT_PAGE_TIMEOUT;
    private Duration documentTimeout = Duration.ofHours(1);
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

    /**
     * Whether pages scanned on their side or upside down are turned upright before recognition;
     * default true. A page is turned only when its lines show clearly which way is up.
     */
    public Builder orientation(boolean orient) {
      this.orient = orient;
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

    /**
     * Whether faded print on grey paper is stretched to black on white before recognition; default
     * true. Pages whose print and paper are already far apart are left alone.
     */
    public Builder contrast(boolean stretch) {
      this.contrast = stretch;
      return this;
    }

    /**
     * Whether handwritten signature marks are looked for on recognised pages; default true. On the
     * test fixtures and generated letters about nine in ten of the signatures on scanned pages are
     * found and about one mark in ten reported is something else (see the README); born-digital PDF
     * pages are not searched.
     */
    public Builder signatures(boolean find) {
      this.signatures = find;
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

    /**
     * Whether the digits of recognised words are read again from the page image, correcting
     * Arabic-Indic digits the model misreads (٢ and ٣ as 7, a lost ٠ or ٥); default true.
     */
    public Builder rereadDigits(boolean reread) {
      this.rereadDigits = reread;
      return this;
    }

    /**
     * Whether, on a letter of separate blocks, lines the engine merged across blocks (a letterhead
     * line and the number beside it) are split, and lines it lost are read again alone; and the two
     * halves of a verse set side by side on one row are joined into one line; default true.
     */
    public Builder readBlocks(boolean read) {
      this.readBlocks = read;
      return this;
    }

    /** The clock that says what "today" is when checking dates; default the system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Recognition deadline per page; default 120 seconds. */
    public Builder pageTimeout(Duration timeout) {
      this.pageTimeout = requireTimeout("pageTimeout", timeout);
      return this;
    }

    /**
     * Deadline for a whole document, from opening it to its last page; a document not read by then
     * fails with {@link ErrorCode#TIMEOUT}; default one hour.
     */
    public Builder documentTimeout(Duration timeout) {
      this.documentTimeout = requireTimeout("documentTimeout", timeout);
      return this;
    }

    private static Duration requireTimeout(String name, Duration timeout) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()
          || timeout.toMillis() > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(name + " must be positive and under 24 days, got "
            + timeout);
      }
      return timeout;
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

    /**
     * Builds an instance that reads every document in a worker JVM, each worker running a
     * {@link Wathiqa} with these options; see {@link IsolatedWathiqa}.
     *
     * @throws EnvironmentException if a worker cannot start or load its engines; the message says why
     * @throws IllegalStateException if an option cannot be sent to another JVM (a custom OCR engine or
     *     clock)
     */
    public IsolatedWathiqa buildIsolated(Isolation isolation) throws EnvironmentException {
      return IsolatedWathiqa.start(Objects.requireNonNull(isolation, "isolation"), portable());
    }

    /** These options as strings, for a worker JVM (see {@code org.wathiqa.isolate.WorkerSettings}). */
    java.util.Map<String, String> portable() {
      if (engineFactory != null || !clock.equals(Clock.system(clock.getZone()))) {
        throw new IllegalStateException("a custom OCR engine or clock cannot be used in worker JVMs");
      }
      java.util.Map<String, String> s = new java.util.LinkedHashMap<>();
      s.put("threads", Integer.toString(threads));
      if (tessdata != null) {
        s.put("tessdata", tessdata.toAbsolutePath().toString());
      }
      s.put("language", language);
      s.put("nativeLibrary", nativeLibrary.name());
      s.put("deskew", Boolean.toString(deskew));
      s.put("rescale", Boolean.toString(rescale));
      s.put("separateInk", Boolean.toString(separateInk));
      s.put("orientation", Boolean.toString(orient));
      s.put("rereadDigits", Boolean.toString(rereadDigits));
      s.put("readBlocks", Boolean.toString(readBlocks));
      s.put("contrast", Boolean.toString(contrast));
      s.put("signatures", Boolean.toString(signatures));
      s.put("stamps", Boolean.toString(stamps));
      s.put("stampOutlines", Boolean.toString(stampOutlines));
      s.put("pageTimeoutMillis", Long.toString(pageTimeout.toMillis()));
      s.put("documentTimeoutMillis", Long.toString(documentTimeout.toMillis()));
      if (pageSegmentation != null) {
        s.put("pageSegmentation", pageSegmentation.name());
      }
      s.put("zone", clock.getZone().getId());
      s.putAll(org.wathiqa.isolate.WorkerSettings.reader(reader));
      return s;
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
