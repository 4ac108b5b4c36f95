package org.wathiqa.prepare;

import java.util.Arrays;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/** Measures the size of the print on a page. Stateless and thread-safe. */
final class LetterHeight {
  private static final int STAT_HEIGHT = Imgproc.CC_STAT_HEIGHT;
  private static final int STAT_AREA = Imgproc.CC_STAT_AREA;

  private LetterHeight() {}

  /** The median height of the ink components of {@code grey} large enough to be letters, in pixels. */
  static int of(Mat grey) {
    Mat binary = new Mat();
    Mat labels = new Mat();
    Mat stats = new Mat();
    Mat centroids = new Mat();
    try {
      GreyLevels.splitDark(grey, binary, 255);
      // labelled in blocks (Spaghetti): the same components, and so the same heights, as OpenCV's
      // default labelling, in about half the time; only their numbering may differ
      int n = Imgproc.connectedComponentsWithStatsWithAlgorithm(binary, labels, stats, centroids, 8, CvType.CV_32S,
          Imgproc.CCL_SPAGHETTI);
      return typicalHeight(Mats.componentStats(stats), n);
    } finally {
      binary.release();
      labels.release();
      stats.release();
      centroids.release();
    }
  }

  private static int typicalHeight(int[][] s, int n) {
    int[] heights = new int[n];
    int count = 0;
    for (int i = 1; i < n; i++) {
      if (s[i][STAT_AREA] >= 30 && s[i][STAT_HEIGHT] < 400) {
        heights[count++] = s[i][STAT_HEIGHT];
      }
    }
    if (count == 0) {
      return 20;
    }
    int[] sorted = Arrays.copyOf(heights, count);
    Arrays.sort(sorted);
    return Math.max(8, sorted[count / 2]);
  }
}
