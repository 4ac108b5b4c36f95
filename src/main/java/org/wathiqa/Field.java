package org.wathiqa;

import java.util.List;
import java.util.Objects;

/**
 * One value read from a document, with where it came from and how sure the reading is.
 *
 * <p>Every field has a normalised {@code value}; the other components are filled where they apply
 * to the kind of field and are null otherwise: {@code hierarchy} for the issuing authority,
 * {@code calendar}, {@code hijri} and {@code role} for dates, {@code role} for names, {@code title}
 * and {@code rank} for the signatory. Immutable and thread-safe.
 *
 * @param value the normalised value (ISO date, ASCII digits, text in logical order), never null
 * @param raw the text as read, or null
 * @param confidence between 0 and 1
 * @param page zero-based page the value was read on, or -1 if unknown
 * @param box the line(s) the value was read from, or null
 * @param hierarchy letterhead lines top to bottom (issuing authority only), or null
 * @param calendar {@code gregorian} or {@code hijri} (dates only), or null
 * @param hijri the Hijri date as {@code yyyy-mm-dd} when read in that calendar, or null
 * @param role {@code document}/{@code mentioned} for dates, {@code person} for names, or null
 * @param title the signatory's office, or null
 * @param rank the signatory's rank or honorific, or null
 */
public record Field(String value, String raw, double confidence, int page, Box box,
    List<String> hierarchy, String calendar, String hijri, String role, String title, String rank) {

  public Field {
    Objects.requireNonNull(value, "value");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be within [0, 1], got " + confidence);
    }
    hierarchy = hierarchy == null ? null : List.copyOf(hierarchy);
  }

  /** A builder for a field with the given normalised value. */
  public static Builder of(String value) {
    return new Builder(value);
  }

  /** A builder holding this field's components, to derive a changed copy. */
  public Builder toBuilder() {
    return new Builder(value).raw(raw).confidence(confidence).at(page, box).hierarchy(hierarchy)
        .calendar(calendar).hijri(hijri).role(role).title(title).rank(rank);
  }

  /** Builds a {@link Field}; not thread-safe. */
  public static final class Builder {
    private final String value;
    private String raw;
    private double confidence = 1;
    private int page = -1;
    private Box box;
    private List<String> hierarchy;
    private String calendar;
    private String hijri;
    private String role;
    private String title;
    private String rank;

    private Builder(String value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    public Builder raw(String raw) {
      this.raw = raw;
      return this;
    }

    public Builder confidence(double confidence) {
      this.confidence = confidence;
      return this;
    }

    /** Where the value was read: zero-based page and box in page pixels. */
    public Builder at(int page, Box box) {
      this.page = page;
      this.box = box;
      return this;
    }

    public Builder hierarchy(List<String> hierarchy) {
      this.hierarchy = hierarchy;
      return this;
    }

    public Builder calendar(String calendar) {
      this.calendar = calendar;
      return this;
    }

    public Builder hijri(String hijri) {
      this.hijri = hijri;
      return this;
    }

    public Builder role(String role) {
      this.role = role;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder rank(String rank) {
      this.rank = rank;
      return this;
    }

    public Field build() {
      return new Field(value, raw, confidence, page, box, hierarchy, calendar, hijri, role, title, rank);
    }
  }
}
