package org.wathiqa;

/**
 * Wathiqa cannot run on this machine as configured: a native library or an OCR model is missing
 * or unusable. The message names what was looked for and where.
 */
public class EnvironmentException extends Exception {
  private static final long serialVersionUID = 1L;

  public EnvironmentException(String message) {
    super(message);
  }

  public EnvironmentException(String message, Throwable cause) {
    super(message, cause);
  }
}
