package org.wathiqa.read;

/**
 * Limits and resolutions used by a {@link DocumentReader}.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}, e.g.
 * {@code ReaderOptions.builder().renderDpi(200).maxPages(50).build()}.
 *
 * @param renderDpi resolution at which PDF pages are rendered (and text-layer boxes expressed)
 * @param defaultImageDpi resolution assumed for an image whose file states none
 * @param maxPixelsPerPage largest page, in pixels (width × height), decoded or rendered
 * @param maxFileBytes largest file read, in bytes
 * @param maxPages largest number of pages a document may have
 * @param useTextLayer whether a plausible PDF text layer is used instead of rendering the page
 */
public record ReaderOptions(int renderDpi, int defaultImageDpi, long maxPixelsPerPage,
    long maxFileBytes, int maxPages, boolean useTextLayer) {

  /** The lowest resolution a PDF page is rendered at when the page is too large for {@link #renderDpi}. */
  public static final int MIN_RENDER_DPI = 150;

  public ReaderOptions {
    requireWithin("renderDpi", renderDpi, MIN_RENDER_DPI, 1200);
    requireWithin("defaultImageDpi", defaultImageDpi, 50, 2400);
    requireWithin("maxPixelsPerPage", maxPixelsPerPage, 1, Integer.MAX_VALUE);
    requireWithin("maxFileBytes", maxFileBytes, 1, Long.MAX_VALUE);
    requireWithin("maxPages", maxPages, 1, Integer.MAX_VALUE);
  }

  /** Render at 300 dpi, assume 300 dpi, 100 000 000 pixels a page, 1 GiB a file, 5000 pages, use text layers. */
  public static ReaderOptions defaults() {
    return new ReaderOptions(300, 300, 100_000_000L, 1L << 30, 5000, true);
  }

  /** A builder starting from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder(defaults());
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  private static void requireWithin(String name, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " must be within [" + min + ", " + max + "], got "
          + value);
    }
  }

  /** Builds {@link ReaderOptions}; each setter's value is checked by {@link #build()}. Not thread-safe. */
  public static final class Builder {
    private int renderDpi;
    private int defaultImageDpi;
    private long maxPixelsPerPage;
    private long maxFileBytes;
    private int maxPages;
    private boolean useTextLayer;

    private Builder(ReaderOptions from) {
      useTextLayer = from.useTextLayer;
      renderDpi = from.renderDpi;
      defaultImageDpi = from.defaultImageDpi;
      maxPixelsPerPage = from.maxPixelsPerPage;
      maxFileBytes = from.maxFileBytes;
      maxPages = from.maxPages;
    }

    /** Resolution for rendering PDF pages, 150 to 1200 dpi. */
    public Builder renderDpi(int dpi) {
      renderDpi = dpi;
      return this;
    }

    /** Resolution assumed for images that state none, 50 to 2400 dpi. */
    public Builder defaultImageDpi(int dpi) {
      defaultImageDpi = dpi;
      return this;
    }

    /** Largest page in pixels (width × height). */
    public Builder maxPixelsPerPage(long pixels) {
      maxPixelsPerPage = pixels;
      return this;
    }

    /** Largest file in bytes. */
    public Builder maxFileBytes(long bytes) {
      maxFileBytes = bytes;
      return this;
    }

    /** Largest number of pages. */
    public Builder maxPages(int pages) {
      maxPages = pages;
      return this;
    }

    /** Whether a plausible PDF text layer replaces rendering and OCR; false renders every page. */
    public Builder useTextLayer(boolean use) {
      useTextLayer = use;
      return this;
    }

    /**
     * The options.
     *
     * @throws IllegalArgumentException naming the first value out of range
     */
    public ReaderOptions build() {
      return new ReaderOptions(renderDpi, defaultImageDpi, maxPixelsPerPage, maxFileBytes,
          maxPages, useTextLayer);
    }
  }
}
