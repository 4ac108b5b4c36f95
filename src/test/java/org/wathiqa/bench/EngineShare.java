package org.wathiqa.bench;

import java.nio.file.Path;
import java.util.List;
import org.wathiqa.Wathiqa;
import org.wathiqa.ocr.NativeLibrarySource;
import org.wathiqa.ocr.PageSegmentation;
import org.wathiqa.ocr.Tessdata;
import org.wathiqa.ocr.TesseractEngine;
import org.wathiqa.ocr.TesseractSettings;

/**
 * Where Wathiqa's time per page goes against raw Tess4J's, one thread, in this JVM, the two one after
 * the other over the same documents in each round: the engine recognising whole pages, the engine
 * recognising anything smaller (stamps, rows read again, cells of digits), and everything outside the
 * engine. The engine's share is what no work outside it can bring down.
 */
final class EngineShare {
  private EngineShare() {}

  /** One round: raw Tess4J's seconds, Wathiqa's seconds and its engine's, over {@code pages} pages. */
  record Round(long pages, double rawSeconds, double seconds, double pageEngine, long pageCalls,
      double otherEngine, long otherCalls) {}

  static String run(List<Path> files, int rounds) throws Exception {
    Path tessdata = Tessdata.locate(null, "ara");
    // as Wathiqa's own engines are made (Wathiqa.Builder), the page deadline included
    TesseractSettings settings = new TesseractSettings(NativeLibrarySource.BUNDLED, null, "ara",
        PageSegmentation.SINGLE_BLOCK, (int) Wathiqa.DEFAULT_PAGE_TIMEOUT.toMillis());
    TimedEngine.Clock clock = new TimedEngine.Clock();
    StringBuilder md = new StringBuilder("\n## Where the time goes: the engine's share (one thread, in this JVM)\n\n");
    md.append(Throughput.format("%d documents, read by raw Tess4J and by `Wathiqa.extract` one after the other in "
        + "each round (after one warm-up pass of each). Wathiqa's engine calls are timed as they are made: "
        + "\"whole pages\" are recognitions of an image at least %d px each way, \"crops\" all smaller ones "
        + "(stamps, rows read again, digits). Every figure is seconds per page and, in brackets, a multiple of "
        + "raw Tess4J's time per page in the same round.%n%n", files.size(), TimedEngine.PAGE_SIDE));
    md.append("| round | pages | raw Tess4J | Wathiqa | engine, whole pages (calls) | engine, crops (calls) "
        + "| engine in all | outside the engine |\n|---|---|---|---|---|---|---|---|\n");
    try (Wathiqa wathiqa = Wathiqa.builder().threads(1)
        .ocrEngine(() -> new TimedEngine(new TesseractEngine(settings), clock)).build();
        RawEngine raw = new RawEngine(tessdata, "ara")) {
      for (Path f : files) {
        wathiqa.extract(f);
        raw.read(f);
      }
      for (int r = 1; r <= rounds; r++) {
        long pages = 0;
        long started = System.nanoTime();
        for (Path f : files) {
          pages += raw.read(f)[0];
        }
        double rawSeconds = (System.nanoTime() - started) / 1e9;
        clock.reset();
        started = System.nanoTime();
        for (Path f : files) {
          wathiqa.extract(f);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        md.append(row(r, new Round(pages, rawSeconds, seconds, clock.pageSeconds(), clock.pageCalls(),
            clock.otherSeconds(), clock.otherCalls())));
      }
    }
    return md.toString();
  }

  private static String row(int round, Round r) {
    double raw = r.rawSeconds() / r.pages();
    double engine = r.pageEngine() + r.otherEngine();
    return Throughput.format("| %d | %d | %.3f | %s | %s (%d) | %s (%d) | %s | %s |%n", round, r.pages(), raw,
        share(r.seconds(), r.pages(), raw), share(r.pageEngine(), r.pages(), raw), r.pageCalls(),
        share(r.otherEngine(), r.pages(), raw), r.otherCalls(), share(engine, r.pages(), raw),
        share(r.seconds() - engine, r.pages(), raw));
  }

  private static String share(double seconds, long pages, double rawPerPage) {
    double perPage = seconds / pages;
    return Throughput.format("%.3f (%.2f×)", perPage, perPage / rawPerPage);
  }
}
