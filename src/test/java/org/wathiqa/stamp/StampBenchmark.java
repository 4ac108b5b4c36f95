package org.wathiqa.stamp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.wathiqa.ocr.TesseractEngine;
import org.wathiqa.ocr.TesseractSettings;

/**
 * The stamp stage over folders of letters with truth: detection recall and precision of stamp boxes
 * (intersection over union at least 0.5), reading as the scorer counts it, register stamps' numbers
 * and figure dates read into their fields, and the stage's time, and its engine's part, against the
 * engine recognising the same pages whole, one thread, in one run.
 *
 * <p>Usage: {@code StampBenchmark NAME RESULTS_DIR INPUT_DIR...}; writes {@code RESULTS_DIR/NAME.md}.
 */
public final class StampBenchmark {
  private StampBenchmark() {}

  public static void main(String[] args) throws Exception {
    StringBuilder report = new StringBuilder("# Stamp benchmark: " + args[0] + "\n\n")
        .append("One thread; stamp time is the whole stamp stage (finding and reading) over the time the library's ")
        .append("engine (one uniform block, no second reading of unsure lines inverted) takes to recognise the same page ")
        .append("image whole, measured page by page in the same run; its engine part is the engine's time recognising the ")
        .append("stamps found (rings, centres, register stamps) over the same.\n\n")
        .append("| inputs | pages | truth stamps | boxed | predicted | box recall | box precision ")
        .append("| stamp_read_recall | stamp_ring_recall | stamps per truth | stamp ms/page | stamp time / OCR time ")
        .append("| engine part / OCR time ")
        .append("| register numbers right (wrong) | register dates right |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    StringBuilder misses = new StringBuilder("\n## Boxes missed and stamps found beyond the truth\n\n");
    try (TesseractEngine engine = new TesseractEngine(TesseractSettings.defaults())) {
      for (int i = 2; i < args.length; i++) {
        StampMeasure m = StampMeasure.run(Path.of(args[i]), engine, true);
        report.append(String.format(Locale.ROOT,
            "| `%s` | %d | %d | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.0f | %.3f | %.3f | %d of %d (%d) | %d of %d |%n",
            args[i], m.pages, m.truthStamps, m.truthBoxed, m.predicted, m.recall(), m.precision(), m.readRecall(),
            m.ringRecall(), m.perTruth(), m.millisPerPage(), m.stampShare(), m.stampEngineShare(), m.numbersRight, m.registers,
            m.numbersWrong, m.datesRight, m.datedRegisters));
        String input = args[i];
        m.misses.stream().filter(miss -> !miss.contains(" unread: "))
            .forEach(miss -> misses.append("- `").append(input).append("` missed: ").append(miss).append('\n'));
        m.extras.forEach(extra -> misses.append("- `").append(input).append("` beyond: ").append(extra).append('\n'));
      }
    }
    report.append(misses);
    Path results = Path.of(args[1]);
    Files.createDirectories(results);
    Files.writeString(results.resolve(args[0] + ".md"), report, StandardCharsets.UTF_8);
    System.out.print(report);
  }
}
