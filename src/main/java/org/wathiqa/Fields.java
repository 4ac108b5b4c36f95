package org.wathiqa;

import java.util.List;

/**
 * The structured values of a document. A field the document does not have is null (or an empty
 * list): a wrong value is worse than none.
 *
 * <p>Immutable and thread-safe.
 *
 * @param issuingAuthority the most specific issuing unit, with the letterhead as its hierarchy
 * @param referenceNumber the document's reference number
 * @param documentDate the document's own date
 * @param dates every date on the document, the document's own included
 * @param names people named in the document
 * @param signatory the person who signed, with title and rank
 * @param subject the text after الموضوع
 */
public record Fields(Field issuingAuthority, Field referenceNumber, Field documentDate,
    List<Field> dates, List<Field> names, Field signatory, Field subject) {

  /** No fields at all. */
  public static final Fields NONE = new Fields(null, null, null, List.of(), List.of(), null, null);

  public Fields {
    dates = dates == null ? List.of() : List.copyOf(dates);
    names = names == null ? List.of() : List.copyOf(names);
  }
}
