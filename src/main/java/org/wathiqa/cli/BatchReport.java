package org.wathiqa.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.wathiqa.DocumentResult;
import org.wathiqa.Status;
import org.wathiqa.json.WathiqaJson;

/**
 * The batch's bookkeeping in the output directory: which inputs are already done (their JSON exists,
 * and JSON is only ever renamed into place whole), and {@code _report.json} with one entry per input.
 */
final class BatchReport {
  static final String FILE = "_report.json";

  private BatchReport() {}

  /** Inputs whose complete JSON is already in {@code out}, as skipped outcomes. */
  static List<Outcome> existing(Path out, List<Inputs.Input> work) {
    List<Outcome> done = new ArrayList<>();
    for (Inputs.Input input : work) {
      Path json = out.resolve(input.output());
      if (Files.isRegularFile(json)) {
        try (InputStream in = Files.newInputStream(OutputPaths.within(out, input.output()))) {
          DocumentResult previous = WathiqaJson.read(in);
          done.add(Outcome.of(input, previous, 0, true));
        } catch (IOException | RuntimeException unreadable) {
          // not a result of ours, or damaged: read the input again
        }
      }
    }
    return done;
  }

  /** Writes {@code _report.json}, inputs in the order given, atomically. */
  static void write(Path out, List<Inputs.Input> work, List<Outcome> outcomes) throws IOException {
    java.util.Map<Inputs.Input, Integer> position = new java.util.HashMap<>();
    for (int i = 0; i < work.size(); i++) {
      position.put(work.get(i), i);
    }
    List<Outcome> ordered = new ArrayList<>(outcomes);
    ordered.sort(Comparator.comparingInt(o -> position.get(o.input())));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = new JsonFactory().createGenerator(bytes)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("schema", "wathiqa-report/1");
      g.writeArrayFieldStart("documents");
      for (Outcome o : ordered) {
        entry(g, o);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    bytes.write('\n');
    AtomicFiles.write(out.resolve(FILE), bytes.toByteArray());
  }

  private static void entry(JsonGenerator g, Outcome o) throws IOException {
    g.writeStartObject();
    g.writeStringField("input", o.input().file().toString());
    g.writeStringField("output", o.input().output().toString());
    g.writeStringField("status", o.status().id());
    g.writeBooleanField("skipped", o.skipped());
    g.writeNumberField("pages", o.pages());
    g.writeNumberField("seconds", Math.round(o.seconds() * 1000) / 1000.0);
    if (o.error() != null) {
      g.writeStringField("error", o.error().id());
    } else {
      g.writeNullField("error");
    }
    g.writeEndObject();
  }

  /** The closing line: documents by status, pages, and the rate of this run. */
  static String summary(List<Outcome> outcomes, double seconds) {
    long skipped = outcomes.stream().filter(Outcome::skipped).count();
    List<Outcome> read = outcomes.stream().filter(o -> !o.skipped()).toList();
    long ok = read.stream().filter(o -> o.status() == Status.OK).count();
    long partial = read.stream().filter(o -> o.status() == Status.PARTIAL).count();
    long failed = read.size() - ok - partial;
    int pages = read.stream().mapToInt(Outcome::pages).sum();
    return String.format(Locale.ROOT,
        "%d documents: %d ok, %d partial, %d failed, %d skipped; %d pages in %.1f s (%.2f pages/s)",
        outcomes.size(), ok, partial, failed, skipped, pages, seconds, seconds > 0 ? pages / seconds : 0);
  }
}
