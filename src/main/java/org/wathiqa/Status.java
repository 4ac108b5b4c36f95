package org.wathiqa;

/** How the extraction of one document ended. */
public enum Status {
  /** Every page was read. */
  OK("ok"),
  /** Some pages failed; the others were read. */
  PARTIAL("partial"),
  /** Nothing could be read; the result carries the error. */
  FAILED("failed");

  private final String id;

  Status(String id) {
    this.id = id;
  }

  /** The name used in {@code wathiqa/1} JSON. */
  public String id() {
    return id;
  }

  /** The constant whose {@link #id()} is {@code id}. */
  public static Status ofId(String id) {
    for (Status status : values()) {
      if (status.id.equals(id)) {
        return status;
      }
    }
    throw new IllegalArgumentException("unknown status '" + id + "'; known: ok, partial, failed");
  }
}
