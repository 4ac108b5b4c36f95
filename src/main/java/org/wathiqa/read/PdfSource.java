package org.wathiqa.read;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.wathiqa.DocumentException;
import org.wathiqa.ErrorCode;

/**
 * A PDF read with PDFBox: each page is its text layer when that is plausible, else rendered in
 * grey at the reader's render dpi.
 */
final class PdfSource implements DocumentSource {

  private final PDDocument document;
  private final String name;
  private final ReaderOptions options;
  private final PDFRenderer renderer;
  private boolean closed;

  private PdfSource(PDDocument document, String name, ReaderOptions options) {
    this.document = document;
    this.name = name;
    this.options = options;
    this.renderer = new PDFRenderer(document);
  }

  /** Loads the PDF from {@code input}, which the returned source owns (and closes on failure). */
  static PdfSource open(RandomAccessRead input, String name, ReaderOptions options)
      throws DocumentException {
    PDDocument document = load(input, name);
    try {
      checkPageCount(document.getNumberOfPages(), name, options);
      return new PdfSource(document, name, options);
    } catch (DocumentException | RuntimeException e) {
      closeAfterFailure(document, e);
      throw e;
    }
  }

  private static PDDocument load(RandomAccessRead input, String name) throws DocumentException {
    try {
      return Loader.loadPDF(input);
    } catch (InvalidPasswordException e) {
      throw failLoad(input, new DocumentException(ErrorCode.ENCRYPTED, name
          + " is encrypted and does not open with an empty password; decrypt it first", e));
    } catch (IOException e) {
      throw failLoad(input, new DocumentException(ErrorCode.CORRUPT, name
          + " is not a readable PDF: " + e.getMessage(), e));
    } catch (StackOverflowError e) {
      throw failLoad(input, new DocumentException(ErrorCode.CORRUPT, name
          + " nests its objects too deeply to parse (stack overflow); repair or re-save it", e));
    } catch (OutOfMemoryError e) {
      throw failLoad(input, new DocumentException(ErrorCode.OUT_OF_MEMORY, name
          + " needs more memory to parse than the JVM may use (" + Runtime.getRuntime().maxMemory()
          + " bytes); raise -Xmx or split the file", e));
    }
  }

  private static DocumentException failLoad(RandomAccessRead input, DocumentException e) {
    try {
      input.close();
    } catch (IOException closing) {
      e.addSuppressed(closing);
    }
    return e;
  }

  private static void closeAfterFailure(PDDocument document, Exception failure) {
    try {
      document.close();
    } catch (IOException closing) {
      failure.addSuppressed(closing);
    }
  }

  private static void checkPageCount(int pages, String name, ReaderOptions options)
      throws DocumentException {
    if (pages == 0) {
      throw new DocumentException(ErrorCode.EMPTY, name + " is a PDF with no pages");
    }
    if (pages > options.maxPages()) {
      throw new DocumentException(ErrorCode.TOO_LARGE, name + " has " + pages
          + " pages; the limit is " + options.maxPages() + " (maxPages); split the file or raise"
          + " the limit");
    }
  }

  @Override
  public Format format() {
    return Format.PDF;
  }

  @Override
  public int pageCount() {
    return document.getNumberOfPages();
  }

  @Override
  public PageInput page(int index) throws DocumentException {
    checkOpen();
    if (index < 0 || index >= pageCount()) {
      throw new IndexOutOfBoundsException("page " + index + " of " + name + ": the document has "
          + pageCount() + " pages (0.." + (pageCount() - 1) + ")");
    }
    try {
      return readPage(index);
    } catch (IOException | RuntimeException e) {
      throw new DocumentException(ErrorCode.CORRUPT, pageName(index) + " cannot be read: "
          + e.getMessage(), e);
    } catch (StackOverflowError e) {
      throw new DocumentException(ErrorCode.CORRUPT, pageName(index)
          + " nests its content too deeply to read (stack overflow)", e);
    } catch (OutOfMemoryError e) {
      throw new DocumentException(ErrorCode.OUT_OF_MEMORY, pageName(index)
          + " needs more memory than the JVM may use (" + Runtime.getRuntime().maxMemory()
          + " bytes); lower renderDpi or raise -Xmx", e);
    }
  }

  private PageInput readPage(int index) throws IOException, DocumentException {
    PDPage page = document.getPage(index);
    int dpi = PageSizing.dpiFor(page, options, pageName(index));
    int[] size = PageSizing.pixels(page, dpi);
    Optional<PageInput.TextLayer> layer = options.useTextLayer()
        ? TextLayerReader.read(document, index, dpi, size) : Optional.empty();
    if (layer.isPresent()) {
      return layer.get();
    }
    boolean colour = PdfImages.check(page, options.maxPixelsPerPage(), pageName(index));
    BufferedImage image = renderer.renderImageWithDPI(index, dpi, colour ? ImageType.BGR : ImageType.GRAY);
    return new PageInput.Image(index, image, dpi, true);
  }

  private String pageName(int index) {
    return "page " + (index + 1) + " of " + name;
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
    try {
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing " + name + " failed", e);
    }
  }

  /** Page sizes in pixels, and the dpi a page can be rendered at within the pixel limit. */
  static final class PageSizing {
    private PageSizing() {}

    /**
     * The render dpi, lowered (not below {@link ReaderOptions#MIN_RENDER_DPI}) when the page
     * would exceed the pixel limit.
     */
    static int dpiFor(PDPage page, ReaderOptions options, String pageName)
        throws DocumentException {
      int dpi = options.renderDpi();
      double pixels = pixelCount(page, dpi);
      if (pixels <= options.maxPixelsPerPage()) {
        return dpi;
      }
      int lower = (int) Math.floor(dpi * Math.sqrt(options.maxPixelsPerPage() / pixels));
      while (lower >= ReaderOptions.MIN_RENDER_DPI && pixelCount(page, lower) > options
          .maxPixelsPerPage()) {
        lower--;
      }
      if (lower >= ReaderOptions.MIN_RENDER_DPI) {
        return lower;
      }
      PDRectangle box = page.getCropBox();
      throw new DocumentException(ErrorCode.TOO_LARGE, String.format(
          "%s is %.0f x %.0f points; even at %d dpi that is %.0f pixels, over the limit of %d"
              + " (maxPixelsPerPage); raise the limit or crop the page", pageName, box.getWidth(),
          box.getHeight(), ReaderOptions.MIN_RENDER_DPI,
          pixelCount(page, ReaderOptions.MIN_RENDER_DPI), options.maxPixelsPerPage()));
    }

    static double pixelCount(PDPage page, int dpi) {
      int[] size = pixels(page, dpi);
      return (double) size[0] * size[1];
    }

    /** Width and height in pixels as rendered (rotation applied), as PDFRenderer sizes them. */
    static int[] pixels(PDPage page, int dpi) {
      PDRectangle box = page.getCropBox();
      double scale = dpi / 72.0;
      int w = (int) Math.max(Math.floor(box.getWidth() * scale), 1);
      int h = (int) Math.max(Math.floor(box.getHeight() * scale), 1);
      return page.getRotation() % 180 == 0 ? new int[] {w, h} : new int[] {h, w};
    }
  }
}
