package org.wathiqa;

/**
 * Why a document (or a page) could not be read: a fixed list, whose ids are part of the
 * {@code wathiqa/1} contract.
 *
 * <p>Immutable and thread-safe.
 */
public enum ErrorCode {
  /** The bytes are not a format Wathiqa reads (PNG, JPEG, TIFF, PDF). */
  UNSUPPORTED_FORMAT("unsupported-format"),
  /** The file claims a supported format but cannot be decoded. */
  CORRUPT("corrupt"),
  /** The file has no bytes, or no pages. */
  EMPTY("empty"),
  /** The PDF is encrypted and cannot be opened without a password. */
  ENCRYPTED("encrypted"),
  /** The file, a page or an image exceeds a configured limit. */
  TOO_LARGE("too-large"),
  /** Reading took longer than the configured limit. */
  TIMEOUT("timeout"),
  /**
   * Reading the file failed in a way no check foresaw: a native library crashed, or a stage threw
   * an unexpected error.
   */
  CRASH("crash"),
  /** Reading the file ran out of memory although it passed the size limits. */
  OUT_OF_MEMORY("out-of-memory"),
  /** The file could not be read from, or the output not written. */
  IO("io");

  private final String id;

  ErrorCode(String id) {
    this.id = id;
  }

  /** The name used in {@code wathiqa/1} JSON. */
  public String id() {
    return id;
  }

  /** The constant whose {@link #id()} is {@code id}. */
  public static ErrorCode ofId(String id) {
    for (ErrorCode code : values()) {
      if (code.id.equals(id)) {
        return code;
      }
    }
    throw new IllegalArgumentException("unknown error code '" + id + "'");
  }
}
