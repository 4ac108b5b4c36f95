package org.wathiqa.bench;

import java.util.List;

/** The Markdown of the scanned-page comparison. Stateless. */
final class ThroughputReport {
  private ThroughputReport() {}

  static String ocr(int documents, List<Throughput.Pass> passes, List<Integer> threadCounts) {
    StringBuilder md = new StringBuilder("\n## Scanned pages: Wathiqa against raw Tess4J\n\n");
    md.append(Throughput.format("%d documents, %d pages; raw Tess4J and `wathiqa extract` one after the other "
        + "at each thread count. \"other load\" is the CPU other processes on the machine used meanwhile, in "
        + "cores; \"CPU s/page\" is this JVM's own CPU time, which other load hardly changes.%n%n", documents, passes.get(0).pages()));
    md.append("| pass | threads | pages | seconds | s/page | pages/s | CPU s/page | other load (cores) |\n"
        + "|---|---|---|---|---|---|---|---|\n");
    for (Throughput.Pass p : passes) {
      md.append(Throughput.format("| %s | %d | %d | %.1f | %.3f | %.2f | %.3f | %.2f |%n", p.what(), p.threads(),
          p.pages(), p.seconds(), p.secondsPerPage(), p.pages() / p.seconds(), p.cpuPerPage(), p.otherCores()));
    }
    md.append("\n| threads | Wathiqa / raw time per page | Wathiqa / raw CPU per page |\n|---|---|---|\n");
    for (int t : threadCounts) {
      md.append(Throughput.format("| %d | %.2f | %.2f |%n", t, total(passes, "wathiqa extract", t, false)
          / total(passes, "raw Tess4J", t, false), total(passes, "wathiqa extract", t, true)
          / total(passes, "raw Tess4J", t, true)));
    }
    if (threadCounts.contains(1) && threadCounts.contains(2)) {
      md.append("\n| | speed-up 1 -> 2 threads |\n|---|---|\n");
      for (String what : passes.stream().map(Throughput.Pass::what).distinct().toList()) {
        md.append(Throughput.format("| %s | %.2fx |%n", what, total(passes, what, 1, false)
            / total(passes, what, 2, false)));
      }
    }
    return md.toString();
  }

  private static double total(List<Throughput.Pass> passes, String what, int threads, boolean cpu) {
    return passes.stream().filter(p -> p.what().equals(what) && p.threads() == threads)
        .mapToDouble(p -> cpu ? p.cpuPerPage() : p.secondsPerPage()).sum();
  }
}
