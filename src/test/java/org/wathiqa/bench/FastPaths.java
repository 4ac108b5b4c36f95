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
    return section("Born-digital PDF", pdf, threads);
  }

  static String blank(Path work, int pages, int threads) throws IOException, EnvironmentException {
    Path tiff = Batches.blank(work.resolve("blank.tif"), pages);
    return section("Blank pages (bilevel TIFF, A4 at 200 dpi)", tiff, threads);
  }

  private static String section(String title, Path file, int threads) throws IOException, EnvironmentException {
    Throughput.Pass cli = Throughput.cli(List.of(file), threads, "wathiqa extract");
    double steady;
    Map<String, Integer> sources;
    try (Wathiqa wathiqa = Wathiqa.builder().threads(threads).build()) {
      long started = System.nanoTime();
      DocumentResult result = wathiqa.extract(file);
      steady = (System.nanoTime() - started) / 1e9;
      sources = textSources(result);
    }
    return Throughput.format("%n## %s%n%n%d pages, %d threads (%s, %d bytes).%n%n"
        + "| path | seconds | pages/s | other load (cores) |%n|---|---|---|---|%n"
        + "| `wathiqa extract` (start-up included) | %.2f | %.1f | %.2f |%n"
        + "| `Wathiqa.extract` on a built instance | %.2f | %.1f | |%n%n"
        + "Pages by `textSource`: %s.%n", title, cli.pages(), threads, file.getFileName(), Files.size(file),
        cli.seconds(), cli.pages() / cli.seconds(), cli.otherCores(), steady, cli.pages() / steady, sources);
  }

  private static Map<String, Integer> textSources(DocumentResult result) {
    Map<String, Integer> counts = new TreeMap<>();
    for (PageResult page : result.pages()) {
      counts.merge(page.textSource().id(), 1, Integer::sum);
    }
    return counts;
  }
}
