package org.wathiqa.isolate;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wathiqa.DocumentExtractor;
import org.wathiqa.DocumentResult;
import org.wathiqa.Fields;
import org.wathiqa.PageResult;
import org.wathiqa.Status;
import org.wathiqa.TextSource;

/**
 * A test worker that speaks the real protocol and misbehaves by file name: {@code segfault-*} reads
 * address zero in native code, {@code halt-*} halts the JVM, {@code exit-*} calls
 * {@code System.exit(0)}, {@code hang-*} never answers, {@code heap-*} fills the Java heap,
 * {@code native-*} allocates native memory without end; any other name gives an ok result whose one
 * page's text is the worker's process id.
 */
final class ChaosWorker implements DocumentExtractor {
  private final List<Object> hoard = new ArrayList<>();

  public static void main(String[] args) {
    WorkerLoop.serve(settings -> new ChaosWorker());
  }

  @Override
  public DocumentResult extract(Path file) {
    String name = file.getFileName().toString();
    String kind = name.substring(0, Math.max(0, name.indexOf('-')));
    switch (kind) {
      case "segfault" -> new Pointer(0).getLong(0);
      case "halt" -> Runtime.getRuntime().halt(70);
      case "exit" -> System.exit(0);
      case "hang" -> sleep(Long.MAX_VALUE);
      case "heap" -> fillHeap();
      case "native" -> fillNativeMemory();
      default -> { }
    }
    PageResult page = new PageResult(0, 1, 1, 300, 0, TextSource.OCR, Long.toString(ProcessHandle.current().pid()),
        1, List.of(), List.of());
    return new DocumentResult(name, Status.OK, null, List.of(page), Fields.NONE);
  }

  private void fillHeap() {
    while (true) {
      hoard.add(new long[1 << 20]);
    }
  }

  private void fillNativeMemory() {
    while (true) {
      Memory block = new Memory(128L << 20);
      block.clear();
      hoard.add(block);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    hoard.clear();
  }
}
