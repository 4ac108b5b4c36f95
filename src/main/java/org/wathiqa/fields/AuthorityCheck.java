package org.wathiqa.fields;

import java.util.ArrayList;
import java.util.List;
import org.wathiqa.Field;
import org.wathiqa.Fields;
import org.wathiqa.PageResult;
import org.wathiqa.Stamp;
import org.wathiqa.text.ArabicText;

/**
 * Confirms the issuing authority by the document's round seals: a seal that names a unit of the
 * letterhead raises the authority's confidence; confidently read seals that name none of it are
 * reported. Register stamps are left out, since they are the receiving office's. Stateless and
 * thread-safe.
 */
public final class AuthorityCheck {
  /** Confidence added to an authority a seal names. */
  static final double CONFIRMED_BONUS = 0.1;
  /** Share of a letterhead unit's letters that may differ where a seal names it. */
  static final double TOLERANCE = 0.25;
  /** Least confidence of a seal whose disagreement is reported. */
  static final double SURE_SEAL = 0.85;
  /** Fewest letters of a word that can tell one institution from another. */
  static final int MIN_WORD = 4;

  /** The fields, with the authority's confidence raised when a seal confirms it, and the warnings. */
  public record Checked(Fields fields, List<String> warnings) {
    public Checked {
      warnings = List.copyOf(warnings);
    }
  }

  private AuthorityCheck() {}

  /** Checks the issuing authority of {@code fields} against the round stamps of {@code pages}. */
  public static Checked check(Fields fields, List<PageResult> pages) {
    Field authority = fields.issuingAuthority();
    List<Stamp> seals = new ArrayList<>();
    pages.forEach(p -> p.stamps().stream().filter(s -> !s.shape().equals("rect") && !s.text().isBlank())
        .forEach(seals::add));
    if (authority == null || seals.isEmpty()) {
      return new Checked(fields, List.of());
    }
    List<String> units = units(authority);
    if (seals.stream().anyMatch(s -> names(s, units))) {
      Field raised = authority.toBuilder().confidence(Math.min(1, authority.confidence() + CONFIRMED_BONUS)).build();
      return new Checked(new Fields(raised, fields.referenceNumber(), fields.documentDate(), fields.dates(),
          fields.names(), fields.signatory(), fields.subject()), List.of());
    }
    List<String> warnings = new ArrayList<>();
    for (Stamp s : seals) {
      if (s.confidence() >= SURE_SEAL && !sharesWord(s, units)) {
        warnings.add("the stamp reading \"" + s.text() + "\" names none of the letterhead's units "
            + units + ": the issuing authority \"" + authority.value() + "\" is not confirmed by it");
      }
    }
    return new Checked(fields, warnings);
  }

  /** The letterhead lines that name an institution rather than a state, in matching form. */
  private static List<String> units(Field authority) {
    List<String> lines = new ArrayList<>(authority.hierarchy() == null ? List.of() : authority.hierarchy());
    lines.add(authority.value());
    List<String> units = new ArrayList<>();
    for (String line : lines) {
      String norm = ArabicText.normalize(line);
      String first = norm.split(" ")[0];
      if (!norm.isBlank() && !Lexicon.STATE_KINDS.contains(first) && !units.contains(norm)) {
        units.add(norm);
      }
    }
    return units;
  }

  /** Whether the seal names a unit, or its centre (the seal's own office) is part of one. */
  private static boolean names(Stamp seal, List<String> units) {
    String text = ArabicText.normalize(seal.text());
    String centre = seal.centerText() == null ? "" : ArabicText.normalize(seal.centerText());
    return units.stream().anyMatch(u -> ArabicText.infixDistance(u, text) <= TOLERANCE * u.length()
        || centre.length() >= MIN_WORD && ArabicText.infixDistance(centre, u) <= TOLERANCE * centre.length());
  }

  /** Whether {@code word} names a kind of state or institution (وزارة, مديرية) rather than which one. */
  private static boolean generic(String word) {
    String bare = word.startsWith("ال") ? word.substring(2) : word;
    return Lexicon.STATE_KINDS.contains(word) || Lexicon.INSTITUTION_KINDS.contains(word)
        || Lexicon.INSTITUTION_KINDS.contains(bare);
  }

  /**
   * Whether a word of the seal of {@value #MIN_WORD} letters or more is, but for a letter, a word of a
   * unit, other than the word for its kind: a seal read too poorly to name a unit whole may still be
   * the same institution's.
   */
  private static boolean sharesWord(Stamp seal, List<String> units) {
    for (String word : ArabicText.normalize(seal.text()).split(" ")) {
      for (String unit : units) {
        for (String other : unit.split(" ")) {
          if (word.length() >= MIN_WORD && other.length() >= MIN_WORD && !generic(other)
              && ArabicText.infixDistance(other, word) <= 1) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
