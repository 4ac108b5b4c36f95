package org.wathiqa.read;

import java.awt.image.BufferedImage;
import java.util.List;
import org.wathiqa.Line;

/**
 * One page as read from a file, before any recognition: either an image to recognise, or text
 * taken from a PDF's text layer.
 *
 * <p>The records are immutable, except that an {@link Image}'s {@code BufferedImage} is the
 * decoded page itself, handed over to the receiver and not shared by the reader; safe to pass
 * between threads, not to mutate from several at once.
 */
public sealed interface PageInput permits PageInput.Image, PageInput.TextLayer {

  /** Zero-based page number within the document. */
  int index();

  /** Page width in pixels at {@link #dpi()}. */
  int width();

  /** Page height in pixels at {@link #dpi()}. */
  int height();

  /** Resolution in dots per inch: from the file where it has one, else the reader's default. */
  int dpi();

  /**
   * A page to recognise.
   *
   * @param image the page as decoded (any type; the pipeline converts it)
   * @param dpiFromFile whether {@code dpi} was stated by the file rather than assumed
   */
  record Image(int index, BufferedImage image, int dpi, boolean dpiFromFile) implements PageInput {
    @Override
    public int width() {
      return image.getWidth();
    }

    @Override
    public int height() {
      return image.getHeight();
    }
  }

  /**
   * A PDF page whose own text layer was found plausible and is used instead of OCR.
   *
   * @param lines the page's printed lines in logical order, boxes in pixels at {@code dpi}
   * @param stampLines text of the layer that sits inside stamps, kept out of {@code lines}
   */
  record TextLayer(int index, int width, int height, int dpi, List<Line> lines,
      List<Line> stampLines) implements PageInput {
    public TextLayer {
      lines = List.copyOf(lines);
      stampLines = List.copyOf(stampLines);
    }
  }
}
