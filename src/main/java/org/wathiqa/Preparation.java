package org.wathiqa;

import java.util.List;
import java.util.Objects;

/**
 * What image preparation did to one page before and around recognition, and what it measured.
 *
 * <p>Immutable and thread-safe.
 *
 * @param steps the steps that changed the image, in the order they ran
 * @param inkFraction share of the page's pixels lifted off as coloured stamp or signature ink, 0–1
 * @param scale factor from the page as read to the image recognised (1 when not rescaled)
 * @param segmentation how the recognised image was split into lines, e.g. {@code single-column}; empty
 *     when nothing was recognised
 * @param rotation clockwise turn in degrees (0, 90, 180 or 270) that set the page upright
 */
public record Preparation(List<Step> steps, double inkFraction, double scale, String segmentation, int rotation) {

  /** For pages that were not prepared, such as those read from a PDF text layer. */
  public static final Preparation NONE = new Preparation(List.of(), 0, 1, "", 0);

  /** The preparation steps, each of which can be switched off on {@link Wathiqa.Builder}. */
  public enum Step {
    /** Coloured ink lifted off a colour page. */
    INK_SEPARATION("ink-separation"),
    /** Faded print and grey paper stretched to black and white. */
    CONTRAST("contrast"),
    /** The page found blank, so not recognised. */
    BLANK("blank"),
    /** A page scanned on its side or upside down set upright. */
    ORIENTATION("orientation"),
    /** Large print reduced to the letter height the model reads best. */
    RESCALE("rescale"),
    /** The page levelled. */
    DESKEW("deskew"),
    /** The circles of round black stamps, and the print wholly inside them, erased before recognition. */
    STAMP_OUTLINES("stamp-outlines"),
    /** Lines the engine merged across the page's blocks split, or rows it lost read again alone. */
    BLOCK_READING("block-reading");

    private final String id;

    Step(String id) {
      this.id = id;
    }

    /** The name used in JSON output. */
    public String id() {
      return id;
    }

    /** The step named {@code id}. */
    public static Step ofId(String id) {
      for (Step s : values()) {
        if (s.id.equals(id)) {
          return s;
        }
      }
      throw new IllegalArgumentException("unknown preparation step '" + id + "'");
    }
  }

  public Preparation {
    steps = List.copyOf(steps);
    Objects.requireNonNull(segmentation, "segmentation");
    if (inkFraction < 0 || inkFraction > 1) {
      throw new IllegalArgumentException("ink fraction must be between 0 and 1, got " + inkFraction);
    }
    if (!(scale > 0)) {
      throw new IllegalArgumentException("scale must be positive, got " + scale);
    }
    if (rotation % 90 != 0 || rotation < 0 || rotation >= 360) {
      throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270, got " + rotation);
    }
  }
}
