package org.wathiqa;

import java.time.Clock;
import java.util.List;

/** Extracts the structured fields from a document's pages. Thread-safe. */
final class FieldStage {
  private final Clock clock;

  FieldStage(Clock clock) {
    this.clock = clock;
  }

  Fields extract(List<PageResult> pages) {
    return Fields.NONE;
  }
}
