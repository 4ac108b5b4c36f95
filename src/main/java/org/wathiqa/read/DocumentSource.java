package org.wathiqa.read;

import org.wathiqa.DocumentException;

/**
 * An opened document whose pages are decoded one at a time, on demand, so a long document is never
 * held whole. Holds native or file resources until closed; closing twice is safe.
 *
 * <p>Not thread-safe: one thread reads one source.
 */
public interface DocumentSource extends AutoCloseable {

  /** The detected format. */
  Format format();

  /** Number of pages, at least 1. */
  int pageCount();

  /**
   * Decodes page {@code index} (zero-based).
   *
   * @throws DocumentException if that page cannot be decoded
   */
  PageInput page(int index) throws DocumentException;

  @Override
  void close();
}
