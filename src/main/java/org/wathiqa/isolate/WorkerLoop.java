package org.wathiqa.isolate;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.wathiqa.DocumentExtractor;
import org.wathiqa.DocumentResult;
import org.wathiqa.EnvironmentException;
import org.wathiqa.json.WathiqaJson;

/**
 * The worker's side of the protocol: reads the settings, opens an extractor, then answers requests
 * until stdin ends. A separate thread reads stdin, so the end of stdin stops the process even while a
 * document is being read. Used by one thread.
 */
final class WorkerLoop {
  /** Exit status of a worker whose environment is broken (model or native library missing). */
  static final int ENVIRONMENT_EXIT = 2;

  /** Opens the worker's extractor from the settings frame. */
  interface Opener {
    DocumentExtractor open(Map<String, String> settings) throws EnvironmentException;
  }

  private final BlockingQueue<byte[]> requests = new LinkedBlockingQueue<>();
  private final DataOutputStream replies;

  private WorkerLoop(DataOutputStream replies) {
    this.replies = replies;
  }

  /** Serves the protocol on this process's stdin and stdout, then exits the process. */
  static void serve(Opener opener) {
    DataOutputStream protocol = new DataOutputStream(StdoutGuard.takeStdout());
    WorkerLoop loop = new WorkerLoop(protocol);
    loop.startReading(System.in);
    int status;
    try {
      status = loop.run(opener);
    } catch (IOException e) {
      System.err.println("wathiqa worker: protocol failed: " + e);
      status = 1;
    }
    Runtime.getRuntime().halt(status);
  }

  private void startReading(InputStream stdin) {
    Thread reader = new Thread(() -> readUntilEnd(new DataInputStream(stdin)), "wathiqa-worker-stdin");
    reader.setDaemon(true);
    reader.start();
  }

  /** Queues every frame; at the end of stdin (the parent closed it or died) stops the process. */
  private void readUntilEnd(DataInputStream in) {
    try {
      for (byte[] frame = Frames.read(in); frame != null; frame = Frames.read(in)) {
        requests.add(frame);
      }
    } catch (IOException e) {
      System.err.println("wathiqa worker: cannot read requests: " + e);
    }
    Runtime.getRuntime().halt(0);
  }

  private int run(Opener opener) throws IOException {
    Map<String, String> settings = Message.parse(take()).strings("settings");
    DocumentExtractor extractor;
    try {
      extractor = opener.open(settings);
    } catch (EnvironmentException | RuntimeException e) {
      Frames.write(replies, Message.of("ready", false, "message", String.valueOf(e.getMessage())));
      return ENVIRONMENT_EXIT;
    }
    Frames.write(replies, Message.of("ready", true));
    try (extractor) {
      while (true) {
        Message request = Message.parse(take());
        DocumentResult result = extractor.extract(Path.of(request.string("path")));
        Frames.write(replies, WathiqaJson.write(result).getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private byte[] take() throws IOException {
    try {
      return requests.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for a request", e);
    }
  }
}
