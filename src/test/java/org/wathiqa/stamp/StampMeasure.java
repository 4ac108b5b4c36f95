package org.wathiqa.stamp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.wathiqa.Box;
import org.wathiqa.Stamp;
import org.wathiqa.bench.RegisterTruth;
import org.wathiqa.bench.TimedEngine;
import org.wathiqa.digits.DigitReader;
import org.wathiqa.fields.FieldExtractor;
import org.wathiqa.fields.StampFields;
import org.wathiqa.ocr.OcrEngine;
import org.wathiqa.read.DocumentReader;
import org.wathiqa.read.DocumentSource;
import org.wathiqa.read.PageInput;
import org.wathiqa.text.ArabicText;

/** Runs the finder over a folder of letters with truth and counts what it found, as the scorer does. */
final class StampMeasure {
  int truthStamps;
  int truthBoxed;
  int predicted;
  int matchedBoxes;
  int read;
  int rings;
  int ringsRead;
  int pages;
  /** Register stamps of the truth with a number; of those, with a date in figures. */
  int registers;
  int datedRegisters;
  /** Register stamps whose fields give the truth's number, another number, the truth's date. */
  int numbersRight;
  int numbersWrong;
  int datesRight;
  long stampNanos;
  /** The engine's part of {@link #stampNanos}: reading the stamps found. */
  private final TimedEngine.Clock stampEngine = new TimedEngine.Clock();
  /** Time the engine took to recognise the same pages whole, when asked to measure it. */
  long ocrNanos;
  final List<String> misses = new ArrayList<>();
  /** Stamps found that match no truth box, in documents whose truth gives boxes. */
  final List<String> extras = new ArrayList<>();
  private boolean timeOcr;
  private final StampFields fields = new StampFields(java.time.Clock.systemUTC());

  static StampMeasure run(Path dir, OcrEngine engine) throws Exception {
    return run(dir, engine, false);
  }

  /** As {@link #run(Path, OcrEngine)}, also timing the engine over each whole page if {@code timeOcr}. */
  static StampMeasure run(Path dir, OcrEngine engine, boolean timeOcr) throws Exception {
    StampMeasure m = new StampMeasure();
    m.timeOcr = timeOcr;
    StampFinder finder = new StampFinder(true, DigitReader.bundled(FieldExtractor::isMonthName)); // as the pipeline's
    List<Path> truths;
    try (Stream<Path> files = Files.list(dir)) {
      truths = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path truth : truths) {
      Path input = inputOf(truth);
      if (input != null) {
        m.document(new ObjectMapper().readTree(truth.toFile()), input, finder, engine);
      }
    }
    return m;
  }

  private static Path inputOf(Path truth) throws Exception {
    String base = truth.getFileName().toString().replace(".json", "");
    try (Stream<Path> files = Files.list(truth.getParent())) {
      return files.filter(p -> p.getFileName().toString().startsWith(base + ".") && !p.toString().endsWith(".json"))
          .findFirst().orElse(null);
    }
  }

  private void document(JsonNode truth, Path input, StampFinder finder, OcrEngine engine) throws Exception {
    List<Stamp> found = new ArrayList<>();
    List<Integer> foundPage = new ArrayList<>();
    int pageDpi = 0;
    try (DocumentSource source = new DocumentReader().open(input)) {
      for (int i = 0; i < source.pageCount(); i++) {
        if (source.page(i) instanceof PageInput.Image page) {
          pages++;
          pageDpi = i == 0 ? page.dpi() : pageDpi;
          long t = System.nanoTime();
          for (Stamp s : finder.find(page.image(), page.dpi(), new TimedEngine(engine, stampEngine))) {
            found.add(s);
            foundPage.add(i);
          }
          stampNanos += System.nanoTime() - t;
          if (timeOcr) {
            org.opencv.core.Mat g = org.wathiqa.prepare.Mats.grey(page.image());
            BufferedImage grey = org.wathiqa.prepare.Mats.toImage(g);
            g.release();
            long o = System.nanoTime();
            engine.recognize(grey, page.dpi());
            ocrNanos += System.nanoTime() - o;
          }
        } else {
          return;
        }
      }
    }
    predicted += found.size();
    int truthBoxedBefore = truthBoxed;
    boolean[] matched = new boolean[found.size()];
    for (JsonNode s : truth.path("stamps")) {
      truthStamps++;
      String want = norm(s.hasNonNull("innerText") ? s.get("innerText").asText() : s.path("text").asText());
      boolean ok = found.stream().anyMatch(f -> ArabicText.infixDistance(want, norm(f.text())) <= 0.35 * want.length());
      read += ok ? 1 : 0;
      if (s.hasNonNull("outerText")) {
        String ring = norm(s.get("outerText").asText());
        rings++;
        ringsRead += found.stream().anyMatch(f -> ArabicText.infixDistance(ring, norm(f.text())) <= 0.35 * ring.length()) ? 1 : 0;
      }
      if (s.has("box")) {
        truthBoxed++;
        Box box = scaledBox(s.get("box"), pageDpi / truth.path("dpi").asDouble(pageDpi));
        int page = s.path("page").asInt(0);
        boolean hit = false;
        for (int k = 0; k < found.size(); k++) {
          boolean same = foundPage.get(k) == page && found.get(k).box().iou(box) >= 0.5;
          hit |= same;
          matched[k] |= same;
        }
        matchedBoxes += hit ? 1 : 0;
        if (!hit) {
          misses.add(input.getFileName() + " " + s.path("shape").asText() + " " + box);
        }
      }
      RegisterTruth register = RegisterTruth.of(s);
      if (register != null) {
        register(register, s, found, foundPage, pageDpi / truth.path("dpi").asDouble(pageDpi));
      }
      if (!ok) {
        misses.add(input.getFileName() + " unread: " + want + " | got " + found.stream().map(Stamp::text).toList());
      }
    }
    if (truthBoxedBefore < truthBoxed) {
      for (int k = 0; k < found.size(); k++) {
        if (!matched[k]) {
          extras.add(input.getFileName() + " page " + foundPage.get(k) + " " + found.get(k).shape() + " "
              + found.get(k).box());
        }
      }
    }
  }

  /**
   * Scores the fields of the stamp found for the truth register stamp {@code s}: the one on its page
   * overlapping its box most (IoU at least 0.3), or, where the truth gives no box, the one whose text
   * holds its text most nearly.
   */
  private void register(RegisterTruth register, JsonNode s, List<Stamp> found, List<Integer> foundPage, double scale) {
    registers++;
    datedRegisters += register.date() == null ? 0 : 1;
    Stamp best = null;
    double bestScore = 0;
    String want = norm(s.path("text").asText());
    for (int k = 0; k < found.size(); k++) {
      Stamp f = found.get(k);
      double score = s.has("box")
          ? (foundPage.get(k) == s.path("page").asInt(0) ? f.box().iou(scaledBox(s.get("box"), scale)) : 0) - 0.3
          : 1 - (double) ArabicText.infixDistance(want, norm(f.text())) / Math.max(1, want.length());
      if (score >= 0 && (best == null || score > bestScore)) {
        best = f;
        bestScore = score;
      }
    }
    if (best != null && best.shape().equals("rect")) {
      var read = fields.read(best.text(), best.confidence(), 0, best.box());
      numbersRight += register.numberIn(read) ? 1 : 0;
      numbersWrong += register.otherNumberIn(read) ? 1 : 0;
      datesRight += register.dateIn(read) ? 1 : 0;
    }
  }

  /** A truth box given at the truth's resolution, in pixels of a page read at another. */
  private static Box scaledBox(JsonNode b, double k) {
    return new Box((int) Math.round(k * b.get("x").asInt()), (int) Math.round(k * b.get("y").asInt()),
        (int) Math.round(k * b.get("w").asInt()), (int) Math.round(k * b.get("h").asInt()));
  }

  double recall() {
    return (double) matchedBoxes / Math.max(1, truthBoxed);
  }

  /** Predicted stamps matching a truth box, over all predicted (one match per truth stamp). */
  double precision() {
    return (double) matchedBoxes / Math.max(1, predicted);
  }

  double readRecall() {
    return (double) read / Math.max(1, truthStamps);
  }

  double ringRecall() {
    return (double) ringsRead / Math.max(1, rings);
  }

  double perTruth() {
    return (double) predicted / Math.max(1, truthStamps);
  }

  /** Time in the stamp stage over the time the engine took to recognise the same pages. */
  double stampShare() {
    return ocrNanos == 0 ? 0 : (double) stampNanos / ocrNanos;
  }

  /** The engine's time reading the stamps over the time it took to recognise the same pages. */
  double stampEngineShare() {
    return ocrNanos == 0 ? 0 : stampEngine.seconds() * 1e9 / ocrNanos;
  }

  double millisPerPage() {
    return stampNanos / 1e6 / Math.max(1, pages);
  }

  String summary() {
    return String.format(Locale.ROOT,
        "pages %d, truth %d, predicted %d, box recall %.3f, box precision %.3f, stamp_read_recall %.3f,"
            + " stamps_predicted_per_gt %.3f, stamp_ring_recall %.3f, stamp ms/page %.0f",
        pages, truthStamps, predicted, recall(), precision(), readRecall(), perTruth(), ringRecall(), millisPerPage());
  }

  /** The scorer's strict form: NFKC, no harakat or tatweel, one alef, ASCII digits, no punctuation. */
  static String norm(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC)
        .replaceAll("[\\u064B-\\u065F\\u0670\\u0640\\u200E\\u200F\\u061C]", "")
        .replaceAll("[أإآٱ]", "ا").replace('ى', 'ي').replace('ة', 'ه').replace('ؤ', 'و').replace('ئ', 'ي')
        .replace('ی', 'ي').replace('ک', 'ك');
    StringBuilder b = new StringBuilder();
    for (char c : t.toCharArray()) {
      if (c >= '\u0660' && c <= '\u0669') {
        b.append((char) ('0' + c - '\u0660'));
      } else if (c >= '\u06F0' && c <= '\u06F9') {
        b.append((char) ('0' + c - '\u06F0'));
      } else {
        b.append(Character.isLetterOrDigit(c) ? c : ' ');
      }
    }
    return b.toString().replaceAll("\\s+", " ").trim();
  }
}
