package org.wathiqa.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.wathiqa.Box;
import org.wathiqa.DocumentResult;
import org.wathiqa.PageResult;
import org.wathiqa.Signature;
import org.wathiqa.Wathiqa;

/**
 * Signature detection against the truth boxes of a folder of inputs (the fixtures give every
 * signature a box): recall and precision at IoU ≥ 0.5, and how many truths were only partly found.
 * Usage: {@code SignatureBenchmark NAME INPUT_DIR RESULTS_DIR}.
 */
public final class SignatureBenchmark {
  private SignatureBenchmark() {}

  public static void main(String[] args) throws Exception {
    String name = args[0];
    Path inputs = Path.of(args[1]);
    Path results = Path.of(args[2]);
    List<Path> truths;
    try (Stream<Path> files = Files.list(inputs)) {
      truths = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    int truthCount = 0;
    int found = 0;
    int partly = 0;
    int reported = 0;
    List<String> misses = new ArrayList<>();
    try (Wathiqa wathiqa = Wathiqa.builder().signatures(true).build()) {
      for (Path truthFile : truths) {
        JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
        Path input = inputOf(truthFile);
        if (input == null || !truth.has("signatures")) {
          continue;
        }
        DocumentResult result = wathiqa.extract(input);
        List<int[]> used = new ArrayList<>();
        for (PageResult page : result.pages()) {
          reported += page.signatures().size();
        }
        for (JsonNode s : truth.path("signatures")) {
          truthCount++;
          int pageIndex = s.path("page").asInt(0);
          if (pageIndex >= result.pages().size()) {
            misses.add(input.getFileName() + ": page not read");
            continue;
          }
          PageResult page = result.pages().get(pageIndex);
          double k = page.dpi() / truth.path("dpi").asDouble(page.dpi());
          JsonNode b = s.path("box");
          Box box = new Box((int) Math.round(k * b.path("x").asInt()), (int) Math.round(k * b.path("y").asInt()),
              (int) Math.round(k * b.path("w").asInt()), (int) Math.round(k * b.path("h").asInt()));
          double best = 0;
          int bestAt = -1;
          for (int i = 0; i < page.signatures().size(); i++) {
            Signature sig = page.signatures().get(i);
            int at = i;
            if (used.stream().noneMatch(u -> u[0] == pageIndex && u[1] == at) && sig.box().iou(box) > best) {
              best = sig.box().iou(box);
              bestAt = i;
            }
          }
          if (best >= 0.5) {
            found++;
            used.add(new int[] {pageIndex, bestAt});
          } else {
            partly += best > 0.1 ? 1 : 0;
            misses.add(String.format(Locale.ROOT, "%s: best IoU %.2f", input.getFileName(), best));
          }
        }
      }
    }
    StringBuilder md = new StringBuilder();
    md.append("# Signatures: ").append(name).append("\n\n");
    md.append("Inputs: `").append(inputs).append("`; signature search on (`signatures(true)`), everything else "
        + "default; a truth counts as found when a reported mark on its page overlaps it at IoU ≥ 0.5.\n\n");
    md.append("| truths | found | only partly found (0.1 < IoU < 0.5) | marks reported | recall | precision |\n");
    md.append("|---|---|---|---|---|---|\n");
    md.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %.3f | %.3f |%n%n", truthCount, found, partly,
        reported, found / (double) Math.max(1, truthCount), found / (double) Math.max(1, reported)));
    md.append("Missed:\n\n");
    for (String m : misses) {
      md.append("- ").append(m).append('\n');
    }
    Files.createDirectories(results);
    Files.writeString(results.resolve(name + ".md"), md.toString(), StandardCharsets.UTF_8);
    System.out.print(md);
  }

  private static Path inputOf(Path truth) throws Exception {
    String base = truth.getFileName().toString().replace(".json", "");
    try (Stream<Path> files = Files.list(truth.getParent())) {
      return files.filter(p -> p.getFileName().toString().startsWith(base + ".") && !p.toString().endsWith(".json"))
          .findFirst().orElse(null);
    }
  }
}
