package org.wathiqa;

import java.util.Objects;

/**
 * A document could not be read. Carries the {@link ErrorCode} that goes into its result.
 */
public class DocumentException extends Exception {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  public DocumentException(ErrorCode code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  public DocumentException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** Why the document could not be read. */
  public ErrorCode code() {
    return code;
  }

  /** This failure as the error of a result. */
  public ExtractionError toError() {
    return new ExtractionError(code, getMessage());
  }
}
