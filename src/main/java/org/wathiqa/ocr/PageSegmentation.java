package org.wathiqa.ocr;

/** How Tesseract splits a page into blocks and lines. */
public enum PageSegmentation {
  /** Fully automatic page segmentation, without orientation detection. Tesseract's default. */
  AUTO(3),
  /** A single column of text of variable sizes. */
  SINGLE_COLUMN(4),
  /** A single uniform block of text. */
  SINGLE_BLOCK(6),
  /** A single text line. */
  SINGLE_LINE(7),
  /** As much text as possible in no particular order. */
  SPARSE_TEXT(11);

  private final int code;

  PageSegmentation(int code) {
    this.code = code;
  }

  int code() {
    return code;
  }

  /** The name used in JSON output, e.g. {@code single-column}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
