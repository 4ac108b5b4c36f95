package org.wathiqa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.wathiqa.fixtures.Batches;

/**
 * A long batch through the command line in a JVM of its own (as the {@code wathiqa} launcher starts
 * it), the resident memory of that JVM and of the worker JVMs it starts read from
 * {@code /proc/PID/status} every second; optionally the same batch again, killed with SIGKILL at
 * random moments and resumed, its output compared byte for byte with the first run's. Linux only;
 * stateless.
 */
final class MemoryRun {
  private static final int PAGES_PER_DOCUMENT = 25;
  /** Seed of the kill moments, fixed so a run can be repeated. */
  private static final long KILL_SEED = 20261204L;

  private MemoryRun() {}

  /** One sample: seconds since start, documents written, resident kB. */
  record Sample(double seconds, int documents, long rssKb) {}

  /**
   * The command line's JVM and its workers' heaps.
   *
   * @param command the command line JVM's fixed heap ({@code -Xms} and {@code -Xmx}, e.g. {@code 512m}),
   *     touched at start; null for the JVM's defaults
   * @param workerMegabytes each worker JVM's heap in MiB, fixed and touched at start the same way; 0 for
   *     the command line's default ({@code --worker-heap}'s limit, grown and given back by the collector)
   */
  record Heaps(String command, int workerMegabytes) {
    String describe() {
      String own = command == null ? "default heap settings" : "a fixed heap of " + command + ", touched at start";
      String workers = workerMegabytes == 0 ? "workers with the default heap limit, grown and given back by the collector"
          : "workers with fixed heaps of " + workerMegabytes + " MiB, touched at start";
      return own + "; " + workers;
    }
  }

  /**
   * @param heap the heaps; fixed heaps make resident growth native memory rather than a collector
   *     growing its heap
   * @param kills how many times a second run of the same batch is killed with SIGKILL (at moments drawn
   *     from a fixed seed within the first run's duration) and started again; 0 for no second run
   */
  static String run(Path fixtures, Path work, int pages, int threads, Heaps heap, int kills)
      throws IOException, InterruptedException {
    Path in = work.resolve("archive");
    int documents = Batches.scanned(fixtures, in, pages, PAGES_PER_DOCUMENT).size();
    Path out = work.resolve("archive-out");
    Process p = start(in, out, threads, heap, work.resolve("archive.log"));
    long started = System.nanoTime();
    List<Sample> samples = new ArrayList<>();
    while (p.isAlive()) {
      long rss = treeRssKb(p.toHandle());
      if (rss > 0) {
        samples.add(new Sample((System.nanoTime() - started) / 1e9, outputs(out), rss));
      }
      Thread.sleep(1000);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    String md = report(samples, documents, documents * PAGES_PER_DOCUMENT, threads, seconds, p.exitValue(), heap);
    return kills > 0 ? md + killed(in, out, work, threads, heap, kills, seconds) : md;
  }

  private static Process start(Path in, Path out, int threads, Heaps heap, Path log) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString()));
    if (heap.command() != null) {
      command.addAll(List.of("-Xms" + heap.command(), "-Xmx" + heap.command(), "-XX:+AlwaysPreTouch"));
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.wathiqa.cli.Main", "extract",
        "--quiet", "--jobs", String.valueOf(threads)));
    if (heap.workerMegabytes() > 0) {
      command.addAll(List.of("--worker-heap", String.valueOf(heap.workerMegabytes()),
          "--worker-jvm-option=-Xms" + heap.workerMegabytes() + "m", "--worker-jvm-option=-XX:+AlwaysPreTouch"));
    }
    command.addAll(List.of("--out", out.toString(), in.toString()));
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
  }

  /**
   * The batch run again into a second directory, killed with SIGKILL {@code kills} times and started
   * again each time, then run to its end; its files compared with the clean run's in {@code clean}.
   */
  private static String killed(Path in, Path clean, Path work, int threads, Heaps heap, int kills,
      double cleanSeconds) throws IOException, InterruptedException {
    Path out = work.resolve("archive-killed");
    Random random = new Random(KILL_SEED);
    StringBuilder md = new StringBuilder(Throughput.format("%n## Killed and resumed%n%n"
        + "The same batch into a second directory, `wathiqa extract` killed with SIGKILL %d times at moments "
        + "drawn (seed %d) within the first run's %.0f s, and started again each time with the same command; "
        + "then run to its end.%n%n| kill | after (s) | documents written before it |%n|---|---|---|%n", kills,
        KILL_SEED, cleanSeconds));
    for (int kill = 1; kill <= kills; kill++) {
      double at = cleanSeconds * (0.1 + 0.8 * random.nextDouble()) / kills;
      Process p = start(in, out, threads, heap, work.resolve("archive-killed.log"));
      if (p.waitFor((long) (at * 1000), TimeUnit.MILLISECONDS)) {
        md.append(Throughput.format("| %d | — | the run had ended (exit %d) |%n", kill, p.exitValue()));
        continue;
      }
      int before = outputs(out);
      p.destroyForcibly().waitFor();
      md.append(Throughput.format("| %d | %.0f | %d |%n", kill, at, before));
    }
    Process last = start(in, out, threads, heap, work.resolve("archive-killed.log"));
    int exit = last.waitFor();
    Comparison c = compare(clean, out);
    md.append(Throughput.format("%nFinal run exit code %d. Files compared (all but `_report.json`, whose "
        + "seconds differ): %d in the clean run, %d after the kills; %d byte-identical, %d differ, %d missing, "
        + "%d extra; temporary files left: %d.%n", exit, c.clean(), c.resumed(), c.identical(), c.differ(),
        c.missing(), c.extra(), c.leftovers()));
    return md.toString();
  }

  record Comparison(int clean, int resumed, int identical, int differ, int missing, int extra, int leftovers) {}

  static Comparison compare(Path clean, Path resumed) throws IOException {
    Map<String, Path> a = files(clean);
    Map<String, Path> b = files(resumed);
    int identical = 0;
    int differ = 0;
    int missing = 0;
    for (var e : a.entrySet()) {
      Path other = b.get(e.getKey());
      if (other == null) {
        missing++;
      } else if (Files.mismatch(e.getValue(), other) == -1) {
        identical++;
      } else {
        differ++;
      }
    }
    int extra = (int) b.keySet().stream().filter(k -> !a.containsKey(k)).count();
    int leftovers = (int) b.keySet().stream().filter(k -> Path.of(k).getFileName().toString().startsWith(".")).count();
    return new Comparison(a.size(), b.size(), identical, differ, missing, extra, leftovers);
  }

  /** The files under {@code dir} by relative path, the batch report left out. */
  private static Map<String, Path> files(Path dir) throws IOException {
    Map<String, Path> found = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      all.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("_report.json"))
          .forEach(f -> found.put(dir.relativize(f).toString(), f));
    }
    return found;
  }

  /** Resident kB of {@code root} and every process it started, alive now. */
  private static long treeRssKb(ProcessHandle root) {
    long sum = rssKb(root.pid());
    for (ProcessHandle child : root.descendants().toList()) {
      sum += rssKb(child.pid());
    }
    return sum;
  }

  private static String report(List<Sample> samples, int documents, int pages, int threads, double seconds,
      int exit, Heaps heap) {
    StringBuilder md = new StringBuilder(Throughput.format("%n## Resident memory over a long run%n%n"
        + "%d documents of %d scanned pages (%d pages: fixture letters repeated as JPEG-page PDFs and CCITT G4 "
        + "TIFFs), `wathiqa extract --jobs %d` in a JVM of its own with %s; exit code %d; "
        + "%.0f s, %.2f pages/s. RSS is that JVM's and its worker JVMs' together.%n%n"
        + "| seconds | documents done | RSS (MB) |%n|---|---|---|%n", documents,
        PAGES_PER_DOCUMENT, pages, threads, heap.describe(), exit,
        seconds, pages / seconds));
    int step = Math.max(1, documents / 10);
    int next = 0;
    for (Sample s : samples) {
      if (s.documents() >= next) {
        md.append(Throughput.format("| %.0f | %d | %.0f |%n", s.seconds(), s.documents(), s.rssKb() / 1024.0));
        next = s.documents() + step;
      }
    }
    Sample warm = samples.stream().filter(s -> s.documents() >= step).findFirst().orElse(samples.get(0));
    Sample end = samples.get(samples.size() - 1);
    long peak = samples.stream().mapToLong(Sample::rssKb).max().orElse(0);
    md.append(Throughput.format("%nAfter warm-up (%d documents done): %.0f MB; at the end: %.0f MB (%+.1f%%); "
        + "peak %.0f MB.%n", warm.documents(), warm.rssKb() / 1024.0, end.rssKb() / 1024.0,
        100.0 * (end.rssKb() - warm.rssKb()) / warm.rssKb(), peak / 1024.0));
    int lastFrom = documents - step;
    double early = medianMb(samples, step, 2 * step);
    double late = medianMb(samples, lastFrom, documents + 1);
    md.append(Throughput.format("Median of the one-second samples while %d to %d documents were done: %.0f MB; "
        + "while %d to %d were: %.0f MB (%+.1f%%).%n", step, 2 * step - 1, early, lastFrom, documents, late,
        100.0 * (late - early) / early));
    return md.toString();
  }

  /** Median resident MB of the samples taken while {@code from} (inclusive) to {@code to} (exclusive) documents were done. */
  private static double medianMb(List<Sample> samples, int from, int to) {
    long[] kb = samples.stream().filter(s -> s.documents() >= from && s.documents() < to)
        .mapToLong(Sample::rssKb).sorted().toArray();
    if (kb.length == 0) {
      return Double.NaN;
    }
    return (kb[(kb.length - 1) / 2] + kb[kb.length / 2]) / 2.0 / 1024.0;
  }

  private static long rssKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException gone) {
      return 0;
    }
    return 0;
  }

  private static int outputs(Path out) {
    if (!Files.isDirectory(out)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(out)) {
      return (int) files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.startsWith(".") && !n.startsWith("_"))
          .count();
    } catch (IOException | java.io.UncheckedIOException e) {
      return 0;
    }
  }
}
