package org.wathiqa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.wathiqa.DocumentExtractor;
import org.wathiqa.DocumentResult;
import org.wathiqa.EnvironmentException;
import org.wathiqa.ErrorCode;
import org.wathiqa.ExtractionError;
import org.wathiqa.PageResult;
import org.wathiqa.Status;
import org.wathiqa.Wathiqa;
import org.wathiqa.internal.OneLine;
import org.wathiqa.json.WathiqaJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wathiqa extract}: reads documents and writes one {@code wathiqa/1} JSON per input. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Read documents (PNG, JPEG, TIFF, PDF; directories are walked) into wathiqa/1 JSON.")
final class ExtractCommand implements Callable<Integer> {

  /** Output formats. */
  enum OutputFormat { json, text }

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories.")
  List<Path> inputs;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write DIR/<name>.json per input. Without it, one input's JSON goes to stdout.")
  Path out;

  @Option(names = "--jobs", paramLabel = "N", description = "Documents read at once (default: cores).")
  Integer jobs;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json (default) or text (the pages' text).")
  OutputFormat format;

  @Option(names = "--tessdata", paramLabel = "DIR", description = "Tesseract model directory (default: bundled).")
  Path tessdata;

  @Option(names = "--quiet", description = "No progress bar and no summary line.")
  boolean quiet;

  @Option(names = "--signatures", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Look for handwritten signature marks on recognised pages (default); --no-signatures skips "
      + "the search.")
  boolean signatures;

  @Option(names = "--force", description = "Read inputs again even where their JSON already exists in --out.")
  boolean force;

  @CommandLine.Mixin
  WorkerOptions workers;

  @Option(names = "--recursive", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Walk sub-folders of directory inputs (default); --no-recursive reads only the files directly in them.")
  boolean recursive;

  @Option(names = "--include", paramLabel = "GLOB",
      description = "In directories, read only files matching GLOB (repeatable; default: document extensions)."
          + " Without a '/' GLOB matches the file name, with one the path below the directory.")
  List<String> includes = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB",
      description = "In directories, skip files and folders matching GLOB (repeatable).")
  List<String> excludes = new ArrayList<>();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1, got " + threads);
    }
    List<Inputs.Input> work = collect();
    if (out == null && work.size() != 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          work.size() + " inputs need --out DIR; only a single input can be written to stdout");
    }
    if (out != null) {
      AtomicFiles.removeLeftovers(out);
    }
    List<Outcome> skipped = out == null || force ? List.of() : BatchReport.existing(out, work);
    java.util.Set<Inputs.Input> done = new java.util.HashSet<>();
    skipped.forEach(o -> done.add(o.input()));
    List<Inputs.Input> todo = work.stream().filter(i -> !done.contains(i)).toList();
    long started = System.nanoTime();
    List<Outcome> outcomes = new ArrayList<>(skipped);
    if (!todo.isEmpty()) {
      try (DocumentExtractor extractor = open(threads, todo.size())) {
        outcomes.addAll(run(extractor, todo, threads, err));
      } catch (EnvironmentException e) {
        err.println("wathiqa: " + e.getMessage());
        return Main.ENVIRONMENT;
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    if (out != null) {
      BatchReport.write(out, work, outcomes);
      if (!quiet) {
        err.println(BatchReport.summary(outcomes, seconds));
      }
    }
    return outcomes.stream().allMatch(o -> o.status() == Status.OK) ? Main.OK : Main.SOME_FAILED;
  }

  private List<Inputs.Input> collect() throws IOException {
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such file or directory: " + OneLine.of(p));
      }
    }
    List<Inputs.Input> work = Inputs.collect(inputs, filter());
    if (work.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no documents found in " + inputs);
    }
    return work;
  }

  private InputFilter filter() {
    try {
      return new InputFilter(includes, excludes, recursive);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private DocumentExtractor open(int threads, int documents) throws EnvironmentException {
    Wathiqa.Builder builder = Wathiqa.builder().signatures(signatures);
    if (tessdata != null) {
      builder.tessdata(tessdata);
    }
    try {
      return workers.open(builder, threads, documents);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private List<Outcome> run(DocumentExtractor extractor, List<Inputs.Input> work, int threads, PrintWriter err) {
    Progress.Mode mode = quiet || out == null ? Progress.Mode.NONE
        : System.console() != null ? Progress.Mode.BAR : Progress.Mode.LINES;
    Progress progress = new Progress(err, mode, work.size());
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, work.size()));
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (Inputs.Input input : work) {
        futures.add(pool.submit(() -> one(extractor, input, progress, err)));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> f : futures) {
        outcomes.add(await(f));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  private Outcome one(DocumentExtractor extractor, Inputs.Input input, Progress progress, PrintWriter err) {
    long started = System.nanoTime();
    DocumentResult result = extractor.extract(input.file());
    byte[] bytes = render(result).getBytes(StandardCharsets.UTF_8);
    try {
      if (out == null) {
        System.out.write(bytes);
        System.out.flush();
      } else {
        AtomicFiles.write(OutputPaths.within(out, input.output()), bytes);
      }
    } catch (IOException e) {
      err.println("wathiqa: cannot write the result of " + OneLine.of(input.file()) + ": "
          + OneLine.of(e));
      result = DocumentResult.failed(result.source(),
          new ExtractionError(ErrorCode.IO, "result not written: " + e.getMessage()));
    }
    progress.documentDone(result.pages().size());
    return Outcome.of(input, result, (System.nanoTime() - started) / 1e9, false);
  }

  private String render(DocumentResult result) {
    if (format == OutputFormat.json) {
      return WathiqaJson.write(result);
    }
    StringBuilder text = new StringBuilder();
    for (PageResult page : result.pages()) {
      text.append(page.text()).append('\n');
    }
    if (result.error() != null) {
      text.append("# ").append(result.status().id()).append(": ").append(result.error().message()).append('\n');
    }
    return text.toString();
  }

  private static Outcome await(Future<Outcome> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a document", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("reading a document failed unexpectedly", e.getCause());
    }
  }
}
