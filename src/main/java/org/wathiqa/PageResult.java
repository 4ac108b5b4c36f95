package org.wathiqa;

import java.util.List;
import java.util.Objects;

/**
 * What was read from one page.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index zero-based page number
 * @param width page image width in pixels
 * @param height page image height in pixels
 * @param dpi resolution of the page image in dots per inch
 * @param skewDegrees the skew of the page as read, in degrees (positive: text rises to the left);
 *     pages skewed by a degree or more are levelled before recognition
 * @param textSource where the text came from
 * @param text the page text in logical order, lines joined by {@code \n}
 * @param meanConfidence mean line confidence between 0 and 1 (0 for a page without lines)
 * @param lines the printed lines, top to bottom
 * @param stamps ink stamps found on the page
 * @param preparation what image preparation did to the page ({@link Preparation#NONE} for pages not
 *     recognised from an image)
 */
public record PageResult(int index, int width, int height, int dpi, double skewDegrees,
    TextSource textSource, String text, double meanConfidence, List<Line> lines, List<Stamp> stamps,
    Preparation preparation, List<Signature> signatures) {

  /** A page without signatures found. */
  public PageResult(int index, int width, int height, int dpi, double skewDegrees, TextSource textSource,
      String text, double meanConfidence, List<Line> lines, List<Stamp> stamps, Preparation preparation) {
    this(index, width, height, dpi, skewDegrees, textSource, text, meanConfidence, lines, stamps, preparation,
        List.of());
  }

  /** A page that went through no image preparation. */
  public PageResult(int index, int width, int height, int dpi, double skewDegrees, TextSource textSource,
      String text, double meanConfidence, List<Line> lines, List<Stamp> stamps) {
    this(index, width, height, dpi, skewDegrees, textSource, text, meanConfidence, lines, stamps,
        Preparation.NONE);
  }

  public PageResult {
    if (index < 0) {
      throw new IllegalArgumentException("page index must not be negative, got " + index);
    }
    Objects.requireNonNull(textSource, "textSource");
    text = text == null ? "" : text;
    lines = List.copyOf(lines);
    stamps = List.copyOf(stamps);
    Objects.requireNonNull(preparation, "preparation");
    signatures = List.copyOf(signatures);
  }
}
