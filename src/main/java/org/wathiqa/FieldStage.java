package org.wathiqa;

import java.time.Clock;
import java.util.List;
import org.wathiqa.fields.AuthorityCheck;
import org.wathiqa.fields.FieldExtractor;

/** Extracts the structured fields from a document's pages. Thread-safe. */
final class FieldStage {
  private final FieldExtractor extractor;

  FieldStage(Clock clock) {
    this.extractor = new FieldExtractor(clock);
  }

  /** The fields of {@code pages}, checked against their stamps. */
  AuthorityCheck.Checked extract(List<PageResult> pages) {
    return AuthorityCheck.check(extractor.extract(pages), pages);
  }
}
