package org.wathiqa.prepare;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;

/**
 * Erases the drawn circles of round stamps from a grey page before its text is read. On a
 * photocopy a stamp is as black as the print: its rings join the letters they cross into one shape,
 * and the engine loses the lines under the stamp (the signatory's title and name). The ring text
 * between the circles is left; only strokes that run along a circle go. A stamp pressed in ink
 * clearly lighter than the print (grey on a scan, where the print is black) goes whole: within it,
 * everything lighter than a cut between the two greys is set to paper, so the letters over it stay.
 *
 * <p>Around the stamp's centre, circles of every radius are sampled; radii along which most samples
 * are ink are outlines, and their band of ink is set to paper. What the engine then reads within a
 * stamp, unsure of it, is the stamp's own text, and is dropped from the page's. Stateless and
 * thread-safe.
 */
public final class StampOutlines {
  /** Share of a circle's samples that must be ink for it to be a drawn outline. */
  static final double OUTLINE = 0.55;
  /** How far (pixels) the centre is searched around the one given. */
  static final int CENTRE_REACH = 8;
  /** Smallest radius searched, as a share of the stamp's. */
  static final double INNERMOST = 0.3;
  /** Largest radius searched, as a share of the stamp's. */
  static final double OUTERMOST = 1.1;
  /** Widest band of an outline, in pixels; wider rings of ink are not a drawn line. */
  static final int MAX_STROKE = 14;
  /** Confidence from which a line within a stamp is taken for print, not the stamp's text. */
  public static final double SURE = 0.75;
  /** Share of a line's box inside an erased stamp's square for the line to be the stamp's text. */
  static final double WITHIN = 0.9;
  /** How far (pixels) beyond an outline's band ink must lie on both sides for a stroke to cross it. */
  static final int CROSSING = 4;
  /**
   * How much lighter than the page's darkest print, in grey levels, a stamp's outline must be for its
   * ink to be told from print by its grey alone.
   */
  public static final int PALER = 50;
  /**
   * Share of the way from paper to print from which a pixel counts as ink when looking again for the
   * outlines of a stamp paler than halfway between them.
   */
  static final double PALE_INK = 0.25;
  /** Where the cut between print and a paler stamp's ink lies, as a share of the way from print to stamp. */
  static final double CUT = 0.7;
  /** Share of a stamp's outline samples darker than the level taken for its ink's darkest. */
  static final double STAMP_CORE = 0.5;
  private static final int SAMPLES = 720;
  /** The largest double below one half, the one value under it that adds up to 1 with a half. */
  private static final double BELOW_HALF = Math.nextDown(0.5);
  /** Cosine and sine of each sampled angle. */
  private static final double[] COS = new double[SAMPLES];
  private static final double[] SIN = new double[SAMPLES];

  static {
    for (int i = 0; i < SAMPLES; i++) {
      double a = 2 * Math.PI * i / SAMPLES;
      COS[i] = Math.cos(a);
      SIN[i] = Math.sin(a);
    }
  }

  private StampOutlines() {}

  /** A round stamp on the grey page: centre and outer radius, in its pixels. */
  public record Circle(double cx, double cy, double radius) {
    /** The square the circle is drawn in, to the nearest pixel. */
    public org.wathiqa.Box square() {
      return new org.wathiqa.Box((int) Math.round(cx - radius), (int) Math.round(cy - radius),
          (int) Math.round(2 * radius), (int) Math.round(2 * radius));
    }
  }

  /**
   * A page without stamp outlines.
   *
   * @param image the page, or the page as given when no outline was found
   * @param stamps the stamps whose outlines were erased, centred on their outlines
   */
  public record Erased(BufferedImage image, List<Circle> stamps) {
    public Erased {
      stamps = List.copyOf(stamps);
    }

    /**
     * Whether a line read at {@code box} with {@code confidence} is a stamp's own text: it lies
     * within an erased stamp (its centre inside the circle and most of it inside the circle's
     * square) and the engine was unsure of it. The ring and centre text of a stamp that lost its
     * outlines reads as garbled print; a line of the letter passing under a stamp reaches beyond it
     * or reads clearly.
     */
    public boolean withinStamp(org.wathiqa.Box box, double confidence) {
      if (confidence >= SURE) {
        return false; // print under the stamp the engine read clearly, such as a number beside it
      }
      return within(box, stamps);
    }
  }

  /**
   * Whether {@code box} lies within one of the {@code stamps}: its centre inside the circle and most
   * of it inside the circle's square.
   */
  public static boolean within(org.wathiqa.Box box, List<Circle> stamps) {
    for (Circle c : stamps) {
      double dx = box.x() + box.w() / 2.0 - c.cx();
      double dy = box.y() + box.h() / 2.0 - c.cy();
      if (Math.hypot(dx, dy) <= c.radius()
          && box.mostlyWithin(c.square(), WITHIN)) {
        return true;
      }
    }
    return false;
  }

  /** The outlines of {@code stamps} erased from a copy of the 8-bit grey {@code page}. */
  public static Erased erase(BufferedImage page, List<Circle> stamps) {
    if (stamps.isEmpty()) {
      return new Erased(page, List.of());
    }
    List<Circle> erased = new ArrayList<>();
    int w = page.getWidth();
    int h = page.getHeight();
    byte[] src = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
    GreyLevels levels = GreyLevels.of(src);
    int paper = levels.paper();
    int print = levels.darkest(InkSeparation.DARKEST_SHARE);
    int ink = (print + paper) / 2;
    byte[] out = null;
    int pale = paper - (int) Math.round(PALE_INK * (paper - print));
    for (Circle stamp : stamps) {
      Centred c = centred(src, w, h, stamp, ink);
      List<int[]> bands = outlines(src, w, h, c, ink);
      boolean paleOnly = bands.isEmpty();
      if (paleOnly) { // outlines lighter than halfway from print to paper: only a paler stamp's are
        c = centred(src, w, h, stamp, pale);
        bands = outlines(src, w, h, c, pale);
      }
      if (bands.isEmpty()) {
        continue;
      }
      int[] outer = bands.get(bands.size() - 1);
      int stampInk = outlineCore(src, w, h, c, outer, paleOnly ? pale : ink);
      boolean paler = stampInk - print >= PALER;
      if (paleOnly && !paler) {
        continue;
      }
      erased.add(new Circle(c.cx(), c.cy(), outer[1]));
      if (out == null) {
        out = src.clone();
      }
      if (!paleOnly) {
        for (int[] band : bands) {
          clear(out, src, w, h, c, band, ink, (byte) paper);
        }
      }
      if (paler) {
        clearPaler(out, w, h, c, outer[1], (int) Math.round(print + CUT * (stampInk - print)), (byte) paper);
      }
    }
    if (out == null) {
      return new Erased(page, List.of());
    }
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    System.arraycopy(out, 0, ((DataBufferByte) image.getRaster().getDataBuffer()).getData(), 0, out.length);
    return new Erased(image, erased);
  }

  /** The stamp's centre moved to where its outer outline is inkiest. */
  private record Centred(double cx, double cy, double radius) {}

  private static Centred centred(byte[] src, int w, int h, Circle stamp, int ink) {
    Centred coarse = bestCentre(src, w, h, stamp, stamp.cx(), stamp.cy(), CENTRE_REACH, 2, ink);
    return bestCentre(src, w, h, stamp, coarse.cx(), coarse.cy(), 1, 1, ink);
  }

  /** Of the centres within {@code reach} of ({@code cx}, {@code cy}) in steps of {@code step}, the one whose outer outline is inkiest. */
  private static Centred bestCentre(byte[] src, int w, int h, Circle stamp, double cx, double cy, int reach, int step,
      int ink) {
    double bestScore = -1;
    Centred best = new Centred(cx, cy, stamp.radius());
    for (int dy = -reach; dy <= reach; dy += step) {
      for (int dx = -reach; dx <= reach; dx += step) {
        double score = 0;
        for (int r = (int) (stamp.radius() * 0.8); r <= (int) (stamp.radius() * OUTERMOST); r++) {
          score = Math.max(score, inkShare(src, w, h, cx + dx, cy + dy, r, ink));
        }
        if (score > bestScore) {
          bestScore = score;
          best = new Centred(cx + dx, cy + dy, stamp.radius());
        }
      }
    }
    return best;
  }

  /** The bands {first radius, last radius} along which most of the circle is ink. */
  private static List<int[]> outlines(byte[] src, int w, int h, Centred c, int ink) {
    List<int[]> bands = new ArrayList<>();
    int from = -1;
    int last = (int) Math.ceil(c.radius() * OUTERMOST);
    for (int r = (int) (c.radius() * INNERMOST); r <= last + 1; r++) {
      boolean drawn = r <= last && inkShare(src, w, h, c.cx(), c.cy(), r, ink) >= OUTLINE;
      if (drawn && from < 0) {
        from = r;
      } else if (!drawn && from >= 0) {
        if (r - from <= MAX_STROKE) {
          int spread = Math.max(2, (r - from) / 2) + 1; // anti-aliased edges, and circles drawn a little out of round
          bands.add(new int[] {from - spread, r + spread});
        }
        from = -1;
      }
    }
    return bands;
  }

  private static double inkShare(byte[] src, int w, int h, double cx, double cy, int r, int ink) {
    int inked = 0;
    int seen = 0;
    for (int i = 0; i < SAMPLES; i++) {
      int x = pixel(cx + r * COS[i]);
      int y = pixel(cy + r * SIN[i]);
      if (x < 0 || y < 0 || x >= w || y >= h) {
        continue;
      }
      seen++;
      if ((src[y * w + x] & 0xff) <= ink) {
        inked++;
      }
    }
    return seen == 0 ? 0 : inked / (double) seen;
  }

  /**
   * Sets to paper the ink of {@code out} between the radii of {@code band} around the centre, except
   * where a stroke crosses the band: ink just inside and just outside it, along the radius, is a
   * letter the circle runs through, and the letter keeps its stroke.
   */
  private static void clear(byte[] out, byte[] src, int w, int h, Centred c, int[] band, int ink, byte paper) {
    int outer = band[1];
    int x0 = Math.max(0, (int) Math.floor(c.cx() - outer));
    int x1 = Math.min(w - 1, (int) Math.ceil(c.cx() + outer));
    int y0 = Math.max(0, (int) Math.floor(c.cy() - outer));
    int y1 = Math.min(h - 1, (int) Math.ceil(c.cy() + outer));
    double inner2 = (double) band[0] * band[0];
    double outer2 = (double) outer * outer;
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        double dx = x - c.cx();
        double dy = y - c.cy();
        double d2 = dx * dx + dy * dy;
        if (d2 >= inner2 && d2 <= outer2 && !crossed(src, w, h, c, dx, dy, Math.sqrt(d2), band, ink)) {
          out[y * w + x] = paper;
        }
      }
    }
  }

  /**
   * The grey of the darkest part of a stamp's outline: the level below which {@link #STAMP_CORE} of
   * the ink sampled along {@code band} lies.
   */
  private static int outlineCore(byte[] src, int w, int h, Centred c, int[] band, int ink) {
    int[] counts = new int[256];
    int n = 0;
    for (int r = Math.max(0, band[0]); r <= band[1]; r++) {
      for (int i = 0; i < SAMPLES; i++) {
        int x = pixel(c.cx() + r * COS[i]);
        int y = pixel(c.cy() + r * SIN[i]);
        int v = x < 0 || y < 0 || x >= w || y >= h ? 255 : src[y * w + x] & 0xff;
        if (v <= ink) {
          counts[v]++;
          n++;
        }
      }
    }
    int seen = 0;
    for (int v = 0; v < 256; v++) {
      seen += counts[v];
      if (seen > STAMP_CORE * n) {
        return v;
      }
    }
    return 0;
  }

  /**
   * Sets to paper everything within {@code radius} of the stamp's centre lighter than {@code cut}: a
   * stamp pressed in grey ink lighter than the print leaves the letters over it and goes itself,
   * ring and centre text with it.
   */
  private static void clearPaler(byte[] out, int w, int h, Centred c, int radius, int cut, byte paper) {
    int x0 = Math.max(0, (int) Math.floor(c.cx() - radius));
    int x1 = Math.min(w - 1, (int) Math.ceil(c.cx() + radius));
    int y0 = Math.max(0, (int) Math.floor(c.cy() - radius));
    int y1 = Math.min(h - 1, (int) Math.ceil(c.cy() + radius));
    double r2 = (double) radius * radius;
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        double dx = x - c.cx();
        double dy = y - c.cy();
        if (dx * dx + dy * dy <= r2 && (out[y * w + x] & 0xff) >= cut) {
          out[y * w + x] = paper;
        }
      }
    }
  }

  /** Whether there is ink on both sides of {@code band} along the radius through offset ({@code dx}, {@code dy}). */
  private static boolean crossed(byte[] src, int w, int h, Centred c, double dx, double dy, double d, int[] band,
      int ink) {
    if (d == 0) {
      return false;
    }
    double ux = dx / d;
    double uy = dy / d;
    return inkAt(src, w, h, c.cx() + ux * (band[0] - CROSSING), c.cy() + uy * (band[0] - CROSSING), ink)
        && inkAt(src, w, h, c.cx() + ux * (band[1] + CROSSING), c.cy() + uy * (band[1] + CROSSING), ink);
  }

  private static boolean inkAt(byte[] src, int w, int h, double x, double y, int ink) {
    int ix = pixel(x);
    int iy = pixel(y);
    return ix >= 0 && iy >= 0 && ix < w && iy < h && (src[iy * w + ix] & 0xff) <= ink;
  }


  /**
   * The pixel {@code v} falls in, as {@code (int) Math.round(v)}, or -1 for any {@code v} that
   * rounds below 0; for coordinates, below 2^31. Twice as fast as {@code Math.round}, on which the
   * outline searches spend most of their time: adding one half is exact or rounds to the same
   * floor except just below one half, and truncation is the floor of what is not negative.
   */
  static int pixel(double v) {
    double t = v + 0.5;
    return t < 0 ? -1 : v == BELOW_HALF ? 0 : (int) t;
  }
}
