package org.wathiqa.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.wathiqa.DocumentExtractor;
import org.wathiqa.EnvironmentException;
import org.wathiqa.Isolation;
import org.wathiqa.Wathiqa;
import picocli.CommandLine.Option;

/**
 * Where {@code extract} reads documents: in worker JVMs (the default), one per job with one OCR
 * thread each, or in the command's own JVM with {@code --in-process}, one OCR thread per job.
 */
final class WorkerOptions {
  @Option(names = "--in-process",
      description = "Read in this JVM instead of worker JVMs (for debugging: a native crash then ends the run).")
  boolean inProcess;

  @Option(names = "--worker-heap", paramLabel = "MIB", description = "Java heap per worker (default: 1024).")
  Integer heapMegabytes;

  @Option(names = "--worker-memory", paramLabel = "MIB",
      description = "Resident memory per worker, heap included; past it the document fails (default: 3072, or heap + 2048).")
  Integer memoryMegabytes;

  @Option(names = "--worker-files", paramLabel = "N", description = "Documents per worker before it is replaced (default: 200).")
  Integer filesPerWorker;

  @Option(names = "--worker-timeout", paramLabel = "SECONDS",
      description = "Longest time over one document before its worker is stopped (default: 900).")
  Integer timeoutSeconds;

  @Option(names = "--worker-jvm-option", paramLabel = "OPTION",
      description = "A further option for every worker JVM, e.g. --worker-jvm-option=-XX:+UseSerialGC (repeatable).")
  List<String> jvmOptions = new ArrayList<>();

  /**
   * Opens the extractor for {@code documents} documents read {@code jobs} at a time.
   *
   * @throws IllegalArgumentException naming a worker option out of range
   */
  DocumentExtractor open(Wathiqa.Builder builder, int jobs, int documents) throws EnvironmentException {
    if (inProcess) {
      return builder.threads(jobs).build();
    }
    return builder.threads(1).buildIsolated(isolation(Math.max(1, Math.min(jobs, documents))));
  }

  private Isolation isolation(int workers) {
    Isolation isolation = Isolation.defaults().withWorkers(workers);
    if (heapMegabytes != null || memoryMegabytes != null) {
      int heap = heapMegabytes != null ? heapMegabytes : isolation.heapMegabytes();
      int resident = memoryMegabytes != null ? memoryMegabytes : Math.max(isolation.memoryMegabytes(), heap + 2048);
      isolation = isolation.withMemory(heap, resident);
    }
    if (filesPerWorker != null) {
      isolation = isolation.withFilesPerWorker(filesPerWorker);
    }
    for (String option : jvmOptions) {
      if (!option.startsWith("-")) {
        throw new IllegalArgumentException("--worker-jvm-option must be a JVM option starting with '-', got '"
            + option + "'");
      }
    }
    if (!jvmOptions.isEmpty()) {
      isolation = isolation.withJavaOptions(jvmOptions);
    }
    if (timeoutSeconds != null) {
      isolation = isolation.withTimeouts(Duration.ofSeconds(timeoutSeconds), isolation.startTimeout());
    }
    return isolation;
  }
}
