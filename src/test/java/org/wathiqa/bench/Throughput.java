package org.wathiqa.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.wathiqa.DocumentException;
import org.wathiqa.cli.Main;
import org.wathiqa.ocr.Tessdata;
import org.wathiqa.read.DocumentReader;
import org.wathiqa.read.DocumentSource;
import org.wathiqa.read.PageInput;

/**
 * Throughput of {@code wathiqa extract} against raw Tess4J, side by side in one run. Usage:
 * {@code Throughput NAME INPUT_DIR [--threads 1,2] [--limit N] [--copies K] [--rounds N] [--born-digital PAGES]
 * [--blank PAGES] [--engine-share ROUNDS] [--memory PAGES [--heap SIZE] [--worker-heap MIB] [--kills N]] RESULTS_DIR}; writes {@code RESULTS_DIR/NAME.md}.
 * {@code --copies K} reads K copies of each document, so the batch is K times longer; {@code --engine-share
 * ROUNDS} adds where Wathiqa's time goes against raw Tess4J's, its engine's share apart ({@link EngineShare}).
 *
 * <p>The scanned documents of INPUT_DIR (those without a PDF text layer) are read by raw Tess4J (one
 * engine per thread, created once, same model file) and by the command line in this JVM with
 * {@code --jobs N}, one after the other, at each thread count. Optional parts: a generated
 * born-digital PDF and a blank-page TIFF through the command line (pages per second), and a generated
 * batch of scanned pages through the command line in a JVM of its own, its resident memory sampled,
 * and with {@code --kills N} the same batch again, killed N times and resumed, compared byte for byte.
 */
public final class Throughput {
  private Throughput() {}

  /** One timed pass: pages, seconds, cores other processes used meanwhile. */
  record Pass(String what, int threads, long pages, double seconds, double cpuSeconds, double otherCores) {
    double secondsPerPage() {
      return seconds / pages;
    }

    double cpuPerPage() {
      return cpuSeconds / pages;
    }
  }

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    StringBuilder md = new StringBuilder("# Throughput: " + o.name() + "\n\n");
    md.append("> Command: `benchmarks/throughput ")
        .append(String.join(" ", Arrays.asList(args).subList(0, args.length - 1))).append("`.\n\n");
    md.append(Machine.describe()).append('\n');
    try (org.wathiqa.Wathiqa bundled = org.wathiqa.Wathiqa.builder().threads(1).build()) {
      // loads the bundled native library, which the raw engines then use too
    }
    Path work = Files.createTempDirectory("wathiqa-throughput");
    try {
      md.append(parts(o, work));
    } finally {
      org.apache.commons.io.file.PathUtils.deleteDirectory(work);
    }
    Files.createDirectories(o.results());
    Files.writeString(o.results().resolve(o.name() + ".md"), md, StandardCharsets.UTF_8);
    System.out.print(md);
  }

  private static String parts(Options o, Path work) throws Exception {
    StringBuilder md = new StringBuilder();
    if (o.limit() > 0) {
      List<Path> scanned = copies(scannedDocuments(o.inputs(), o.limit()), o.copies(), work);
      md.append(ocrComparison(scanned, o, work));
      if (o.engineShare() > 0) {
        md.append(EngineShare.run(scannedDocuments(o.inputs(), o.limit()), o.engineShare()));
      }
    }
    if (o.bornDigitalPages() > 0) {
      md.append(FastPaths.bornDigital(work, o.bornDigitalPages(), o.threads().get(o.threads().size() - 1)));
    }
    if (o.blankPages() > 0) {
      md.append(FastPaths.blank(work, o.blankPages(), o.threads().get(o.threads().size() - 1)));
    }
    if (o.memoryPages() > 0) {
      md.append(MemoryRun.run(o.inputs(), work, o.memoryPages(), o.threads().get(o.threads().size() - 1),
          new MemoryRun.Heaps(o.heap(), o.workerHeap()), o.kills()));
    }
    return md.toString();
  }

  private static String ocrComparison(List<Path> files, Options o, Path work) throws Exception {
    List<Pass> passes = new ArrayList<>();
    for (int round = 0; round < o.rounds(); round++) {
      for (int threads : o.threads()) {
        passes.add(raw(files, threads));
        passes.add(cli(files, threads, work));
      }
    }
    return ThroughputReport.ocr(files.size(), passes, o.threads());
  }

  /** Raw Tess4J: documents shared out to {@code threads} threads, each with one engine made once. */
  static Pass raw(List<Path> files, int threads) throws Exception {
    Path tessdata = Tessdata.locate(null, "ara");
    CpuLoad load = new CpuLoad();
    long started = System.nanoTime();
    AtomicLong pages = new AtomicLong();
    java.util.concurrent.ConcurrentLinkedQueue<Path> queue = new java.util.concurrent.ConcurrentLinkedQueue<>(files);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Void>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          try (RawEngine engine = new RawEngine(tessdata, "ara")) {
            for (Path f = queue.poll(); f != null; f = queue.poll()) {
              pages.addAndGet(engine.read(f)[0]);
            }
          }
          return null;
        }));
      }
      for (Future<Void> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return new Pass("raw Tess4J", threads, pages.get(), (System.nanoTime() - started) / 1e9, load.ownSeconds(),
        load.otherCores());
  }

  /** The command line in this JVM over {@code files} with {@code --jobs threads}, into a fresh directory. */
  static Pass cli(List<Path> files, int threads, Path work) throws IOException {
    long pages = pageCount(files);
    Path out = Files.createTempDirectory(work, "out");
    List<String> args = new ArrayList<>(List.of("extract", "--quiet", "--jobs", String.valueOf(threads),
        "--out", out.toString()));
    files.forEach(f -> args.add(f.toString()));
    CpuLoad load = new CpuLoad();
    long started = System.nanoTime();
    int code = Main.run(args.toArray(String[]::new));
    double seconds = (System.nanoTime() - started) / 1e9;
    if (code != 0) {
      throw new IllegalStateException("wathiqa extract exited with " + code);
    }
    return new Pass("wathiqa extract", threads, pages, seconds, load.ownSeconds(), load.otherCores());
  }

  /**
   * {@code files}, or with {@code copies} above one that many copies of each under distinct names in
   * {@code work}: a longer batch, over which start-up and warm-up weigh less, as in an archive run.
   */
  static List<Path> copies(List<Path> files, int copies, Path work) throws IOException {
    if (copies <= 1) {
      return files;
    }
    Path dir = Files.createDirectories(work.resolve("copies"));
    List<Path> out = new ArrayList<>();
    for (int c = 1; c <= copies; c++) {
      for (Path f : files) {
        out.add(Files.copy(f, dir.resolve(c + "-" + f.getFileName())));
      }
    }
    return out;
  }

  /** Documents whose every page is an image (no PDF text layer), in name order, at most {@code limit}. */
  static List<Path> scannedDocuments(Path dir, int limit) throws IOException {
    DocumentReader reader = new DocumentReader();
    List<Path> found = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().matches(".*\\.(png|jpe?g|tiff?|pdf)$")).sorted().toList()) {
        if (found.size() < limit && allImages(reader, f)) {
          found.add(f);
        }
      }
    }
    return found;
  }

  private static boolean allImages(DocumentReader reader, Path file) {
    try (DocumentSource source = reader.open(file)) {
      for (int i = 0; i < source.pageCount(); i++) {
        if (!(source.page(i) instanceof PageInput.Image)) {
          return false;
        }
      }
      return true;
    } catch (DocumentException e) {
      return false;
    }
  }

  static long pageCount(List<Path> files) throws IOException {
    DocumentReader reader = new DocumentReader();
    long pages = 0;
    for (Path f : files) {
      try (DocumentSource source = reader.open(f)) {
        pages += source.pageCount();
      } catch (DocumentException e) {
        throw new IOException("cannot count the pages of " + f + ": " + e.getMessage(), e);
      }
    }
    return pages;
  }

  /** Command-line options. */
  record Options(String name, Path inputs, List<Integer> threads, int limit, int rounds, int bornDigitalPages,
      int blankPages, int memoryPages, String heap, int workerHeap, int kills, int copies, int engineShare,
      Path results) {
    static Options parse(String[] a) {
      List<String> args = List.of(a);
      List<Integer> threads = List.of(value(args, "--threads", "1,2").split(",")).stream()
          .map(Integer::parseInt).toList();
      return new Options(a[0], Path.of(a[1]), threads, Integer.parseInt(value(args, "--limit", "16")),
          Integer.parseInt(value(args, "--rounds", "1")), Integer.parseInt(value(args, "--born-digital", "0")),
          Integer.parseInt(value(args, "--blank", "0")), Integer.parseInt(value(args, "--memory", "0")),
          value(args, "--heap", null),
          Integer.parseInt(value(args, "--worker-heap", "0")),
          Integer.parseInt(value(args, "--kills", "0")), Integer.parseInt(value(args, "--copies", "1")),
          Integer.parseInt(value(args, "--engine-share", "0")), Path.of(a[a.length - 1]));
    }

    private static String value(List<String> args, String name, String fallback) {
      int i = args.indexOf(name);
      return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }
  }

  static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }
}
