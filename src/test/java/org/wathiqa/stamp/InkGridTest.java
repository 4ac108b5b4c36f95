package org.wathiqa.stamp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.wathiqa.prepare.OpenCv;

/** The grid's covers against asking every pixel within the slack of every outline point. */
class InkGridTest {
  @BeforeAll
  static void load() throws Exception {
    OpenCv.load();
  }

  /** Whether ink lies within {@code slack} of the point, pixels beyond the image being paper. */
  private static boolean inkedNear(byte[] ink, int w, int h, int slack, double fx, double fy) {
    int cx = (int) Math.round(fx);
    int cy = (int) Math.round(fy);
    for (int y = cy - slack; y <= cy + slack; y++) {
      for (int x = cx - slack; x <= cx + slack; x++) {
        if (x >= 0 && y >= 0 && x < w && y < h && ink[y * w + x] != 0) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void covers_equalAskingEveryPixelNearEachPoint_outlinesOverTheEdgeIncluded() {
    Random random = new Random(7);
    for (int image = 0; image < 60; image++) {
      int w = 1 + random.nextInt(60);
      int h = 1 + random.nextInt(60);
      int slack = random.nextInt(4);
      byte[] ink = new byte[w * h];
      double density = random.nextDouble() * 0.1;
      for (int i = 0; i < ink.length; i++) {
        ink[i] = (byte) (random.nextDouble() < density ? 255 : 0);
      }
      Mat binary = new Mat(h, w, CvType.CV_8UC1);
      binary.put(0, 0, ink);
      InkGrid grid = new InkGrid(binary, slack);
      binary.release();
      for (int k = 0; k < 40; k++) {
        // circles and squares around and across the image's edges, some wholly beyond them
        double x = random.nextDouble() * (w + 20) - 10;
        double y = random.nextDouble() * (h + 20) - 10;
        double r = random.nextDouble() * 30;
        int steps = Math.max(36, (int) (2 * Math.PI * r / 2));
        int hit = 0;
        for (int i = 0; i < steps; i++) {
          double a = 2 * Math.PI * i / steps;
          hit += inkedNear(ink, w, h, slack, x + r * Math.cos(a), y + r * Math.sin(a)) ? 1 : 0;
        }
        assertEquals((double) hit / steps, grid.circleCover(x, y, r), 0.0, "circle " + x + "," + y + " r " + r);

        Point[] square = {new Point(x - r, y - r), new Point(x + r, y - r), new Point(x + r, y + r), new Point(x - r, y + r)};
        int inked = 0;
        int total = 0;
        for (int side = 0; side < 4; side++) {
          Point p = square[side];
          Point q = square[(side + 1) % 4];
          int n = Math.max(2, (int) (Math.hypot(q.x - p.x, q.y - p.y) / 2));
          for (int s = 0; s < n; s++) {
            double t = (double) s / n;
            total++;
            inked += inkedNear(ink, w, h, slack, p.x + t * (q.x - p.x), p.y + t * (q.y - p.y)) ? 1 : 0;
          }
        }
        assertEquals((double) inked / total, grid.polygonCover(square), 0.0, "square " + x + "," + y + " r " + r);
      }
    }
  }
}
