package org.wathiqa.isolate;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.FileDescriptor;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps a worker's stdout for protocol frames only. {@code System.out} is pointed at stderr; on
 * Linux the process's file descriptor 1, where native libraries print, is moved too, and the protocol
 * goes on a duplicate of the original. Called once, at the worker's start.
 */
final class StdoutGuard {
  private StdoutGuard() {}

  /** The stream for protocol frames; after this, anything else printed to stdout goes to stderr. */
  static OutputStream takeStdout() {
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
    OutputStream moved = moveNativeStdout();
    return moved != null ? moved : new FileOutputStream(FileDescriptor.out);
  }

  /** Duplicates descriptor 1 for the protocol and points 1 at 2; null where that cannot be done. */
  private static OutputStream moveNativeStdout() {
    if (!Files.isDirectory(Path.of("/proc/self/fd"))) {
      return null;
    }
    try {
      LibC libc = Native.load("c", LibC.class);
      int copy = libc.dup(1);
      if (copy < 0 || libc.dup2(2, 1) < 0) {
        return null;
      }
      return new FileOutputStream("/proc/self/fd/" + copy);
    } catch (UnsatisfiedLinkError | FileNotFoundException e) {
      System.err.println("wathiqa worker: native stdout left in place: " + e);
      return null;
    }
  }

  /** The two C library calls used. */
  interface LibC extends Library {
    int dup(int fd);

    int dup2(int from, int to);
  }
}
