package org.wathiqa.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

class InkAreasTest {
  @BeforeAll
  static void load() throws Exception {
    OpenCv.load();
  }

  @Test
  void inkAreas_scatteredInk_everyInkPixelLiesInOneAreaWithItsMargin() {
    Random random = new Random(7);
    for (int trial = 0; trial < 20; trial++) {
      Mat mask = Mat.zeros(1200, 900, CvType.CV_8UC1);
      int blobs = 1 + random.nextInt(6);
      for (int b = 0; b < blobs; b++) {
        Point centre = new Point(random.nextInt(900), random.nextInt(1200));
        Imgproc.circle(mask, centre, 5 + random.nextInt(80), new Scalar(255), 1 + random.nextInt(4));
      }
      List<Rect> areas = InkSeparation.inkAreas(mask);
      byte[] px = new byte[(int) mask.total()];
      mask.get(0, 0, px);
      for (int y = 0; y < mask.rows(); y++) {
        for (int x = 0; x < mask.cols(); x++) {
          if (px[y * mask.cols() + x] != 0) {
            assertEquals(1, holding(areas, x, y, mask.cols(), mask.rows()),
                "trial " + trial + ": ink at " + x + "," + y + " must lie well inside exactly one area");
          }
        }
      }
      for (int i = 0; i < areas.size(); i++) {
        for (int j = i + 1; j < areas.size(); j++) {
          Rect a = areas.get(i);
          Rect b = areas.get(j);
          boolean overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
          assertFalse(overlap, "trial " + trial + ": areas " + a + " and " + b + " overlap");
        }
      }
      mask.release();
    }
  }

  @Test
  void inkAreas_twoStampsApart_coverLittleMoreThanTheStamps() {
    Mat mask = Mat.zeros(3500, 2480, CvType.CV_8UC1);
    Imgproc.circle(mask, new Point(400, 400), 150, new Scalar(255), 3);
    Imgproc.circle(mask, new Point(1900, 3000), 150, new Scalar(255), 3);
    List<Rect> areas = InkSeparation.inkAreas(mask);
    assertEquals(2, areas.size(), areas.toString());
    long covered = areas.stream().mapToLong(r -> (long) r.width * r.height).sum();
    assertTrue(covered <= 2 * Math.pow(2 * (152 + InkSeparation.AREA_MARGIN) + 2, 2),
        "areas cover " + covered + " px");
    mask.release();
  }

  @Test
  void inkAreas_noInk_noAreas() {
    Mat mask = Mat.zeros(300, 200, CvType.CV_8UC1);
    assertTrue(InkSeparation.inkAreas(mask).isEmpty());
    mask.release();
  }

  /** How many of {@code areas} hold (x, y) with the margin all round, or up to the page's edge. */
  private static int holding(List<Rect> areas, int x, int y, int width, int height) {
    int m = InkSeparation.AREA_MARGIN;
    int n = 0;
    for (Rect r : areas) {
      boolean left = x - r.x >= m || r.x == 0;
      boolean right = r.x + r.width - 1 - x >= m || r.x + r.width == width;
      boolean top = y - r.y >= m || r.y == 0;
      boolean bottom = r.y + r.height - 1 - y >= m || r.y + r.height == height;
      if (x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height && left && right && top && bottom) {
        n++;
      }
    }
    return n;
  }
}
