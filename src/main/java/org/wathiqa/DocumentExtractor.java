package org.wathiqa;

import java.nio.file.Path;

/**
 * Reads documents into results: {@link Wathiqa} in this JVM, {@link IsolatedWathiqa} in worker JVMs.
 *
 * <p>Implementations are thread-safe. A document that cannot be read yields a failed
 * {@link DocumentResult}, never an exception. Closing twice is safe.
 */
public interface DocumentExtractor extends AutoCloseable {

  /**
   * Reads the document at {@code file}.
   *
   * @return the result; a file that cannot be read gives a {@link Status#FAILED} result with its error
   */
  DocumentResult extract(Path file);

  /** Releases engines or worker processes; closing twice is safe. */
  @Override
  void close();
}
