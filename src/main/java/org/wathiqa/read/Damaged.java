package org.wathiqa.read;

import java.io.EOFException;
import java.io.IOException;
import org.wathiqa.DocumentException;
import org.wathiqa.ErrorCode;

/** The {@code CORRUPT} failure of a header that cannot be read. Stateless and thread-safe. */
final class Damaged {
  private Damaged() {}

  /**
   * {@code name} is a damaged {@code format}: its {@code parts} (plural, e.g. "page directories")
   * were cut off by the end of the file, or could not be read.
   */
  static DocumentException header(String name, Format format, String parts, IOException e) {
    String why = e instanceof EOFException ? "its " + parts + " are cut off by the end of the file"
        : "its " + parts + " cannot be read (" + e.getMessage() + ")";
    return new DocumentException(ErrorCode.CORRUPT, name + " is a damaged " + format + ": " + why, e);
  }
}
