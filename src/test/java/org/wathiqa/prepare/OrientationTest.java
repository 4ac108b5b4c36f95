package org.wathiqa.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.wathiqa.Box;
import org.wathiqa.read.DocumentReader;
import org.wathiqa.read.DocumentSource;
import org.wathiqa.read.PageInput;
import org.wathiqa.read.ReaderOptions;

class OrientationTest {
  /** Turns a page can be scanned with, as OpenCV rotation codes; -1 for none. */
  private static final int[] TURNS = {-1, Core.ROTATE_90_CLOCKWISE, Core.ROTATE_180, Core.ROTATE_90_COUNTERCLOCKWISE};

  /** The rendered test letter in grey, upright. */
  private static Mat uprightLetter;

  @BeforeAll
  static void load() throws Exception {
    OpenCv.load();
    uprightLetter = Mats.grey(PreparationImageTest.letter(0));
  }

  @AfterAll
  static void release() {
    uprightLetter.release();
  }

  /** The clockwise turn that sets upright a page turned by {@code code}. */
  private static int undo(int code) {
    return code < 0 ? 0 : code == Core.ROTATE_90_CLOCKWISE ? 270 : code == Core.ROTATE_180 ? 180 : 90;
  }

  private static BufferedImage turned(Mat grey, int code) {
    if (code < 0) {
      return Mats.toImage(grey);
    }
    Mat t = new Mat();
    try {
      Core.rotate(grey, t, code);
      return Mats.toImage(t);
    } finally {
      t.release();
    }
  }

  private static int rotationFound(Mat grey, int code) {
    return new Preparer(false, true, false, true).prepare(turned(grey, code), 300).rotation();
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, Core.ROTATE_90_CLOCKWISE, Core.ROTATE_180, Core.ROTATE_90_COUNTERCLOCKWISE})
  void prepare_renderedLetterTurned_isSetUpright(int code) {
    assertEquals(undo(code), rotationFound(uprightLetter, code));
  }

  @ParameterizedTest
  @ValueSource(doubles = {-6, -3, 3, 6})
  void prepare_skewedLetterUpsideDown_isLevelledAndSetUpright(double degrees) {
    Mat skewed = Mats.grey(PreparationImageTest.letter(degrees));
    try {
      assertEquals(180, rotationFound(skewed, Core.ROTATE_180));
      assertEquals(0, rotationFound(skewed, -1));
    } finally {
      skewed.release();
    }
  }

  @Test
  void prepare_turnedPage_boxesMapBackToThePageAsRead() {
    BufferedImage input = turned(uprightLetter, Core.ROTATE_90_COUNTERCLOCKWISE);
    PreparedPage prepared = new Preparer(false, false, false, true).prepare(input, 300);
    assertEquals(90, prepared.rotation());
    Box upright = inkBox(prepared.image());
    Box back = prepared.toOriginal(upright, input.getWidth(), input.getHeight());
    Box expected = inkBox(input);
    assertTrue(Math.abs(back.x() - expected.x()) <= 2 && Math.abs(back.y() - expected.y()) <= 2
        && Math.abs(back.w() - expected.w()) <= 3 && Math.abs(back.h() - expected.h()) <= 3,
        "ink box " + upright + " maps back to " + back + ", the page as read has it at " + expected);
  }

  @Test
  void prepare_orientationOff_leavesTurnedPagesAsTheyAre() {
    BufferedImage input = turned(uprightLetter, Core.ROTATE_180);
    assertEquals(0, new Preparer(false, true, false, false).prepare(input, 300).rotation());
  }

  /**
   * Every fixture page, as it is and turned by 90, 180 and 270 degrees: upright pages are never
   * turned, and at least nine in ten turned pages are set upright.
   */
  @Test
  void prepare_fixturePagesTurned_neverWrongAndMostlySetUpright() throws Exception {
    List<String> wrong = new ArrayList<>();
    List<String> left = new ArrayList<>();
    int found = 0;
    int turned = 0;
    for (Path file : pages(Path.of("fixtures"))) {
      Mat grey = small(file);
      try {
        for (int code : TURNS) {
          int got = rotationFound(grey, code);
          turned += code < 0 ? 0 : 1;
          if (got == undo(code)) {
            found += code < 0 ? 0 : 1;
          } else if (code < 0) {
            wrong.add(file.getFileName() + ": upright, turned " + got);
          } else {
            left.add(file.getFileName() + ": wanted " + undo(code) + ", got " + got);
          }
        }
      } finally {
        grey.release();
      }
    }
    System.out.printf(Locale.ROOT, "orientation: %d of %d turned pages set upright; missed: %s%n",
        found, turned, left);
    assertTrue(wrong.isEmpty(), "upright pages turned: " + wrong);
    assertTrue(found >= 0.9 * turned, found + " of " + turned + " turned pages set upright");
  }

  private static Box inkBox(BufferedImage image) {
    int minX = Integer.MAX_VALUE;
    int minY = Integer.MAX_VALUE;
    int maxX = -1;
    int maxY = -1;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xff) < 128) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
      }
    }
    return new Box(minX, minY, maxX - minX + 1, maxY - minY + 1);
  }

  static List<Path> pages(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().matches(".*\\.(png|jpe?g|tiff?)$")).sorted().toList();
    }
  }

  /** The first page of {@code file} in grey, at most 1000 pixels wide to keep the test quick. */
  static Mat small(Path file) throws Exception {
    DocumentReader reader = new DocumentReader(ReaderOptions.builder().useTextLayer(false).build());
    try (DocumentSource source = reader.open(file)) {
      Mat grey = Mats.grey(((PageInput.Image) source.page(0)).image());
      double scale = Math.min(1.0, 1000.0 / grey.cols());
      if (scale == 1.0) {
        return grey;
      }
      Mat small = new Mat();
      Imgproc.resize(grey, small, new Size(), scale, scale, Imgproc.INTER_AREA);
      grey.release();
      return small;
    }
  }
}
