package org.wathiqa.stamp;

import java.util.ArrayList;
import java.util.List;
import org.wathiqa.Box;
import org.wathiqa.Line;
import org.wathiqa.Stamp;

/**
 * Stamps of a PDF page whose text layer holds their text: a ring of text around a square area is a
 * round stamp, and the lines inside the ring its centre; other stamp lines set one under another are
 * a rectangular stamp. Stateless and thread-safe.
 */
public final class LayerStamps {
  /** Confidence of a stamp taken from a text layer: the text is exact, the grouping inferred. */
  static final double CONFIDENCE = 0.9;
  /** Fewest characters of a ring's text: shorter lines are a centre's words or its year. */
  private static final int RING_CHARS = 8;
  /** Widest a ring's box is for its height, and narrowest the other way. */
  private static final double RING_ASPECT = 2.5;
  /**
   * Width over height per character below which a line is bent: straight Arabic lines measure about
   * 0.15 or more, rings 0.06 or less.
   */
  private static final double BENT = 0.1;
  /** Farthest a centre line's middle lies from the stamp's, as a share of its radius. */
  private static final double CENTRE_REACH = 0.6;

  private LayerStamps() {}

  /** The stamps formed by {@code stampLines}, the layer's text that sits inside stamps. */
  public static List<Stamp> group(List<Line> stampLines) {
    List<Line> rings = new ArrayList<>();
    List<Line> rest = new ArrayList<>();
    for (Line line : stampLines) {
      (isRing(line) ? rings : rest).add(line);
    }
    List<Stamp> stamps = new ArrayList<>();
    for (Line ring : rings) {
      Box circle = circle(ring.box());
      List<Line> centre = new ArrayList<>();
      rest.removeIf(l -> inCentre(l.box(), circle) && centre.add(l));
      String centreText = text(centre);
      stamps.add(new Stamp("round", null, join(ring.text(), centreText), ring.text(),
          centreText.isEmpty() ? null : centreText, CONFIDENCE, circle));
    }
    for (List<Line> block : blocks(rest)) {
      String text = text(block);
      stamps.add(new Stamp("rect", null, text, null, text, CONFIDENCE, span(block)));
    }
    return stamps;
  }

  /**
   * Whether {@code line} runs round a circle: a line set straight is wider than high by a sixth of
   * its number of characters or more (Arabic letters are narrow beside the line's height, ascenders
   * and descenders included), while a ring's text, bent round, fits a box about as wide as high, or
   * up to {@value #RING_ASPECT} times as wide where it runs over the top only. Measured by shape
   * rather than size, so small stamps and any resolution count.
   */
  static boolean isRing(Line line) {
    Box b = line.box();
    double aspect = (double) b.w() / Math.max(1, b.h());
    long chars = line.text().codePoints().filter(c -> !Character.isWhitespace(c)).count();
    return chars >= RING_CHARS && aspect >= 1 / RING_ASPECT && aspect <= RING_ASPECT && aspect < BENT * chars;
  }

  /**
   * The box of the stamp whose ring text spans {@code ring}: text set over the top of the circle
   * spans its full width but not its height, so a box wider than high is made square, hanging from
   * its top edge; text all round spans the circle already.
   */
  static Box circle(Box ring) {
    return ring.w() > ring.h() ? new Box(ring.x(), ring.y(), ring.w(), ring.w()) : ring;
  }

  /**
   * Whether a line with box {@code line} is part of the centre of the round stamp {@code circle}:
   * narrower than the circle, its middle within {@value #CENTRE_REACH} of the radius from the
   * circle's. Lines of a register stamp pressed over the ring's edge lie further out.
   */
  private static boolean inCentre(Box line, Box circle) {
    double r = circle.w() / 2.0;
    double dx = line.x() + line.w() / 2.0 - (circle.x() + r);
    double dy = line.y() + line.h() / 2.0 - (circle.y() + circle.h() / 2.0);
    return line.w() < circle.w() && Math.hypot(dx, dy) <= CENTRE_REACH * r;
  }

  /** Lines one under another, overlapping sideways and no more than half a line apart. */
  private static List<List<Line>> blocks(List<Line> lines) {
    List<Line> sorted = new ArrayList<>(lines);
    sorted.sort(java.util.Comparator.comparingInt(l -> l.box().y()));
    List<List<Line>> blocks = new ArrayList<>();
    for (Line line : sorted) {
      List<Line> home = null;
      for (List<Line> block : blocks) {
        Box last = block.get(block.size() - 1).box();
        boolean overlapsSideways = line.box().x() < last.right() && last.x() < line.box().right();
        if (overlapsSideways && line.box().y() - last.bottom() < last.h() / 2) {
          home = block;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        blocks.add(home);
      }
      home.add(line);
    }
    return blocks;
  }

  private static Box span(List<Line> lines) {
    Box box = lines.get(0).box();
    for (Line l : lines) {
      box = box.union(l.box());
    }
    return box;
  }

  private static String text(List<Line> lines) {
    List<String> texts = new ArrayList<>();
    lines.stream().sorted(java.util.Comparator.comparingInt(l -> l.box().y())).forEach(l -> texts.add(l.text()));
    return String.join(" ", texts);
  }

  private static String join(String ring, String centre) {
    return centre.isEmpty() ? ring : ring + " " + centre;
  }
}
