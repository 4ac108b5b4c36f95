package org.wathiqa;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.wathiqa.ocr.NoiseFilter;
import org.wathiqa.ocr.OcrEngine;
import org.wathiqa.ocr.OcrLine;
import org.wathiqa.ocr.PageSegmentation;
import org.wathiqa.prepare.Mats;
import org.wathiqa.prepare.StampOutlines;

/**
 * Reads again the lines a black stamp is pressed on. A stamp as dark as the print (a photocopy, a
 * bilevel scan) lays its ring and centre text over the signatory's title and name, and the engine
 * reads the two together as noise. The stamp's type is small and its strokes thin beside the print
 * it covers, so within the stamp the ink thinner than a few pixels is closed over with paper and
 * each unsure line crossing the stamp is read again from that page; the new reading is kept only
 * when the engine is sure of it, clearly surer than of the first, and it reads as words rather than
 * fragments ({@link NoiseFilter#fragmentary}): the engine is now and then sure of noise.
 * Stateless and thread-safe.
 */
final class UnderStamp {
  /** Lines read with less confidence than this, crossing a stamp, are read again. */
  static final double UNSURE = 0.5;
  /** Least confidence of a line read again for it to replace the first reading. */
  static final double TRUST = 0.6;
  /** How much surer a line read again must be than the first reading. */
  static final double SURER = 0.15;
  /** Widths, pixels, of the strokes closed over: the thin ones of a stamp, then thicker. */
  private static final int[] STROKES = {3, 5};
  /** Paper above and below a line read again, as a share of its height. */
  private static final double PAD = 0.25;

  private UnderStamp() {}

  /**
   * {@code lines}, read from {@code page}, with the unsure ones crossing one of {@code stamps} read
   * again where that reads surer; boxes in pixels of {@code page}.
   */
  static List<OcrLine> reread(List<OcrLine> lines, BufferedImage page, List<StampOutlines.Circle> stamps,
      OcrEngine engine, int dpi) throws DocumentException {
    if (stamps.isEmpty()) {
      return lines;
    }
    List<OcrLine> out = new ArrayList<>(lines.size());
    BufferedImage[] cleared = new BufferedImage[STROKES.length];
    for (OcrLine line : lines) {
      OcrLine best = line;
      if (line.confidence() < UNSURE && crosses(line.box(), stamps)) {
        for (int i = 0; i < STROKES.length; i++) {
          cleared[i] = cleared[i] == null ? withoutThinStrokes(page, stamps, STROKES[i]) : cleared[i];
          OcrLine again = readAlone(engine, cleared[i], dpi, line.box());
          if (again != null && again.confidence() >= TRUST && again.confidence() > best.confidence() + SURER
              && !NoiseFilter.fragmentary(again)) {
            best = again;
          }
        }
      }
      out.add(best);
    }
    return out;
  }

  private static OcrLine readAlone(OcrEngine engine, BufferedImage page, int dpi, Box box)
      throws DocumentException {
    int pad = (int) Math.round(PAD * box.h());
    int top = Math.max(0, box.y() - pad);
    int left = Math.max(0, box.x() - pad);
    Box row = new Box(left, top, Math.min(page.getWidth(), box.right() + pad) - left,
        Math.min(page.getHeight(), box.bottom() + pad) - top);
    List<OcrLine> read = engine.recognize(page, dpi,
        List.of(new OcrEngine.Region(row, PageSegmentation.SINGLE_LINE)), box.h());
    return read.size() == 1 ? read.get(0) : null;
  }

  /** Whether {@code box} overlaps the disc of one of {@code stamps}. */
  static boolean crosses(Box box, List<StampOutlines.Circle> stamps) {
    for (StampOutlines.Circle c : stamps) {
      double nx = Math.max(box.x(), Math.min(c.cx(), box.right()));
      double ny = Math.max(box.y(), Math.min(c.cy(), box.bottom()));
      if (Math.hypot(nx - c.cx(), ny - c.cy()) < c.radius()) {
        return true;
      }
    }
    return false;
  }

  /** {@code page} with the dark strokes narrower than {@code width} pixels closed over within the stamps. */
  static BufferedImage withoutThinStrokes(BufferedImage page, List<StampOutlines.Circle> stamps, int width) {
    Mat grey = Mats.grey(page);
    Mat closed = new Mat();
    Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new Size(width, width));
    Mat discs = Mat.zeros(grey.size(), grey.type());
    try {
      Imgproc.morphologyEx(grey, closed, Imgproc.MORPH_CLOSE, kernel);
      for (StampOutlines.Circle c : stamps) {
        Imgproc.circle(discs, new Point(c.cx(), c.cy()), (int) Math.ceil(c.radius()), new Scalar(255), -1);
      }
      closed.copyTo(grey, discs);
      return Mats.toImage(grey);
    } finally {
      grey.release();
      closed.release();
      kernel.release();
      discs.release();
    }
  }
}
