package org.wathiqa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wathiqa.DocumentResult;
import org.wathiqa.EnvironmentException;
import org.wathiqa.PageResult;
import org.wathiqa.Wathiqa;
import org.wathiqa.fixtures.Batches;

/**
 * Pages that skip recognition: a generated born-digital PDF (text layer) and a TIFF of blank pages,
 * through the command line (engines built inside the timing) and through one {@link Wathiqa} built
 * beforehand (steady state). Stateless.
 */
final class FastPaths {
  private FastPaths() {}

  static String bornDigital(Path work, int pages, int threads) throws IOException, EnvironmentException {
    Path pdf = Batches.bornDigital(work.resolve("born-digital.pdf"), pages, 6);
    return section("Born-digital PDF", pdf, threads, work);
  }

  static String blank(Path work, int pages, int threads) throws IOException, EnvironmentException {
    Path tiff = Batches.blank(work.resolve("blank.tif"), pages);
    return section("Blank pages (bilevel TIFF, A4 at 200 dpi)", tiff, threads, work);
  }

  private static String section(String title, Path file, int threads, Path work)
      throws IOException, EnvironmentException {
    Throughput.Pass cli = Throughput.cli(List.of(file), threads, work);
    Throughput.Pass steady;
    Map<String, Integer> sources;
    try (Wathiqa wathiqa = Wathiqa.builder().threads(threads).build()) {
      CpuLoad load = new CpuLoad();
      long started = System.nanoTime();
      DocumentResult result = wathiqa.extract(file);
      steady = new Throughput.Pass("api", threads, cli.pages(), (System.nanoTime() - started) / 1e9,
          load.ownSeconds(), load.otherCores());
      sources = textSources(result);
    }
    return Throughput.format("%n## %s%n%n%d pages, %d threads (%s, %d bytes). \"pages per CPU s\" counts this "
        + "JVM's CPU time: what one free core would do, whatever the other load.%n%n"
        + "| path | seconds | pages/s | CPU s | pages per CPU s | other load (cores) |%n|---|---|---|---|---|---|%n"
        + "%s%s%nPages by `textSource`: %s.%n", title, cli.pages(), threads, file.getFileName(), Files.size(file),
        row("`wathiqa extract` (start-up included)", cli), row("`Wathiqa.extract` on a built instance", steady),
        sources);
  }

  private static String row(String path, Throughput.Pass p) {
    return Throughput.format("| %s | %.2f | %.1f | %.2f | %.1f | %.2f |%n", path, p.seconds(), p.pages() / p.seconds(),
        p.cpuSeconds(), p.pages() / p.cpuSeconds(), p.otherCores());
  }

  private static Map<String, Integer> textSources(DocumentResult result) {
    Map<String, Integer> counts = new TreeMap<>();
    for (PageResult page : result.pages()) {
      counts.merge(page.textSource().id(), 1, Integer::sum);
    }
    return counts;
  }
}
