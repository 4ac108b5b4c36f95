package org.wathiqa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.wathiqa.fixtures.Batches;

/**
 * A long batch through the command line in a JVM of its own (as the {@code wathiqa} launcher starts
 * it), its resident memory read from {@code /proc/PID/status} every second. Linux only; stateless.
 */
final class MemoryRun {
  private static final int PAGES_PER_DOCUMENT = 25;

  private MemoryRun() {}

  /** One sample: seconds since start, documents written, resident kB. */
  record Sample(double seconds, int documents, long rssKb) {}

  /**
   * @param heap the child's fixed heap ({@code -Xms} and {@code -Xmx}, e.g. {@code 1g}), touched at
   *     start, so resident growth is native memory; null for the JVM's defaults
   */
  static String run(Path fixtures, Path work, int pages, int threads, String heap)
      throws IOException, InterruptedException {
    Path in = work.resolve("archive");
    int documents = Batches.scanned(fixtures, in, pages, PAGES_PER_DOCUMENT).size();
    Path out = work.resolve("archive-out");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString()));
    if (heap != null) {
      command.addAll(List.of("-Xms" + heap, "-Xmx" + heap, "-XX:+AlwaysPreTouch"));
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.wathiqa.cli.Main", "extract",
        "--quiet", "--jobs", String.valueOf(threads), "--out", out.toString(), in.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(work.resolve("archive.log").toFile()).start();
    long started = System.nanoTime();
    List<Sample> samples = new ArrayList<>();
    while (p.isAlive()) {
      long rss = rssKb(p.pid());
      if (rss > 0) {
        samples.add(new Sample((System.nanoTime() - started) / 1e9, outputs(out), rss));
      }
      Thread.sleep(1000);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return report(samples, documents, documents * PAGES_PER_DOCUMENT, threads, seconds, p.exitValue(), heap);
  }

  private static String report(List<Sample> samples, int documents, int pages, int threads, double seconds,
      int exit, String heap) {
    StringBuilder md = new StringBuilder(Throughput.format("%n## Resident memory over a long run%n%n"
        + "%d documents of %d scanned pages (%d pages: fixture letters repeated as JPEG-page PDFs and CCITT G4 "
        + "TIFFs), `wathiqa extract --jobs %d` in a JVM of its own with %s; exit code %d; "
        + "%.0f s, %.2f pages/s.%n%n| seconds | documents done | RSS (MB) |%n|---|---|---|%n", documents,
        PAGES_PER_DOCUMENT, pages, threads, heap == null ? "default heap settings" : "a fixed heap of " + heap + ", touched at start", exit,
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
    return md.toString();
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
