package org.wathiqa.read;

import org.wathiqa.DocumentException;
import org.wathiqa.ErrorCode;

/** Recognises a {@link Format} from a file's first bytes; the file name is used only in messages. */
final class FormatSniffer {

  /** How far into the file a {@code %PDF} header may start (PDF readers tolerate leading junk). */
  static final int PDF_HEADER_WINDOW = 1024;

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
  private static final byte[] TIFF_LE = {'I', 'I', 42, 0};
  private static final byte[] TIFF_BE = {'M', 'M', 0, 42};
  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

  private FormatSniffer() {}

  /**
   * The format of a file whose first bytes are {@code head} (at least the first
   * {@value #PDF_HEADER_WINDOW} bytes, or the whole file if shorter).
   *
   * @throws DocumentException {@code EMPTY} for no bytes, {@code UNSUPPORTED_FORMAT} otherwise
   */
  static Format sniff(byte[] head, int length, String name) throws DocumentException {
    if (length == 0) {
      throw new DocumentException(ErrorCode.EMPTY, name + " has no bytes (0-byte file)");
    }
    if (startsWith(head, length, PNG)) {
      return Format.PNG;
    }
    if (startsWith(head, length, JPEG)) {
      return Format.JPEG;
    }
    if (startsWith(head, length, TIFF_LE) || startsWith(head, length, TIFF_BE)) {
      return Format.TIFF;
    }
    if (indexOf(head, Math.min(length, PDF_HEADER_WINDOW), PDF) >= 0) {
      return Format.PDF;
    }
    throw new DocumentException(ErrorCode.UNSUPPORTED_FORMAT, name + " starts with "
        + describe(head, length) + ", which is not PNG, JPEG, TIFF or PDF; convert it to one of"
        + " those (the file name's extension is not used to decide)");
  }

  static boolean startsWith(byte[] head, int length, byte[] magic) {
    return indexOf(head, Math.min(length, magic.length), magic) == 0;
  }

  private static int indexOf(byte[] hay, int length, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** The first bytes as hex and as printable ASCII, e.g. {@code 47 49 46 38 ("GIF8")}. */
  static String describe(byte[] head, int length) {
    int n = Math.min(length, 8);
    StringBuilder hex = new StringBuilder();
    StringBuilder ascii = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int b = head[i] & 0xff;
      hex.append(i == 0 ? "" : " ").append(String.format("%02x", b));
      ascii.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
    }
    return "bytes " + hex + " (\"" + ascii + "\")" + knownName(head, length);
  }

  private static String knownName(byte[] head, int length) {
    if (startsWith(head, length, new byte[] {'G', 'I', 'F', '8'})) {
      return ", a GIF image";
    }
    if (startsWith(head, length, new byte[] {'P', 'K', 3, 4})) {
      return ", a ZIP archive (DOCX/ODT?)";
    }
    if (startsWith(head, length, new byte[] {'R', 'I', 'F', 'F'})) {
      return ", a RIFF container (WebP?)";
    }
    if (startsWith(head, length, new byte[] {'B', 'M'})) {
      return ", a BMP image";
    }
    return "";
  }
}
