package org.wathiqa.ocr;

/** Where the Tesseract and Leptonica native libraries come from. */
public enum NativeLibrarySource {
  /**
   * The libraries inside the {@code org.bytedeco} tesseract and leptonica jars on the class path,
   * extracted once per version into the cache directory. Needs nothing installed on the system.
   */
  BUNDLED,
  /** The system's own {@code libtesseract}, found by the usual library search path. */
  SYSTEM
}
