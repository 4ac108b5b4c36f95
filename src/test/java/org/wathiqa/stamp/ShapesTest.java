package org.wathiqa.stamp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.wathiqa.prepare.OpenCv;

/** Shapes told and verified on drawn borders, where another stamp's ink may fill some of the border. */
class ShapesTest {
  private static final Scalar INK = new Scalar(255);

  @BeforeAll
  static void loadOpenCv() throws Exception {
    OpenCv.load();
  }

  /** A frame from (40, 50) to (260, 150), two pixels thick. */
  private static Mat frame() {
    Mat ink = Mat.zeros(200, 300, CvType.CV_8UC1);
    Imgproc.rectangle(ink, new Point(40, 50), new Point(260, 150), INK, 2);
    return ink;
  }

  /** An oval round (150, 100), half axes 120 and 60, drawn from 0 to {@code end} degrees. */
  private static Mat oval(double end) {
    Mat ink = Mat.zeros(200, 300, CvType.CV_8UC1);
    Imgproc.ellipse(ink, new Point(150, 100), new Size(120, 60), 0, 0, end, INK, 2);
    return ink;
  }

  /** The outer contour of the ink in {@code binary}. */
  private static MatOfPoint outline(Mat binary) {
    List<MatOfPoint> contours = new ArrayList<>();
    Mat hierarchy = new Mat();
    Imgproc.findContours(binary.clone(), contours, hierarchy, Imgproc.RETR_EXTERNAL, Imgproc.CHAIN_APPROX_NONE);
    hierarchy.release();
    return contours.stream().max((a, b) -> Double.compare(Imgproc.contourArea(a), Imgproc.contourArea(b))).orElseThrow();
  }

  @Test
  void verified_ovalDrawnHalfInItsOwnInk_isNoStampWhereTheOtherHalfIsAnotherStamps() {
    Mat whole = oval(360);
    Mat own = oval(180);
    InkGrid wholeGrid = new InkGrid(whole, 1);
    InkGrid ownGrid = new InkGrid(own, 1);
    MatOfPoint contour = outline(whole);
    try {
      assertEquals("oval", Shapes.verified(contour, wholeGrid, wholeGrid));
      assertNull(Shapes.verified(contour, wholeGrid, ownGrid));
    } finally {
      whole.release();
      own.release();
      contour.release();
    }
  }

  @Test
  void verified_ovalFilledInByAnotherStampWhereItCrossesIt_isAStamp() {
    Mat whole = oval(360);
    Mat own = oval(290); // a fifth under the other stamp
    InkGrid wholeGrid = new InkGrid(whole, 1);
    MatOfPoint contour = outline(whole);
    try {
      assertEquals("oval", Shapes.verified(contour, wholeGrid, new InkGrid(own, 1)));
    } finally {
      whole.release();
      own.release();
      contour.release();
    }
  }

  @Test
  void framed_frameBrokenWhereAnotherStampCrossesIt_isAFrameThatItsOutlineAloneWouldNotName() {
    Mat ink = frame();
    Imgproc.rectangle(ink, new Point(120, 48), new Point(150, 52), new Scalar(0), -1); // a gap in the top side
    InkGrid grid = new InkGrid(ink, 1);
    MatOfPoint contour = outline(ink);
    try {
      assertFalse("rect".equals(Shapes.of(contour)), Shapes.of(contour)); // the outline runs in through the gap
      assertNull(Shapes.verified(contour, grid, grid));
      assertTrue(Shapes.framed(contour, grid, grid));
    } finally {
      ink.release();
      contour.release();
    }
  }

  @Test
  void framed_frameDrawnMostlyInAnotherStampsInk_isNoFrame() {
    Mat whole = frame();
    Mat own = whole.clone();
    Imgproc.rectangle(own, new Point(30, 40), new Point(270, 110), new Scalar(0), -1); // top half gone from own ink
    InkGrid wholeGrid = new InkGrid(whole, 1);
    MatOfPoint contour = outline(whole);
    try {
      assertTrue(Shapes.framed(contour, wholeGrid, wholeGrid));
      assertFalse(Shapes.framed(contour, wholeGrid, new InkGrid(own, 1)));
    } finally {
      whole.release();
      own.release();
      contour.release();
    }
  }
}
