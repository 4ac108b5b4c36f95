package org.wathiqa.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.wathiqa.DocumentExtractor;
import org.wathiqa.EnvironmentException;
import org.wathiqa.Isolation;
import org.wathiqa.Wathiqa;
import org.wathiqa.json.WathiqaJson;

/**
 * What reading in worker JVMs costs, measured side by side with in-process reading in one run: the
 * start-up of one worker against building one in-process engine, and the same documents read
 * {@code jobs} at a time both ways (in-process: one instance with {@code jobs} threads; isolated:
 * {@code jobs} workers with one thread each), in alternating order. Usage:
 * {@code IsolationBenchmark INPUT_DIR FILES JOBS RESULTS_DIR}; writes {@code RESULTS_DIR/isolation-FILES.md}.
 */
public final class IsolationBenchmark {
  private static final int STARTS = 3;

  private IsolationBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<Path> files = spread(Path.of(args[0]), Integer.parseInt(args[1]));
    int jobs = Integer.parseInt(args[2]);
    double inProcessStart = meanStartMillis(() -> Wathiqa.builder().threads(1).build());
    double workerStart = meanStartMillis(() -> Wathiqa.builder().threads(1).buildIsolated(workers(1)));
    double[] inProcess = new double[2];
    double[] isolated = new double[2];
    List<String> first = null;
    for (int round = 0; round < 2; round++) {
      boolean isolatedFirst = round == 1;
      Timed a = timed(isolatedFirst, files, jobs);
      Timed b = timed(!isolatedFirst, files, jobs);
      Timed iso = isolatedFirst ? a : b;
      Timed in = isolatedFirst ? b : a;
      inProcess[round] = in.seconds();
      isolated[round] = iso.seconds();
      if (!iso.json().equals(in.json())) {
        throw new IllegalStateException("isolated and in-process JSON differ in round " + round);
      }
      first = in.json();
    }
    write(Path.of(args[3]), files, jobs, inProcessStart, workerStart, inProcess, isolated, first.size());
  }

  private static Isolation workers(int n) {
    return Isolation.defaults().withWorkers(n);
  }

  /** Opens an extractor; for timing start-up. */
  @FunctionalInterface
  interface Opener {
    DocumentExtractor open() throws EnvironmentException;
  }

  private static double meanStartMillis(Opener opener) throws EnvironmentException {
    double total = 0;
    for (int i = 0; i < STARTS; i++) {
      long t = System.nanoTime();
      try (DocumentExtractor e = opener.open()) {
        total += (System.nanoTime() - t) / 1e6;
      }
    }
    return total / STARTS;
  }

  record Timed(double seconds, List<String> json) {}

  /** Reads {@code files} {@code jobs} at a time; the time excludes start-up. */
  private static Timed timed(boolean isolated, List<Path> files, int jobs) throws Exception {
    try (DocumentExtractor extractor = isolated
        ? Wathiqa.builder().threads(1).buildIsolated(workers(jobs)) : Wathiqa.builder().threads(jobs).build()) {
      ExecutorService callers = Executors.newFixedThreadPool(jobs);
      try {
        long t = System.nanoTime();
        List<Future<String>> futures = new ArrayList<>();
        for (Path f : files) {
          futures.add(callers.submit(() -> WathiqaJson.write(extractor.extract(f))));
        }
        List<String> json = new ArrayList<>();
        for (Future<String> f : futures) {
          json.add(f.get());
        }
        return new Timed((System.nanoTime() - t) / 1e9, json);
      } finally {
        callers.shutdownNow();
      }
    }
  }

  /** {@code n} documents spread evenly over the sorted inputs of {@code dir}. */
  private static List<Path> spread(Path dir, int n) throws IOException {
    List<Path> all;
    try (Stream<Path> s = Files.list(dir)) {
      all = s.filter(p -> p.toString().toLowerCase(Locale.ROOT).matches(".*\\.(png|jpe?g|tiff?|pdf)$")).sorted().toList();
    }
    List<Path> picked = new ArrayList<>();
    for (int i = 0; i < n && i < all.size(); i++) {
      picked.add(all.get(i * all.size() / n));
    }
    return picked;
  }

  private static void write(Path results, List<Path> files, int jobs, double inStart, double workerStart,
      double[] inProcess, double[] isolated, int identical) throws IOException {
    StringBuilder md = new StringBuilder("# Worker JVMs against in-process reading\n\n");
    md.append(String.format(Locale.ROOT, "%d documents (%s), %d at a time, both ways in one run.%n%n", files.size(),
        String.join(", ", files.stream().map(f -> f.getFileName().toString()).toList()), jobs));
    md.append("| | in-process | isolated | ratio |\n|---|---|---|---|\n");
    md.append(String.format(Locale.ROOT, "| start-up of one engine / one worker, ms (mean of %d) | %.0f | %.0f | %.2f |%n",
        STARTS, inStart, workerStart, workerStart / inStart));
    for (int r = 0; r < 2; r++) {
      md.append(String.format(Locale.ROOT, "| round %d (%s first), s | %.1f | %.1f | %.2f |%n", r + 1,
          r == 0 ? "in-process" : "isolated", inProcess[r], isolated[r], isolated[r] / inProcess[r]));
    }
    md.append(String.format(Locale.ROOT, "%nJSON identical both ways: %d of %d documents.%n", identical, files.size()));
    Files.writeString(results.resolve("isolation-" + files.size() + ".md"), md.toString(), StandardCharsets.UTF_8);
    System.out.print(md);
  }
}
