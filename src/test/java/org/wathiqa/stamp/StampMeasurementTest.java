package org.wathiqa.stamp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.wathiqa.ocr.TesseractEngine;
import org.wathiqa.ocr.TesseractSettings;

/** Measures detection and reading over the fixtures and, where present, the shared dev set. */
class StampMeasurementTest {

  @Test
  void fixtures_detectionAndReading_stayAboveFloors() throws Exception {
    StampMeasure m;
    try (TesseractEngine engine = new TesseractEngine(TesseractSettings.defaults())) {
      m = StampMeasure.run(Path.of("fixtures"), engine);
    }
    System.out.println("fixtures: " + m.summary());
    m.misses.forEach(miss -> System.out.println("  " + miss));
    // Floors a little under what was measured (recall 0.571, precision 0.900, read 0.143).
    assertTrue(m.recall() >= 0.52, m.summary());
    assertTrue(m.precision() >= 0.85, m.summary());
    assertTrue(m.readRecall() >= 0.10, m.summary());
  }

  @Test
  void devSet_readRecallAndCount_stayAboveFloors() throws Exception {
    Path dev = Path.of("..", "shared", "eval", "dev");
    Assumptions.assumeTrue(Files.isDirectory(dev), "no dev set at " + dev.toAbsolutePath());
    StampMeasure m;
    try (TesseractEngine engine = new TesseractEngine(TesseractSettings.defaults())) {
      m = StampMeasure.run(dev, engine);
    }
    System.out.println("dev: " + m.summary());
    m.misses.forEach(miss -> System.out.println("  " + miss));
    // Floors a little under what was measured (read 0.316, 1.053 predicted per truth stamp).
    assertTrue(m.readRecall() >= 0.25, m.summary());
    assertTrue(m.perTruth() >= 0.8 && m.perTruth() <= 1.3, m.summary());
  }
}
