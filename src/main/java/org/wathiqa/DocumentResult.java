package org.wathiqa;

import java.util.List;
import java.util.Objects;

/**
 * Everything read from one document: its pages and its fields, or the reason it failed.
 *
 * <p>Immutable and thread-safe. Serialised as {@code wathiqa/1} JSON by {@code org.wathiqa.json.WathiqaJson}.
 *
 * @param source the input's file name
 * @param status how the extraction ended
 * @param error why it failed (or why pages failed), or null when {@code status} is ok
 * @param pages the pages read, in order
 * @param fields the structured values; {@link Fields#NONE} for a failed document
 * @param warnings what the reader noticed but could not settle, e.g. a stamp naming another
 *     institution than the letterhead; empty when nothing was
 */
public record DocumentResult(String source, Status status, ExtractionError error,
    List<PageResult> pages, Fields fields, List<String> warnings) {

  /** The schema identifier written in every result. */
  public static final String SCHEMA = "wathiqa/1";

  public DocumentResult {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
    pages = List.copyOf(pages);
    fields = fields == null ? Fields.NONE : fields;
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    if (status != Status.OK && error == null) {
      throw new IllegalArgumentException("a " + status.id() + " result needs an error");
    }
  }

  /** A result without warnings. */
  public DocumentResult(String source, Status status, ExtractionError error, List<PageResult> pages, Fields fields) {
    this(source, status, error, pages, fields, List.of());
  }

  /** A failed result for {@code source}, with no pages and no fields. */
  public static DocumentResult failed(String source, ExtractionError error) {
    return new DocumentResult(source, Status.FAILED, error, List.of(), Fields.NONE);
  }

  /** The schema identifier, {@value #SCHEMA}. */
  public String schema() {
    return SCHEMA;
  }
}
