package org.wathiqa.fields;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.wathiqa.Field;
import org.wathiqa.Fields;
import org.wathiqa.PageResult;
import org.wathiqa.text.ArabicText;

/**
 * Extracts the structured fields of an Arabic official letter from its OCR'd pages: issuing
 * authority, reference number, dates, names, signatory and subject. A field the pages do not
 * support is left absent rather than guessed.
 *
 * <p>Immutable and thread-safe: one instance may serve many threads.
 *
 * <pre>{@code
 * Fields fields = new FieldExtractor().extract(pages);
 * String ref = fields.referenceNumber() == null ? null : fields.referenceNumber().value();
 * }</pre>
 */
public final class FieldExtractor {
  private final AuthorityExtractor authority;
  private final ReferenceExtractor reference;
  private final DateExtractor dates;
  private final NameExtractor names = new NameExtractor();
  private final SignatoryExtractor signatory = new SignatoryExtractor();
  private final SubjectExtractor subject = new SubjectExtractor();

  /** An extractor whose "today" (dates after it are rejected) comes from the system UTC clock. */
  public FieldExtractor() {
    this(Clock.systemUTC());
  }

  /** An extractor whose "today" (dates after it are rejected) comes from {@code clock}. */
  public FieldExtractor(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    this.authority = new AuthorityExtractor(clock);
    this.reference = new ReferenceExtractor(clock);
    this.dates = new DateExtractor(clock);
  }

  /** Whether {@code word}, as read, is the name of a Gregorian or Hijri month, or the first word of one ("كانون"). */
  public static boolean isMonthName(String word) {
    String key = ArabicText.normalize(word);
    return Lexicon.GREGORIAN_MONTHS.opensEntry(key) || Lexicon.HIJRI_MONTHS.opensEntry(key);
  }

  /**
   * The fields of the document made of {@code pages} (in page order).
   *
   * @param pages the OCR'd pages, lines in logical order, top to bottom
   * @return the fields found; {@link Fields#NONE} when there are no lines
   */
  public Fields extract(List<PageResult> pages) {
    Objects.requireNonNull(pages, "pages");
    Doc doc = new Doc(pages);
    if (doc.lines().isEmpty()) {
      return Fields.NONE;
    }
    List<Field> allDates = dates.extract(doc);
    Field own = !allDates.isEmpty() && DateExtractor.DOCUMENT.equals(allDates.get(0).role()) ? allDates.get(0) : null;
    Field signer = signatory.extract(doc);
    return new Fields(authority.extract(doc), reference.extract(doc), own, allDates,
        withoutSigner(names.extract(doc), signer), signer, subject.extract(doc));
  }

  private static List<Field> withoutSigner(List<Field> names, Field signer) {
    if (signer == null) {
      return names;
    }
    String key = ArabicText.normalize(signer.value());
    List<Field> out = new ArrayList<>();
    for (Field f : names) {
      if (!ArabicText.normalize(f.value()).equals(key)) {
        out.add(f);
      }
    }
    return out;
  }
}
