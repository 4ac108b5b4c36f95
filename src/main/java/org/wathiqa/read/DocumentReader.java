package org.wathiqa.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.wathiqa.DocumentException;
import org.wathiqa.ErrorCode;

/**
 * Opens PNG, JPEG, TIFF and PDF files as {@link DocumentSource}s of pages. The format is recognised
 * from the bytes, never from the file name; limits come from {@link ReaderOptions}.
 *
 * <pre>{@code
 * DocumentReader reader = new DocumentReader(ReaderOptions.builder().renderDpi(300).build());
 * try (DocumentSource source = reader.open(Path.of("letter.pdf"))) {
 *   for (int i = 0; i < source.pageCount(); i++) {
 *     PageInput page = source.page(i);
 *   }
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: one reader may open any number of sources concurrently; each
 * source is used by one thread.
 */
public final class DocumentReader {

  private final ReaderOptions options;

  /** A reader with {@link ReaderOptions#defaults()}. */
  public DocumentReader() {
    this(ReaderOptions.defaults());
  }

  /** A reader with the given options. */
  public DocumentReader(ReaderOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** The options this reader applies. */
  public ReaderOptions options() {
    return options;
  }

  /**
   * Opens a file. Nothing is decoded yet beyond the headers needed to count pages and check sizes.
   *
   * @throws DocumentException {@code IO} if the file cannot be read, {@code EMPTY} if it has no
   *     bytes or pages, {@code TOO_LARGE} beyond a limit, {@code UNSUPPORTED_FORMAT},
   *     {@code CORRUPT} or {@code ENCRYPTED}
   */
  public DocumentSource open(Path file) throws DocumentException {
    Objects.requireNonNull(file, "file");
    String name = file.toString();
    checkSize(size(file, name), name);
    byte[] head = new byte[FormatSniffer.PDF_HEADER_WINDOW];
    int length = readHead(file, name, head);
    Format format = FormatSniffer.sniff(head, length, name);
    if (format == Format.PDF) {
      return PdfSource.open(pdfInput(file, name), name, options);
    }
    return ImageSource.open(imageInput(file, name), format, name, options);
  }

  /**
   * Opens a document held in memory; {@code name} is used only in messages.
   *
   * @throws DocumentException as {@link #open(Path)}, except {@code IO}
   */
  public DocumentSource open(byte[] bytes, String name) throws DocumentException {
    Objects.requireNonNull(bytes, "bytes");
    String label = name == null || name.isBlank() ? "<bytes>" : name;
    checkSize(bytes.length, label);
    Format format = FormatSniffer.sniff(bytes, bytes.length, label);
    if (format == Format.PDF) {
      return PdfSource.open(new RandomAccessReadBuffer(bytes), label, options);
    }
    return ImageSource.open(new ByteArrayImageInput(bytes), format, label, options);
  }

  private void checkSize(long bytes, String name) throws DocumentException {
    if (bytes > options.maxFileBytes()) {
      throw new DocumentException(ErrorCode.TOO_LARGE, name + " has " + bytes
          + " bytes; the limit is " + options.maxFileBytes() + " (maxFileBytes); split the file"
          + " or raise the limit");
    }
  }

  private static long size(Path file, String name) throws DocumentException {
    try {
      if (Files.isDirectory(file)) {
        throw new DocumentException(ErrorCode.IO, name + " is a directory, not a file");
      }
      return Files.size(file);
    } catch (NoSuchFileException e) {
      throw new DocumentException(ErrorCode.IO, name + " does not exist", e);
    } catch (IOException e) {
      throw ioFailure(name, e);
    }
  }

  private static int readHead(Path file, String name, byte[] head) throws DocumentException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw ioFailure(name, e);
    }
  }

  private static RandomAccessRead pdfInput(Path file, String name) throws DocumentException {
    try {
      return new RandomAccessReadBufferedFile(file);
    } catch (IOException e) {
      throw ioFailure(name, e);
    }
  }

  private static ImageInputStream imageInput(Path file, String name) throws DocumentException {
    try {
      return new FileImageInputStream(file.toFile());
    } catch (IOException e) {
      throw ioFailure(name, e);
    }
  }

  private static DocumentException ioFailure(String name, IOException e) {
    return new DocumentException(ErrorCode.IO, name + " cannot be read: " + e, e);
  }
}
