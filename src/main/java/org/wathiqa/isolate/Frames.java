package org.wathiqa.isolate;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;

/** Length-prefixed frames of the worker protocol (see the package description). Stateless. */
final class Frames {
  /** Largest frame accepted, in bytes: far above any result, small enough to refuse garbage. */
  static final int MAX_BYTES = 512 << 20;

  private Frames() {}

  /** Writes one frame and flushes. */
  static void write(DataOutputStream out, byte[] payload) throws IOException {
    out.writeInt(payload.length);
    out.write(payload);
    out.flush();
  }

  /** Writes {@code message} as one frame. */
  static void write(DataOutputStream out, Message message) throws IOException {
    write(out, message.toJson());
  }

  /**
   * Reads one frame.
   *
   * @return its bytes, or null at the end of the stream before a frame starts
   * @throws IOException if the stream ends inside a frame or the length is impossible
   */
  static byte[] read(DataInputStream in) throws IOException {
    int length;
    try {
      length = in.readInt();
    } catch (EOFException end) {
      return null;
    }
    if (length < 0 || length > MAX_BYTES) {
      throw new IOException("bad frame length " + length + "; want 0 to " + MAX_BYTES);
    }
    byte[] payload = new byte[length];
    in.readFully(payload);
    return payload;
  }
}
