package org.wathiqa.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.stream.ImageInputStream;
import org.wathiqa.DocumentException;
import org.wathiqa.ErrorCode;

/**
 * Checks the metadata chunks a PNG holds before its pixels, which {@code javax.imageio} reads whole
 * and inflates without a limit: a 64 KB {@code zTXt} chunk can inflate to 64 MB of text. Text
 * ({@code tEXt}, {@code zTXt}, {@code iTXt}) and colour profiles ({@code iCCP}) may together hold
 * at most {@value #MAX_METADATA_BYTES} bytes once inflated; inflating stops as soon as they pass
 * it. Other chunks are skipped unread.
 *
 * <p>Stateless and thread-safe; the stream is used by one thread.
 */
final class PngChunks {
  /** Metadata a PNG may carry before its pixels, in bytes after inflating. */
  static final int MAX_METADATA_BYTES = 2 << 20;

  private static final int IDAT = type("IDAT");
  private static final int IEND = type("IEND");
  private static final int TEXT = type("tEXt");
  private static final int ZTXT = type("zTXt");
  private static final int ITXT = type("iTXt");
  private static final int ICCP = type("iCCP");

  private PngChunks() {}

  /**
   * @throws DocumentException {@code TOO_LARGE} over the limit, {@code CORRUPT} for a chunk cut
   *     off or not inflating; leaves the stream at position 0
   */
  static void check(ImageInputStream in, String name) throws DocumentException {
    try {
      walk(in, name);
      in.seek(0);
    } catch (IOException e) {
      throw Damaged.header(name, Format.PNG, "chunks", e);
    }
  }

  private static void walk(ImageInputStream in, String name) throws IOException, DocumentException {
    in.seek(8);
    long metadata = 0;
    while (true) {
      long length = in.readInt() & 0xffffffffL;
      int type = in.readInt();
      if (type == IDAT || type == IEND) {
        return;
      }
      long next = in.getStreamPosition() + length + 4;
      if (type == TEXT || type == ZTXT || type == ITXT || type == ICCP) {
        metadata += size(in, type, length, MAX_METADATA_BYTES - metadata + 1, name);
        if (metadata > MAX_METADATA_BYTES) {
          throw new DocumentException(ErrorCode.TOO_LARGE, name + " holds more than "
              + MAX_METADATA_BYTES + " bytes of text and colour profile before its pixels"
              + " (inflated); the limit is fixed, since such a file is made to exhaust memory");
        }
      }
      in.seek(next);
    }
  }

  /** The chunk's size as the reader will hold it: inflated where it is compressed, up to {@code cap}. */
  private static long size(ImageInputStream in, int type, long length, long cap, String name)
      throws IOException, DocumentException {
    if (length > MAX_METADATA_BYTES) {
      return length;
    }
    byte[] data = new byte[(int) length];
    in.readFully(data);
    int start = compressedStart(type, data);
    return start < 0 ? length : start + inflatedSize(data, start, cap, name);
  }

  /** Where the compressed bytes of a chunk start, or -1 when it holds none. */
  private static int compressedStart(int type, byte[] data) {
    int keywordEnd = indexOfNul(data, 0);
    if (type == TEXT || keywordEnd < 0) {
      return -1;
    }
    if (type != ITXT) {
      return keywordEnd + 2;
    }
    boolean compressed = keywordEnd + 1 < data.length && data[keywordEnd + 1] == 1;
    int language = indexOfNul(data, keywordEnd + 3);
    int translated = language < 0 ? -1 : indexOfNul(data, language + 1);
    return compressed && translated >= 0 ? translated + 1 : -1;
  }

  private static int indexOfNul(byte[] data, int from) {
    for (int i = from; i < data.length; i++) {
      if (data[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static long inflatedSize(byte[] data, int start, long cap, String name)
      throws DocumentException {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(data, start, Math.max(0, data.length - start));
      byte[] buffer = new byte[64 << 10];
      long total = 0;
      while (!inflater.finished() && total < cap) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        total += n;
      }
      return total;
    } catch (DataFormatException e) {
      throw new DocumentException(ErrorCode.CORRUPT, name + " is a damaged PNG: a compressed"
          + " chunk does not inflate (" + e.getMessage() + ")", e);
    } finally {
      inflater.end();
    }
  }

  private static int type(String name) {
    byte[] b = name.getBytes(StandardCharsets.US_ASCII);
    return (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff);
  }
}
