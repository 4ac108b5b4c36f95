package org.wathiqa.bench;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.TessAPI1;
import org.wathiqa.DocumentException;
import org.wathiqa.read.DocumentReader;
import org.wathiqa.read.DocumentSource;
import org.wathiqa.read.PageInput;
import org.wathiqa.read.ReaderOptions;

/**
 * The throughput baseline: one Tesseract engine through Tess4J's C API binding, its model loaded once
 * at construction, reading each page as an 8-bit grey image with Tesseract's default segmentation and
 * nothing else. PDF pages are rendered, never read from a text layer. Not thread-safe: one per thread.
 */
final class RawEngine implements AutoCloseable {
  private final DocumentReader reader = new DocumentReader(ReaderOptions.builder().useTextLayer(false).build());
  private TessBaseAPI api = TessAPI1.TessBaseAPICreate();

  RawEngine(Path tessdata, String language) {
    if (TessAPI1.TessBaseAPIInit2(api, tessdata.toString(), language, TessOcrEngineMode.OEM_LSTM_ONLY) != 0) {
      close();
      throw new IllegalStateException("cannot load model " + language + " from " + tessdata);
    }
  }

  /** Reads every page of {@code file}; returns the number of pages and of characters recognised. */
  long[] read(Path file) throws DocumentException {
    long pages = 0;
    long chars = 0;
    try (DocumentSource source = reader.open(file)) {
      for (int i = 0; i < source.pageCount(); i++) {
        PageInput.Image page = (PageInput.Image) source.page(i);
        chars += recognise(grey(page.image()), page.dpi()).length();
        pages++;
      }
    }
    return new long[] {pages, chars};
  }

  private String recognise(BufferedImage grey, int dpi) {
    byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length);
    buffer.put(pixels).flip();
    TessAPI1.TessBaseAPISetImage(api, buffer, grey.getWidth(), grey.getHeight(), 1, grey.getWidth());
    TessAPI1.TessBaseAPISetSourceResolution(api, dpi);
    com.sun.jna.Pointer text = TessAPI1.TessBaseAPIGetUTF8Text(api);
    try {
      return text == null ? "" : text.getString(0, "UTF-8");
    } finally {
      if (text != null) {
        TessAPI1.TessDeleteText(text);
      }
      TessAPI1.TessBaseAPIClear(api);
    }
  }

  private static BufferedImage grey(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
      return image;
    }
    BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    grey.createGraphics().drawImage(image, 0, 0, null);
    return grey;
  }

  /** Ends and frees the native engine; closing twice is safe. */
  @Override
  public void close() {
    TessBaseAPI handle = api;
    api = null;
    if (handle == null) {
      return;
    }
    TessAPI1.TessBaseAPIEnd(handle);
    TessAPI1.TessBaseAPIDelete(handle);
  }
}
