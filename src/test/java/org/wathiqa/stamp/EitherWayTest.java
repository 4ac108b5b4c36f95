package org.wathiqa.stamp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "long words, unsure: kept without a second reading | الجمهورية العربية السورية | 0.2 | م ا ل | 0.9 | الجمهورية العربية السورية | 1",
      "sure short words: kept without a second reading | مكتب دفن | 0.7 | م ا ل | 0.9 | مكتب دفن | 1",
      "noise, turned reading surer but of shorter words: the first kept | مدي لطبيب عل ثري | 0.31 | ص عض | 0.74 | مدي لطبيب عل ثري | 2",
      "noise, turned reading clearly surer and wordlike: the turned kept | ا ل م ب | 0.2 | وزارة العدل | 0.8 | وزارة العدل | 2",
      "nothing read: the turned reading taken | '' | 0.0 | حمص | 0.4 | حمص | 2",
  })
  void eitherWay_readsAgainHalfTurnedOnlyWhenNeeded_andKeepsTheBetterReading(String what, String first,
      double firstConfidence, String turned, double turnedConfidence, String kept, int calls) throws Exception {
    ScriptedEngine engine = new ScriptedEngine(first, firstConfidence, turned, turnedConfidence);

    assertEquals(kept, read(engine).text());
    assertEquals(calls, engine.calls());
  }
}
