package org.wathiqa;

/** Where a page's text came from. */
public enum TextSource {
  /** Recognised by the OCR engine from the page image. */
  OCR("ocr"),
  /** Taken from the PDF's own text layer. */
  PDF_TEXT_LAYER("pdf-text-layer"),
  /** No text: the page is blank. */
  NONE("none");

  private final String id;

  TextSource(String id) {
    this.id = id;
  }

  /** The name used in {@code wathiqa/1} JSON. */
  public String id() {
    return id;
  }

  /** The constant whose {@link #id()} is {@code id}. */
  public static TextSource ofId(String id) {
    for (TextSource source : values()) {
      if (source.id.equals(id)) {
        return source;
      }
    }
    throw new IllegalArgumentException("unknown text source '" + id + "'; known: ocr, pdf-text-layer, none");
  }
}
