package org.wathiqa.bench;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.Tesseract;
import net.sourceforge.tess4j.TesseractException;
import org.wathiqa.Box;
import org.wathiqa.DocumentException;
import org.wathiqa.DocumentResult;
import org.wathiqa.ErrorCode;
import org.wathiqa.Fields;
import org.wathiqa.Line;
import org.wathiqa.PageResult;
import org.wathiqa.Status;
import org.wathiqa.TextSource;
import org.wathiqa.read.DocumentReader;
import org.wathiqa.read.DocumentSource;
import org.wathiqa.read.PageInput;

/**
 * The baseline: Tess4J's own {@link Tesseract} front door with the same model, default page
 * segmentation and no preparation, over the same page images Wathiqa reads (PDF pages rendered,
 * text layers ignored). Not thread-safe: one instance per thread, as Tess4J requires.
 */
final class RawTess4j {
  private final Tesseract tesseract = new Tesseract();
  private final DocumentReader reader;

  RawTess4j(Path tessdata, String language, DocumentReader reader) {
    tesseract.setDatapath(tessdata.toString());
    tesseract.setLanguage(language);
    this.reader = reader;
  }

  DocumentResult extract(Path file) {
    String name = file.getFileName().toString();
    List<PageResult> pages = new ArrayList<>();
    try (DocumentSource source = reader.open(file)) {
      for (int i = 0; i < source.pageCount(); i++) {
        pages.add(page(i, image(source.page(i))));
      }
    } catch (DocumentException e) {
      return DocumentResult.failed(name, e.toError());
    } catch (TesseractException e) {
      return DocumentResult.failed(name, new org.wathiqa.ExtractionError(ErrorCode.CRASH, e.getMessage()));
    }
    return new DocumentResult(name, Status.OK, null, pages, Fields.NONE);
  }

  private static PageInput.Image image(PageInput page) {
    if (page instanceof PageInput.Image image) {
      return image;
    }
    throw new IllegalStateException("reader was asked to render every page, got a text layer");
  }

  private PageResult page(int index, PageInput.Image page) throws TesseractException {
    BufferedImage image = page.image();
    String text = tesseract.doOCR(image).strip();
    List<Line> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        lines.add(new Line(line.strip(), 1, new Box(0, 0, 0, 0)));
      }
    }
    return new PageResult(index, image.getWidth(), image.getHeight(), page.dpi(), 0, TextSource.OCR,
        text, 1, lines, List.of());
  }
}
