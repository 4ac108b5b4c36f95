package org.wathiqa.ocr;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to start a {@link TesseractEngine}. Immutable and thread-safe.
 *
 * @param nativeLibrary where the native library comes from
 * @param tessdata the model directory, or null for the models bundled in the jar
 * @param language the model name, e.g. {@code ara}
 * @param pageSegmentation how pages are split into lines
 * @param pageTimeoutMillis recognition deadline per page in milliseconds, 0 for none
 */
public record TesseractSettings(NativeLibrarySource nativeLibrary, Path tessdata, String language,
    PageSegmentation pageSegmentation, int pageTimeoutMillis) {

  public TesseractSettings {
    Objects.requireNonNull(nativeLibrary, "nativeLibrary");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(pageSegmentation, "pageSegmentation");
    if (pageTimeoutMillis < 0) {
      throw new IllegalArgumentException("page timeout must not be negative, got " + pageTimeoutMillis);
    }
  }

  /** Bundled library and model, Arabic, automatic segmentation, no deadline. */
  public static TesseractSettings defaults() {
    return new TesseractSettings(NativeLibrarySource.BUNDLED, null, "ara", PageSegmentation.SINGLE_BLOCK, 0);
  }
}
