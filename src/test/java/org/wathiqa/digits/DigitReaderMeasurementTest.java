package org.wathiqa.digits;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wathiqa.DocumentResult;
import org.wathiqa.Wathiqa;
import org.wathiqa.bench.TextScore;
import org.wathiqa.bench.Truth;

/**
 * The real engine over the fixtures printed with Arabic-Indic digits, with and without reading the
 * digits again: the numbers of the truth found in the text, and the text's character error rate.
 */
class DigitReaderMeasurementTest {
  private static final Path FIXTURES = Path.of("fixtures");
  private static final int DOCUMENTS = 12;
  private static final Pattern NUMBER = Pattern.compile("[0-9]+");
  /** Share of the truth's numbers found that re-reading must add. */
  private static final double MIN_GAIN = 0.15;
  /** Re-reading may not raise the character error rate by more than this. */
  private static final double CER_TOLERANCE = 0.002;

  @Test
  void rereadDigits_fixturesWithArabicIndicDigits_findsMoreNumbersWithoutWorseText() throws Exception {
    List<Path> inputs = arabicIndicFixtures();
    assertTrue(inputs.size() >= 6, "fixtures with Arabic-Indic digits: " + inputs.size());
    Run without = run(inputs, false);
    Run with = run(inputs, true);
    System.out.printf(Locale.ROOT, "digit reader over %d fixtures: numbers found %.3f -> %.3f, text_cer %.4f -> %.4f,"
        + " time %.2f -> %.2f s%n", inputs.size(), without.numbers(), with.numbers(), without.text().cer(),
        with.text().cer(), without.seconds(), with.seconds());
    assertTrue(with.numbers() >= without.numbers() + MIN_GAIN,
        "numbers found " + without.numbers() + " -> " + with.numbers() + "; gain floor " + MIN_GAIN);
    assertTrue(with.text().cer() <= without.text().cer() + CER_TOLERANCE,
        "text_cer " + without.text().cer() + " -> " + with.text().cer());
  }

  private record Run(double numbers, TextScore.Counts text, double seconds) {}

  private static Run run(List<Path> inputs, boolean reread) throws Exception {
    int found = 0;
    int total = 0;
    TextScore.Counts counts = TextScore.Counts.ZERO;
    long start = System.nanoTime();
    try (Wathiqa w = Wathiqa.builder().threads(1).stamps(false).rereadDigits(reread).build()) {
      for (Path input : inputs) {
        DocumentResult r = w.extract(input);
        List<String> output = new ArrayList<>();
        r.pages().forEach(p -> output.addAll(List.of(p.text().split("\n"))));
        List<String> truth = Truth.of(input).lines();
        counts = counts.plus(TextScore.score(truth, output, false));
        String text = TextScore.normalise(String.join(" ", output), false);
        for (String number : numbers(truth)) {
          total++;
          found += text.contains(number) ? 1 : 0;
        }
      }
    }
    return new Run(found / (double) total, counts, (System.nanoTime() - start) / 1e9);
  }

  private static List<String> numbers(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      Matcher m = NUMBER.matcher(TextScore.normalise(line, false));
      while (m.find()) {
        out.add(m.group());
      }
    }
    return out;
  }

  /** The first fixtures, in name order, whose truth holds Arabic-Indic digits. */
  private static List<Path> arabicIndicFixtures() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(FIXTURES)) {
      for (Path p : files.filter(f -> f.toString().matches(".*\\.(png|jpe?g|tiff?)$")).sorted().toList()) {
        Truth truth = Truth.of(p);
        if (out.size() < DOCUMENTS && truth != null && truth.lines().stream().anyMatch(NumberText::hasArabicIndic)) {
          out.add(p);
        }
      }
    }
    return out;
  }
}
