package org.wathiqa.isolate;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One running worker JVM seen from the parent: frames in and out, its stderr passed on line by line
 * (the last lines kept for diagnosis), and its end. One thread talks to it at a time; {@link #kill()}
 * may be called from any thread.
 */
final class WorkerProcess {
  private static final byte[] END = new byte[0];
  private static final int TAIL_LINES = 40;

  private final Process process;
  private final DataOutputStream requests;
  private final BlockingQueue<byte[]> replies = new LinkedBlockingQueue<>();
  private final ArrayDeque<String> tail = new ArrayDeque<>();
  private final Thread stderrPump;

  private WorkerProcess(Process process, Consumer<String> stderr) {
    this.process = process;
    this.requests = new DataOutputStream(process.getOutputStream());
    daemon("wathiqa-worker-" + process.pid() + "-out", this::readReplies).start();
    this.stderrPump = daemon("wathiqa-worker-" + process.pid() + "-err", () -> pumpStderr(stderr));
    stderrPump.start();
  }

  /** Starts {@code command}; its stderr lines go to {@code stderr}. */
  static WorkerProcess start(List<String> command, Consumer<String> stderr) throws IOException {
    return new WorkerProcess(new ProcessBuilder(command).start(), stderr);
  }

  long pid() {
    return process.pid();
  }

  boolean alive() {
    return process.isAlive();
  }

  void send(Message message) throws IOException {
    Frames.write(requests, message);
  }

  /**
   * The next frame from the worker.
   *
   * @return the frame, {@link #END} if the worker's stdout ended, or null if nothing came within {@code wait}
   */
  byte[] poll(Duration wait) throws InterruptedException {
    return replies.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The frame that stands for the end of the worker's stdout. */
  static byte[] endFrame() {
    return END;
  }

  static boolean isEnd(byte[] frame) {
    return frame == END;
  }

  /** Kills the process (SIGKILL) and waits for it. */
  void kill() {
    process.destroyForcibly();
    awaitExit(Duration.ofSeconds(5));
  }

  /** Closes the worker's stdin, so it exits; kills it if it has not after {@code grace}. */
  void stop(Duration grace) {
    try {
      requests.close();
    } catch (IOException alreadyGone) {
      // the pipe is broken because the worker is gone: nothing left to tell it
    }
    if (awaitExit(grace) == null) {
      kill();
    }
  }

  /** The exit status after waiting up to {@code wait}, or null if it is still running. */
  Integer awaitExit(Duration wait) {
    try {
      if (!process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        return null;
      }
      stderrPump.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return process.isAlive() ? null : process.exitValue();
    }
    return process.exitValue();
  }

  /** Whether one of the last stderr lines contains {@code text}. */
  boolean stderrMentions(String text) {
    synchronized (tail) {
      return tail.stream().anyMatch(line -> line.contains(text));
    }
  }

  /** The last stderr line matching {@code pattern}, or null. */
  String stderrLine(java.util.regex.Pattern pattern) {
    synchronized (tail) {
      String found = null;
      for (String line : tail) {
        if (pattern.matcher(line).find()) {
          found = line;
        }
      }
      return found;
    }
  }

  private void readReplies() {
    DataInputStream in = new DataInputStream(process.getInputStream());
    try {
      for (byte[] frame = Frames.read(in); frame != null; frame = Frames.read(in)) {
        replies.add(frame);
      }
    } catch (IOException e) {
      remember("wathiqa: bad frame from worker " + process.pid() + ": " + e.getMessage());
    }
    replies.add(END);
  }

  private void pumpStderr(Consumer<String> stderr) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        remember(line);
        stderr.accept(line);
      }
    } catch (IOException e) {
      remember("wathiqa: worker stderr unreadable: " + e.getMessage());
    }
  }

  private void remember(String line) {
    synchronized (tail) {
      if (tail.size() == TAIL_LINES) {
        tail.removeFirst();
      }
      tail.addLast(line);
    }
  }

  /** The last stderr lines, one per line. */
  String stderrTail() {
    synchronized (tail) {
      return String.join("\n", tail);
    }
  }

  private static Thread daemon(String name, Runnable body) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    return t;
  }

}
