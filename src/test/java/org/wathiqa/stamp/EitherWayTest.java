package org.wathiqa.stamp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.wathiqa.ocr.PageSegmentation;
import org.wathiqa.ocr.ScriptedEngine;
import org.wathiqa.prepare.OpenCv;

/** When stamp text is read a second time half turned, and which reading is kept. */
class EitherWayTest {
  @BeforeAll
  static void load() throws Exception {
    OpenCv.load();
  }

  private static Reading read(ScriptedEngine engine) throws Exception {
    Mat image = new Mat(40, 200, CvType.CV_8UC1, new Scalar(255));
    try {
      return StampReader.eitherWay(image, engine, PageSegmentation.SINGLE_LINE, 0.5);
    } finally {
      image.release();
    }
  }

  @Test
  void longWords_unsure_areKeptWithoutASecondReading() throws Exception {
    ScriptedEngine engine = new ScriptedEngine("الجمهورية العربية السورية", 0.2, "م ا ل", 0.9);
    assertEquals("الجمهورية العربية السورية", read(engine).text());
    assertEquals(1, engine.calls());
  }

  @Test
  void sureShortWords_areKeptWithoutASecondReading() throws Exception {
    ScriptedEngine engine = new ScriptedEngine("مكتب دفن", 0.7, "م ا ل", 0.9);
    assertEquals("مكتب دفن", read(engine).text());
    assertEquals(1, engine.calls());
  }

  @Test
  void noise_turnedReadingSurerButShorterWords_keepsTheFirst() throws Exception {
    ScriptedEngine engine = new ScriptedEngine("مدي لطبيب عل ثري", 0.31, "ص عض", 0.74);
    assertEquals("مدي لطبيب عل ثري", read(engine).text());
    assertEquals(2, engine.calls());
  }

  @Test
  void noise_turnedReadingClearlySurerAndWordlike_keepsTheTurned() throws Exception {
    ScriptedEngine engine = new ScriptedEngine("ا ل م ب", 0.2, "وزارة العدل", 0.8);
    assertEquals("وزارة العدل", read(engine).text());
    assertEquals(2, engine.calls());
  }

  @Test
  void nothingRead_takesTheTurnedReading() throws Exception {
    ScriptedEngine engine = new ScriptedEngine("", 0.0, "حمص", 0.4);
    assertEquals("حمص", read(engine).text());
  }
}
