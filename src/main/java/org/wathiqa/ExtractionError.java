package org.wathiqa;

import java.util.Objects;
import org.wathiqa.internal.OneLine;

/**
 * Why a document failed: a code from a fixed list and a message saying what was wrong and which
 * limit applied. The message is always one line: control characters from file names or from the
 * document itself are escaped ({@code \n}), so it can go into a log as it is.
 *
 * <p>Immutable and thread-safe.
 */
public record ExtractionError(ErrorCode code, String message) {

  public ExtractionError {
    Objects.requireNonNull(code, "code");
    message = OneLine.of(Objects.requireNonNull(message, "message"));
  }
}
