package org.wathiqa.ocr;

import com.sun.jna.Pointer;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI.ETEXT_DESC;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI1;
import org.wathiqa.Box;
import org.wathiqa.DocumentException;
import org.wathiqa.EnvironmentException;
import org.wathiqa.ErrorCode;

/**
 * An {@link OcrEngine} over Tesseract through Tess4J's C API binding. The model is loaded once, at
 * construction, and reused for every page.
 *
 * <p>Not thread-safe: one engine per thread. Closing releases the native engine; closing twice is safe.
 */
public final class TesseractEngine implements OcrEngine {
  private static final int LINE = TessPageIteratorLevel.RIL_TEXTLINE;
  private static final int WORD = TessPageIteratorLevel.RIL_WORD;
  /**
   * Tesseract's switch for dropping rows that look like noise: on a page it drops, among others,
   * rows of a stamp's or a signature's strokes that would be read as junk, so it stays on there.
   */
  private static final String NOISE_ROWS = "textord_noise_rejrows";

  private final TesseractSettings settings;
  private TessBaseAPI api;

  /**
   * Starts an engine.
   *
   * @throws EnvironmentException if the native library or the model cannot be loaded
   */
  public TesseractEngine(TesseractSettings settings) throws EnvironmentException {
    this.settings = settings;
    TesseractLibrary.load(settings.nativeLibrary());
    Path tessdata = Tessdata.locate(settings.tessdata(), settings.language());
    TessBaseAPI handle = TessAPI1.TessBaseAPICreate();
    int rc = TessAPI1.TessBaseAPIInit2(handle, tessdata.toString(), settings.language(),
        TessOcrEngineMode.OEM_LSTM_ONLY);
    if (rc != 0) {
      TessAPI1.TessBaseAPIDelete(handle);
      throw new EnvironmentException("Tesseract could not load model '" + settings.language() + "' from "
          + tessdata + " (init returned " + rc + "); is the file a Tesseract 4/5 LSTM model?");
    }
    TessAPI1.TessBaseAPISetPageSegMode(handle, settings.pageSegmentation().code());
    TessAPI1.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
    // Pages reach the engine as dark print on light paper. Left on, Tesseract reads every line it
    // is unsure of a second time with black and white swapped: twice the work on the hardest lines,
    // for white-on-black print these letters do not carry.
    TessAPI1.TessBaseAPISetVariable(handle, "tessedit_do_invert", "0");
    this.api = handle;
  }

  @Override
  public List<OcrLine> recognize(BufferedImage page, int dpi) throws DocumentException {
    if (api == null) {
      throw new IllegalStateException("engine is closed");
    }
    if (page.getType() != BufferedImage.TYPE_BYTE_GRAY) {
      throw new IllegalArgumentException("expected an 8-bit grey image, got type " + page.getType());
    }
    try {
      setImage(page, dpi);
      ETEXT_DESC monitor = TessAPI1.TessMonitorCreate();
      try {
        if (settings.pageTimeoutMillis() > 0) {
          TessAPI1.TessMonitorSetDeadlineMSecs(monitor, settings.pageTimeoutMillis());
        }
        if (TessAPI1.TessBaseAPIRecognize(api, monitor) != 0) {
          throw timeout();
        }
      } finally {
        TessAPI1.TessMonitorDelete(monitor);
      }
      return lines();
    } finally {
      TessAPI1.TessBaseAPIClear(api);
    }
  }

  @Override
  public List<OcrLine> recognize(BufferedImage page, int dpi, PageSegmentation mode) throws DocumentException {
    if (api == null) {
      throw new IllegalStateException("engine is closed");
    }
    TessAPI1.TessBaseAPISetPageSegMode(api, mode.code());
    try {
      return recognize(page, dpi);
    } finally {
      TessAPI1.TessBaseAPISetPageSegMode(api, settings.pageSegmentation().code());
    }
  }

  @Override
  public List<OcrLine> recognizeEveryRow(BufferedImage page, int dpi, PageSegmentation mode) throws DocumentException {
    if (api == null) {
      throw new IllegalStateException("engine is closed");
    }
    TessAPI1.TessBaseAPISetVariable(api, NOISE_ROWS, "0");
    try {
      return recognize(page, dpi, mode);
    } finally {
      TessAPI1.TessBaseAPISetVariable(api, NOISE_ROWS, "1");
    }
  }

  private DocumentException timeout() {
    return new DocumentException(ErrorCode.TIMEOUT, "recognition stopped: page took longer than "
        + settings.pageTimeoutMillis() + " ms");
  }

  private static String utf8(Pointer ptr) {
    if (ptr == null) {
      return "";
    }
    try {
      return new String(ptr.getByteArray(0, (int) strlen(ptr)), StandardCharsets.UTF_8);
    } finally {
      TessAPI1.TessDeleteText(ptr);
    }
  }

  private void setImage(BufferedImage page, int dpi) {
    byte[] pixels = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
    int stride = page.getRaster().getSampleModel().getWidth();
    ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length);
    buffer.put(pixels).flip();
    TessAPI1.TessBaseAPISetImage(api, buffer, page.getWidth(), page.getHeight(), 1, stride);
    TessAPI1.TessBaseAPISetSourceResolution(api, dpi);
  }

  private List<OcrLine> lines() {
    List<OcrLine> lines = new ArrayList<>();
    TessResultIterator it = TessAPI1.TessBaseAPIGetIterator(api);
    if (it == null) {
      return lines;
    }
    try {
      // the page iterator is a view of the result iterator's position, not a copy
      TessPageIterator pageIt = TessAPI1.TessResultIteratorGetPageIterator(it);
      LineReading current = null;
      do {
        if (current == null || TessAPI1.TessPageIteratorIsAtBeginningOf(pageIt, LINE) == 1) {
          addTo(lines, current);
          current = new LineReading(read(it, pageIt, LINE));
        }
        current.add(read(it, pageIt, WORD));
      } while (TessAPI1.TessResultIteratorNext(it, WORD) == 1);
      addTo(lines, current);
    } finally {
      TessAPI1.TessResultIteratorDelete(it);
    }
    return lines;
  }

  /** A line being collected word by word; its own reading is null when the engine gave it no text. */
  private record LineReading(OcrWord line, List<OcrWord> words) {
    LineReading(OcrWord line) {
      this(line, new ArrayList<>());
    }

    void add(OcrWord word) {
      if (word != null) {
        words.add(word);
      }
    }
  }

  private static void addTo(List<OcrLine> lines, LineReading reading) {
    if (reading != null && reading.line() != null) {
      OcrWord line = reading.line();
      lines.add(RightToLeft.mended(new OcrLine(line.text(), line.confidence(), line.box(), reading.words())));
    }
  }

  /** The text, confidence and box at the iterator's position on {@code level}, or null if it holds no text. */
  private static OcrWord read(TessResultIterator it, TessPageIterator pageIt, int level) {
    Pointer ptr = TessAPI1.TessResultIteratorGetUTF8Text(it, level);
    if (ptr == null) {
      return null;
    }
    String text = utf8(ptr).strip();
    if (text.isEmpty()) {
      return null;
    }
    IntBuffer l = IntBuffer.allocate(1);
    IntBuffer t = IntBuffer.allocate(1);
    IntBuffer r = IntBuffer.allocate(1);
    IntBuffer b = IntBuffer.allocate(1);
    TessAPI1.TessPageIteratorBoundingBox(pageIt, level, l, t, r, b);
    Box box = new Box(l.get(0), t.get(0), Math.max(0, r.get(0) - l.get(0)), Math.max(0, b.get(0) - t.get(0)));
    double conf = Math.max(0, Math.min(100, TessAPI1.TessResultIteratorConfidence(it, level))) / 100.0;
    return new OcrWord(text, conf, box);
  }

  private static long strlen(Pointer p) {
    long n = 0;
    while (p.getByte(n) != 0) {
      n++;
    }
    return n;
  }

  @Override
  public void close() {
    if (api != null) {
      TessAPI1.TessBaseAPIEnd(api);
      TessAPI1.TessBaseAPIDelete(api);
      api = null;
    }
  }
}
