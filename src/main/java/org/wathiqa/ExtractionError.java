package org.wathiqa;

import java.util.Objects;

/**
 * Why a document failed: a code from a fixed list and a message saying what was wrong.
 *
 * <p>Immutable and thread-safe.
 */
public record ExtractionError(ErrorCode code, String message) {

  public ExtractionError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
