package org.wathiqa.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.wathiqa.DocumentResult;
import org.wathiqa.PageResult;
import org.wathiqa.Wathiqa;
import org.wathiqa.ocr.Tessdata;
import org.wathiqa.read.DocumentReader;
import org.wathiqa.read.ReaderOptions;

/**
 * Accuracy and speed of Wathiqa against raw Tess4J, side by side in one run, over a folder of inputs
 * with truth. Usage: {@code Benchmark NAME INPUT_DIR [--threads N] [--strict] [--tessdata DIR --lang NAME]
 * [--no-deskew] [--no-rescale] [--no-ink] [--psm MODE] RESULTS_DIR}. Writes
 * {@code RESULTS_DIR/NAME.md}.
 */
public final class Benchmark {
  private Benchmark() {}

  record Run(String file, String kind, int pages, TextScore.Counts counts) {}

  public static void main(String[] args) throws Exception {
    String name = args[0];
    Path inputs = Path.of(args[1]);
    Path results = Path.of(args[args.length - 1]);
    int threads = intOption(args, "--threads", 2);
    boolean strict = List.of(args).contains("--strict");
    List<Path> files = inputs(inputs);
    Map<String, Truth> truth = new TreeMap<>();
    for (Path f : files) {
      truth.put(f.toString(), Truth.of(f));
    }
    String language = stringOption(args, "--lang", "ara");
    String tessdataDir = stringOption(args, "--tessdata", null);
    Path tessdata = Tessdata.locate(tessdataDir == null ? null : Path.of(tessdataDir), language);

    List<Run> raw;
    List<Run> ours;
    double rawSeconds;
    double ourSeconds;
    Wathiqa.Builder builder = Wathiqa.builder().threads(threads).tessdata(tessdata).language(language)
        .deskew(!List.of(args).contains("--no-deskew")).rescale(!List.of(args).contains("--no-rescale"))
        .separateInk(!List.of(args).contains("--no-ink"))
        .stamps(!List.of(args).contains("--no-stamps"));
    String psm = stringOption(args, "--psm", null);
    if (psm != null) {
      builder.pageSegmentation(org.wathiqa.ocr.PageSegmentation.valueOf(psm));
    }
    try (Wathiqa wathiqa = builder.build()) {
      long t0 = System.nanoTime();
      raw = runAll(files, truth, threads, strict, rawExtractor(tessdata, language));
      rawSeconds = (System.nanoTime() - t0) / 1e9;
      long t1 = System.nanoTime();
      ours = runAll(files, truth, threads, strict, () -> wathiqa::extract);
      ourSeconds = (System.nanoTime() - t1) / 1e9;
    }

    String report = Report.markdown(name, inputs, threads, strict, raw, rawSeconds, ours, ourSeconds);
    Files.createDirectories(results);
    Files.writeString(results.resolve(name + ".md"), report, StandardCharsets.UTF_8);
    System.out.print(report);
  }

  static java.util.function.Supplier<Function<Path, DocumentResult>> rawExtractor(Path tessdata,
      String language) {
    ThreadLocal<RawTess4j> engines = ThreadLocal.withInitial(
        () -> new RawTess4j(tessdata, language,
            new DocumentReader(ReaderOptions.builder().useTextLayer(false).build())));
    return () -> file -> engines.get().extract(file);
  }

  static List<Run> runAll(List<Path> files, Map<String, Truth> truth, int threads, boolean strict,
      java.util.function.Supplier<Function<Path, DocumentResult>> extractor) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Run>> futures = new ArrayList<>();
      for (Path f : files) {
        futures.add(pool.submit(() -> {
          DocumentResult r = extractor.get().apply(f);
          Truth t = truth.get(f.toString());
          return new Run(f.getFileName().toString(), t.kind(), r.pages().size(),
              TextScore.score(t.lines(), outputLines(r), strict));
        }));
      }
      List<Run> runs = new ArrayList<>();
      for (Future<Run> fu : futures) {
        runs.add(fu.get());
      }
      return runs;
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> outputLines(DocumentResult r) {
    List<String> lines = new ArrayList<>();
    for (PageResult p : r.pages()) {
      lines.addAll(List.of(p.text().split("\n")));
    }
    return lines;
  }

  static List<Path> inputs(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.matches(".*\\.(png|jpe?g|tiff?|pdf)$");
      }).filter(p -> {
        try {
          return Truth.of(p) != null;
        } catch (IOException e) {
          return false;
        }
      }).sorted().toList();
    }
  }

  private static String stringOption(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }

  static int intOption(String[] args, String name, int fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }
}
