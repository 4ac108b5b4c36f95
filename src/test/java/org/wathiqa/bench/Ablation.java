package org.wathiqa.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.wathiqa.Wathiqa;
import org.wathiqa.ocr.PageSegmentation;
import org.wathiqa.ocr.Tessdata;
import org.wathiqa.prepare.OpenCv;
import org.wathiqa.prepare.Preparer;
import org.wathiqa.read.DocumentReader;
import org.wathiqa.read.DocumentSource;
import org.wathiqa.read.PageInput;
import org.wathiqa.read.ReaderOptions;

/**
 * What each preparation step buys: the full pipeline, then the pipeline with one step switched off at
 * a time, and raw Tess4J, over the same inputs in one run; and the time preparation alone takes
 * against raw Tess4J's recognition time. Usage: {@code Ablation NAME INPUT_DIR [--threads N] [--strict]
 * RESULTS_DIR}. Writes {@code RESULTS_DIR/ablation-NAME.md}.
 */
public final class Ablation {
  private Ablation() {}

  record Variant(String name, String what, UnaryOperator<Wathiqa.Builder> setup) {}

  static final List<Variant> VARIANTS = List.of(
      new Variant("full pipeline", "every step on (the default)", b -> b),
      new Variant("no ink separation", "coloured stamp and signature ink left in the page", b -> b.separateInk(false)),
      new Variant("no contrast", "faded print on grey paper recognised as it is", b -> b.contrast(false)),
      new Variant("no rescale", "large print not reduced to the model's letter height", b -> b.rescale(false)),
      new Variant("no deskew", "skewed pages recognised as they are", b -> b.deskew(false)),
      new Variant("no orientation", "pages on their side or upside down left as they are (none in these sets)",
          b -> b.orientation(false)),
      new Variant("no digit re-reading", "digit runs kept as Tesseract read them", b -> b.rereadDigits(false)),
      new Variant("no block reading", "lines merged across blocks or lost left as the whole-page reading gave them",
          b -> b.readBlocks(false)),
      new Variant("no layout choice", "every page as one uniform block instead of a per-page choice",
          b -> b.pageSegmentation(PageSegmentation.SINGLE_BLOCK)),
      new Variant("no black-stamp outlines", "black stamps neither searched by their outlines nor erased before "
          + "the text is read", b -> b.stampOutlines(false)),
      new Variant("no stamps", "stamp search, reading and erasing skipped (shows their cost)",
          b -> b.stamps(false)));

  public static void main(String[] args) throws Exception {
    String name = args[0];
    Path inputs = Path.of(args[1]);
    Path results = Path.of(args[args.length - 1]);
    int threads = Benchmark.intOption(args, "--threads", 2);
    boolean strict = List.of(args).contains("--strict");
    List<Path> files = Benchmark.inputs(inputs);
    Map<String, Truth> truth = new TreeMap<>();
    for (Path f : files) {
      truth.put(f.toString(), Truth.of(f));
    }
    Path tessdata = Tessdata.locate(null, "ara");
    try (Wathiqa warmUp = Wathiqa.builder().threads(threads).build()) {
      // loads the bundled Tesseract library, which raw Tess4J below finds through JNA, and warms the
      // JIT and OpenCV, so the first variant timed is not charged with them
      Benchmark.runAll(files, truth, threads, strict, () -> warmUp::extract);
    }
    long t0 = System.nanoTime();
    List<Benchmark.Run> raw = Benchmark.runAll(files, truth, threads, strict, Benchmark.rawExtractor(tessdata, "ara"));
    double rawSeconds = (System.nanoTime() - t0) / 1e9;
    Map<Variant, Timed> runs = new LinkedHashMap<>();
    for (Variant v : VARIANTS) {
      try (Wathiqa wathiqa = v.setup().apply(Wathiqa.builder().threads(threads)).build()) {
        long t = System.nanoTime();
        List<Benchmark.Run> r = Benchmark.runAll(files, truth, threads, strict, () -> wathiqa::extract);
        runs.put(v, new Timed(r, (System.nanoTime() - t) / 1e9));
      }
    }
    Preparing prepareSeconds = prepareOnly(files, threads);
    String report = report(name, inputs, threads, strict, new Timed(raw, rawSeconds), runs, prepareSeconds);
    Files.createDirectories(results);
    Files.writeString(results.resolve("ablation-" + name + ".md"), report, StandardCharsets.UTF_8);
    System.out.print(report);
  }

  record Timed(List<Benchmark.Run> runs, double seconds) {
    int pages() {
      return runs.stream().mapToInt(Benchmark.Run::pages).sum();
    }

    TextScore.Counts total() {
      TextScore.Counts t = TextScore.Counts.ZERO;
      for (Benchmark.Run r : runs) {
        t = t.plus(r.counts());
      }
      return t;
    }
  }

  /**
   * Wall seconds to decode and prepare every page of {@code files} with the default preparation, no
   * OCR, and the share of the threads' busy time that went to decoding.
   */
  record Preparing(double seconds, double decodeShare) {
    double decodeSeconds() {
      return seconds * decodeShare;
    }

    double prepareSeconds() {
      return seconds * (1 - decodeShare);
    }
  }

  static Preparing prepareOnly(List<Path> files, int threads) throws Exception {
    OpenCv.load();
    Preparer preparer = new Preparer(true, true, true, true, true);
    DocumentReader reader = new DocumentReader(ReaderOptions.builder().useTextLayer(false).build());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    java.util.concurrent.atomic.AtomicLong decoding = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.atomic.AtomicLong preparing = new java.util.concurrent.atomic.AtomicLong();
    try {
      long t = System.nanoTime();
      List<Future<?>> futures = new ArrayList<>();
      for (Path f : files) {
        futures.add(pool.submit(() -> {
          long d0 = System.nanoTime();
          try (DocumentSource source = reader.open(f)) {
            for (int i = 0; i < source.pageCount(); i++) {
              PageInput.Image page = (PageInput.Image) source.page(i);
              long p0 = System.nanoTime();
              decoding.addAndGet(p0 - d0);
              preparer.prepare(page.image(), page.dpi());
              d0 = System.nanoTime();
              preparing.addAndGet(d0 - p0);
            }
          }
          return null;
        }));
      }
      for (Future<?> fu : futures) {
        fu.get();
      }
      double busy = Math.max(1, decoding.get() + preparing.get());
      return new Preparing((System.nanoTime() - t) / 1e9, decoding.get() / busy);
    } finally {
      pool.shutdownNow();
    }
  }

  static String report(String name, Path inputs, int threads, boolean strict, Timed raw, Map<Variant, Timed> runs,
      Preparing preparing) {
    StringBuilder md = new StringBuilder();
    int pages = raw.pages();
    md.append("# Ablation: ").append(name).append("\n\n");
    md.append(String.format(Locale.ROOT,
        "Inputs: `%s` (%d documents, %d pages); %d threads; text normalisation: %s. Every row ran in the "
            + "same process, one after another; text_cer as in `score.py`.%n%n",
        inputs, raw.runs().size(), pages, threads, strict ? "strict" : "light"));
    md.append("| pipeline | what changes | text_cer | Δ text_cer vs full | bow_recall | bow_precision | s/page |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    double full = runs.values().iterator().next().total().cer();
    row(md, "raw Tess4J", "the page image straight to Tesseract (automatic segmentation)", raw, full, pages);
    runs.forEach((v, t) -> row(md, v.name(), v.what(), t, full, pages));
    double ocrPerPage = raw.seconds() / Math.max(1, pages);
    double preparePerPage = preparing.seconds() / Math.max(1, pages);
    md.append(String.format(Locale.ROOT,
        "%nPreparation alone (decode, ink separation, blank check, rescale, deskew; no OCR): %.3f s/page, "
            + "%.0f%% of raw Tess4J's time per page (%.2f s/page; decoding included in both).%n",
        preparePerPage, 100 * preparePerPage / ocrPerPage, ocrPerPage));
    double decodePerPage = preparing.decodeSeconds() / Math.max(1, pages);
    double recognisePerPage = Math.max(1e-9, ocrPerPage - decodePerPage);
    double stepsPerPage = preparing.prepareSeconds() / Math.max(1, pages);
    md.append(String.format(Locale.ROOT,
        "%nWithout decoding, which both need: decoding takes %.3f s/page (%.0f%% of the busy time of the run "
            + "above); the preparation steps %.3f s/page, %.0f%% of raw Tess4J's recognition (%.2f s/page: its "
            + "time per page less decoding).%n",
        decodePerPage, 100 * preparing.decodeShare(), stepsPerPage, 100 * stepsPerPage / recognisePerPage,
        recognisePerPage));
    return md.toString();
  }

  private static void row(StringBuilder md, String name, String what, Timed t, double full, int pages) {
    TextScore.Counts c = t.total();
    md.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %+.3f | %.3f | %.3f | %.2f |%n", name, what, c.cer(),
        c.cer() - full, c.bowRecall(), c.bowPrecision(), t.seconds() / Math.max(1, pages)));
  }
}
