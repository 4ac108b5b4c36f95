package org.wathiqa.read;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.wathiqa.DocumentException;
import org.wathiqa.ErrorCode;

/**
 * A PNG, JPEG or TIFF read with {@code javax.imageio}; every TIFF page is a page. Pages are
 * decoded one at a time, after their header size is checked against the pixel limit.
 */
final class ImageSource implements DocumentSource {
  /** Package of jai-imageio's readers. */
  private static final String JAI_IMAGEIO = "com.github.jaiimageio.";

  private final ImageInputStream input;
  private final ImageReader reader;
  private final Format format;
  private final String name;
  private final ReaderOptions options;
  private final int pageCount;
  private final List<String> warnings = new ArrayList<>();
  private boolean closed;

  private ImageSource(ImageInputStream input, ImageReader reader, Format format, String name,
      ReaderOptions options, int pageCount) {
    this.input = input;
    this.reader = reader;
    this.format = format;
    this.name = name;
    this.options = options;
    this.pageCount = pageCount;
    reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
  }

  /**
   * Opens an image over {@code input}, which the returned source owns (and closes on failure).
   * Checks the page count and every page's size, from the headers, before anything is decoded.
   */
  static ImageSource open(ImageInputStream input, Format format, String name,
      ReaderOptions options) throws DocumentException {
    ImageReader reader = null;
    try {
      reader = readerFor(format);
      List<TiffDirectories.Size> sizes = format == Format.TIFF
          ? TiffDirectories.read(input, options.maxPages(), name) : null;
      if (format == Format.PNG) {
        PngChunks.check(input, name);
      }
      reader.setInput(input, false, false);
      if (sizes == null) {
        sizes = List.of(firstSize(reader, format, name));
      }
      ImageSource source = new ImageSource(input, reader, format, name, options,
          countPages(sizes.size(), name, options));
      for (int i = 0; i < sizes.size(); i++) {
        source.checkPixels(i, sizes.get(i));
      }
      return source;
    } catch (DocumentException | RuntimeException e) {
      release(reader, input, e);
      throw e;
    }
  }

  private static TiffDirectories.Size firstSize(ImageReader reader, Format format, String name)
      throws DocumentException {
    try {
      return new TiffDirectories.Size(reader.getWidth(0), reader.getHeight(0));
    } catch (IOException | RuntimeException e) {
      throw new DocumentException(ErrorCode.CORRUPT, name + " (" + format + ") is damaged: its"
          + " header cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * A reader for {@code format}, the same whatever was read before: where two plugins read a format
   * (the JDK's TIFF reader and jai-imageio's, which Tess4J brings), the order {@code ImageIO} lists
   * them in changes within a JVM's life, and with it how a damaged file is reported. jai-imageio's is
   * taken where present, then the others by class name.
   */
  static ImageReader readerFor(Format format) {
    Iterator<ImageReader> readers =
        ImageIO.getImageReadersByFormatName(format.name().toLowerCase(Locale.ROOT));
    ImageReader chosen = null;
    while (readers.hasNext()) {
      ImageReader reader = readers.next();
      if (chosen == null || preferred(reader, chosen)) {
        if (chosen != null) {
          chosen.dispose();
        }
        chosen = reader;
      } else {
        reader.dispose();
      }
    }
    if (chosen == null) {
      throw new IllegalStateException("this JDK has no javax.imageio reader for " + format);
    }
    return chosen;
  }

  private static boolean preferred(ImageReader reader, ImageReader than) {
    String a = reader.getClass().getName();
    String b = than.getClass().getName();
    boolean jaiA = a.startsWith(JAI_IMAGEIO);
    boolean jaiB = b.startsWith(JAI_IMAGEIO);
    return jaiA != jaiB ? jaiA : a.compareTo(b) < 0;
  }

  private static int countPages(int pages, String name, ReaderOptions options)
      throws DocumentException {
    if (pages <= 0) {
      throw new DocumentException(ErrorCode.EMPTY, name + " is a TIFF with no pages");
    }
    if (pages > options.maxPages()) {
      throw new DocumentException(ErrorCode.TOO_LARGE, name + " has more pages than the limit"
          + " of " + options.maxPages() + " (maxPages); split the file or raise the limit");
    }
    return pages;
  }

  private static void release(ImageReader reader, ImageInputStream input, Exception failure) {
    if (reader != null) {
      reader.dispose();
    }
    try {
      input.close();
    } catch (IOException closing) {
      failure.addSuppressed(closing);
    }
  }

  @Override
  public Format format() {
    return format;
  }

  @Override
  public int pageCount() {
    return pageCount;
  }

  @Override
  public PageInput page(int index) throws DocumentException {
    checkOpen();
    if (index < 0 || index >= pageCount) {
      throw new IndexOutOfBoundsException("page " + index + " of " + name + ": the document has "
          + pageCount + " pages (0.." + (pageCount - 1) + ")");
    }
    BufferedImage image = decode(index);
    ImageDpi.Dpi dpi = readDpi(index, image.getWidth());
    return new PageInput.Image(index, image, dpi.dpi(), dpi.fromFile());
  }

  /** Refuses a page whose header states more pixels than the limit, before decoding it. */
  private void checkPixels(int index, TiffDirectories.Size size) throws DocumentException {
    long width = size.width();
    long height = size.height();
    if (width <= 0 || height <= 0) {
      throw new DocumentException(ErrorCode.CORRUPT, pageName(index) + " states a size of "
          + width + " x " + height + " pixels");
    }
    if (width * height > options.maxPixelsPerPage()) {
      throw new DocumentException(ErrorCode.TOO_LARGE, pageName(index) + " is " + width + " x "
          + height + " = " + width * height + " pixels; the limit is "
          + options.maxPixelsPerPage() + " (maxPixelsPerPage); downscale the image or raise the"
          + " limit");
    }
  }

  private BufferedImage decode(int index) throws DocumentException {
    warnings.clear();
    BufferedImage image;
    try {
      image = reader.read(index);
    } catch (IOException | RuntimeException e) {
      throw corrupt(index, "it cannot be decoded: " + e.getMessage(), e);
    } catch (OutOfMemoryError e) {
      throw new DocumentException(ErrorCode.OUT_OF_MEMORY, pageName(index)
          + " needs more memory to decode than the JVM may use (" + Runtime.getRuntime().maxMemory()
          + " bytes); raise -Xmx or lower maxPixelsPerPage", e);
    }
    for (String warning : warnings) {
      String w = warning.toLowerCase(Locale.ROOT);
      if (w.contains("premature end") || w.contains("truncated")) {
        throw corrupt(index, "it is truncated (" + warning + ")", null);
      }
    }
    return image;
  }

  private ImageDpi.Dpi readDpi(int index, int width) throws DocumentException {
    try {
      return ImageDpi.of(reader.getImageMetadata(index), width, options.defaultImageDpi());
    } catch (IOException | RuntimeException e) {
      throw corrupt(index, "its metadata cannot be read: " + e.getMessage(), e);
    }
  }

  private DocumentException corrupt(int index, String why, Throwable cause) {
    return new DocumentException(ErrorCode.CORRUPT, pageName(index) + " (" + format
        + ") is damaged: " + why, cause);
  }

  private String pageName(int index) {
    return pageCount > 1 ? "page " + (index + 1) + " of " + name : name;
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException(name + " is closed");
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    reader.dispose();
    try {
      input.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing " + name + " failed", e);
    }
  }
}
