package org.wathiqa.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The benchmark's Markdown report. */
final class Report {
  private Report() {}

  static String markdown(String name, Path inputs, int threads, boolean strict, List<Benchmark.Run> raw,
      double rawSeconds, List<Benchmark.Run> ours, double ourSeconds) {
    StringBuilder md = new StringBuilder();
    int pages = ours.stream().mapToInt(Benchmark.Run::pages).sum();
    md.append("# Benchmark: ").append(name).append("\n\n");
    md.append(String.format(Locale.ROOT, "Inputs: `%s` (%d documents, %d pages); %d threads; text normalisation: %s.%n%n",
        inputs, ours.size(), pages, threads, strict ? "strict" : "light"));
    md.append("| engine | text_cer | bow_recall | bow_precision | s/page | time ratio |\n|---|---|---|---|---|---|\n");
    row(md, "raw Tess4J", total(raw), rawSeconds / Math.max(1, pages), 1.0);
    row(md, "Wathiqa", total(ours), ourSeconds / Math.max(1, pages), ourSeconds / rawSeconds);
    md.append("\n## By kind\n\n| kind | documents | raw text_cer | Wathiqa text_cer |\n|---|---|---|---|\n");
    Map<String, TextScore.Counts[]> kinds = new TreeMap<>();
    for (int i = 0; i < ours.size(); i++) {
      TextScore.Counts[] c = kinds.computeIfAbsent(ours.get(i).kind(),
          k -> new TextScore.Counts[] {TextScore.Counts.ZERO, TextScore.Counts.ZERO, TextScore.Counts.ZERO});
      c[0] = c[0].plus(raw.get(i).counts());
      c[1] = c[1].plus(ours.get(i).counts());
      c[2] = new TextScore.Counts(c[2].edits() + 1, 0, 0, 0, 0);
    }
    kinds.forEach((k, c) -> md.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f |%n", k, c[2].edits(),
        c[0].cer(), c[1].cer())));
    md.append("\n## By document\n\n| document | raw text_cer | Wathiqa text_cer |\n|---|---|---|\n");
    for (int i = 0; i < ours.size(); i++) {
      md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f |%n", ours.get(i).file(),
          raw.get(i).counts().cer(), ours.get(i).counts().cer()));
    }
    return md.toString();
  }

  private static TextScore.Counts total(List<Benchmark.Run> runs) {
    TextScore.Counts t = TextScore.Counts.ZERO;
    for (Benchmark.Run r : runs) {
      t = t.plus(r.counts());
    }
    return t;
  }

  private static void row(StringBuilder md, String engine, TextScore.Counts c, double secondsPerPage, double ratio) {
    md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.2f | %.2f |%n", engine, c.cer(),
        c.bowRecall(), c.bowPrecision(), secondsPerPage, ratio));
  }
}
