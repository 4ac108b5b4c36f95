package org.wathiqa.read;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.stream.ImageInputStream;
import org.wathiqa.DocumentException;
import org.wathiqa.ErrorCode;

/**
 * The page sizes a TIFF states, read from its chain of image file directories with one small read
 * per page and nothing decoded: a thousand pages take about a millisecond, where asking
 * {@code javax.imageio} page by page takes a quarter of a second.
 *
 * <p>Stateless and thread-safe; the stream is used by one thread.
 */
final class TiffDirectories {
  private static final int IMAGE_WIDTH = 256;
  private static final int IMAGE_LENGTH = 257;
  private static final int SHORT = 3;
  private static final int ENTRY_BYTES = 12;

  private TiffDirectories() {}

  /** Width and height of one page, in pixels, as its directory states them (0 when absent). */
  record Size(long width, long height) {}

  /**
   * The sizes of the first {@code limit + 1} pages at most (so a caller sees that there are more
   * than {@code limit}); leaves the stream at position 0.
   *
   * @throws DocumentException {@code CORRUPT} when a directory is cut off or the chain loops
   */
  static List<Size> read(ImageInputStream in, int limit, String name) throws DocumentException {
    try {
      List<Size> sizes = walk(new Window(in), limit, name);
      in.seek(0);
      return sizes;
    } catch (IOException e) {
      throw Damaged.header(name, Format.TIFF, "page directories", e);
    }
  }

  private static List<Size> walk(Window in, int limit, String name)
      throws IOException, DocumentException {
    ByteBuffer header = in.read(0, 8, ByteOrder.BIG_ENDIAN);
    ByteOrder order = header.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
    long offset = header.order(order).getInt(4) & 0xffffffffL;
    List<Size> sizes = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    while (offset != 0 && sizes.size() <= limit) {
      if (!seen.add(offset)) {
        throw new DocumentException(ErrorCode.CORRUPT, name + " is a damaged TIFF: its page"
            + " directories form a loop (page " + (sizes.size() + 1) + " points back)");
      }
      int entries = in.read(offset, 2, order).getShort(0) & 0xffff;
      ByteBuffer directory = in.read(offset + 2, entries * ENTRY_BYTES + 4, order);
      sizes.add(size(directory, entries));
      offset = directory.getInt(entries * ENTRY_BYTES) & 0xffffffffL;
    }
    return sizes;
  }

  private static Size size(ByteBuffer directory, int entries) {
    long width = 0;
    long height = 0;
    for (int i = 0; i < entries; i++) {
      int at = i * ENTRY_BYTES;
      int tag = directory.getShort(at) & 0xffff;
      if (tag == IMAGE_WIDTH) {
        width = value(directory, at);
      } else if (tag == IMAGE_LENGTH) {
        height = value(directory, at);
      }
    }
    return new Size(width, height);
  }

  private static long value(ByteBuffer directory, int at) {
    int type = directory.getShort(at + 2) & 0xffff;
    return type == SHORT ? directory.getShort(at + 8) & 0xffff
        : directory.getInt(at + 8) & 0xffffffffL;
  }

  /** Reads through a 64 KB window, so directories stored one after another cost one read together. */
  private static final class Window {
    private final ImageInputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private long start = -1;
    private int length;

    Window(ImageInputStream in) {
      this.in = in;
    }

    ByteBuffer read(long offset, int size, ByteOrder order) throws IOException {
      if (size > buffer.length) {
        byte[] large = new byte[size];
        in.seek(offset);
        in.readFully(large);
        return ByteBuffer.wrap(large).order(order);
      }
      if (start < 0 || offset < start || offset + size > start + length) {
        fill(offset);
      }
      if (offset + size > start + length) {
        throw new EOFException("wanted " + size + " bytes at " + offset);
      }
      return ByteBuffer.wrap(buffer, (int) (offset - start), size).slice().order(order);
    }

    private void fill(long offset) throws IOException {
      in.seek(offset);
      start = offset;
      length = 0;
      int n;
      while (length < buffer.length && (n = in.read(buffer, length, buffer.length - length)) > 0) {
        length += n;
      }
    }
  }
}
