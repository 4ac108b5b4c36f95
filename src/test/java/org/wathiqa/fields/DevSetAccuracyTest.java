package org.wathiqa.fields;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Per-field accuracy on the dev truth files, with their printed lines standing in for OCR output
 * (one line each, stacked, right-aligned); and on noisy variants of the same lines. Skipped when
 * {@code ../shared/eval/dev} (or the folder named by {@code wathiqa.truth.dir}) is absent.
 */
class DevSetAccuracyTest {
  /** The truth folder: {@code -Dwathiqa.truth.dir=…} (the project's fixtures, say), else the dev set. */
  private static final Path DEV = Path.of(System.getProperty("wathiqa.truth.dir", "../shared/eval/dev"));
  private static final FieldExtractor EXTRACTOR =
      new FieldExtractor(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

  @Test
  void devTruthLines_scoreAtLeastTheIssueFloors() throws IOException {
    DevSetScore score = run(lines -> lines);
    assertFloors(score, 0.9);
  }

  @Test
  void devTruthLines_withMergedLetterheadReversedDigitsAndDroppedColon_stayAccurate() throws IOException {
    DevSetScore score = run(OcrNoise::degrade);
    assertFloors(score, 0.8);
  }

  @Test
  void devTruthLines_withReferenceBeforeLetterheadOnOneLine_stayAccurate() throws IOException {
    DevSetScore score = run(OcrNoise::mergeReferenceFirst);
    assertFloors(score, 0.8);
  }

  @Test
  void devTruthLines_withLetterConfusionsSplitDigitsAndDateBeforeCue_stayAccurate() throws IOException {
    DevSetScore score = run(OcrNoise::confuse);
    assertFloors(score, 0.8);
  }

  private static void assertFloors(DevSetScore s, double floor) {
    assertTrue(s.dateAcc() >= floor && s.refAcc() >= floor && s.authorityAcc() >= floor && s.hierF1() >= floor
        && s.namesF1() >= floor - 0.05 && s.signatoryAcc() >= floor - 0.1 && s.subjectAcc() >= floor, s.summary());
  }

  private static DevSetScore run(UnaryOperator<List<String>> noise) throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(DEV), "no dev set at " + DEV.toAbsolutePath());
    DevSetScore score = new DevSetScore();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(DEV)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode truth = json.readTree(Files.readString(p, java.nio.charset.StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        truth.path("lines").forEach(l -> lines.add(l.asText()));
        score.add(p.getFileName().toString(), truth, EXTRACTOR.extract(List.of(Pages.stacked(noise.apply(lines)))));
      }
    }
    System.out.println("[dev] " + score.summary());
    score.misses.forEach(m -> System.out.println("[dev]   " + m));
    return score;
  }
}
