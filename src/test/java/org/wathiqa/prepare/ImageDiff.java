package org.wathiqa.prepare;

import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Compares grey page images and, when they differ by more than allowed, writes the expected image, the
 * actual one and a picture of their difference under {@code <build dir>/image-diffs/} so the failure
 * can be looked at.
 */
public final class ImageDiff {
  private ImageDiff() {}

  /** Mean absolute difference of grey levels (0–255) over {@code a}, which must be as large as {@code b}. */
  static double mean(BufferedImage a, BufferedImage b) {
    requireSameSize(a, b);
    long sum = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        sum += Math.abs(grey(a, x, y) - grey(b, x, y));
      }
    }
    return (double) sum / ((long) a.getWidth() * a.getHeight());
  }

  /** Fails, writing the pictures, unless the mean grey difference is at most {@code maxMean}. */
  public static void assertClose(String name, BufferedImage expected, BufferedImage actual, double maxMean) {
    double mean = mean(expected, actual);
    if (mean > maxMean) {
      Path dir = write(name, expected, actual);
      fail(String.format(java.util.Locale.ROOT, "%s: mean grey difference %.2f, allowed %.2f; pictures in %s",
          name, mean, maxMean, dir));
    }
  }

  private static Path write(String name, BufferedImage expected, BufferedImage actual) {
    BufferedImage diff = new BufferedImage(expected.getWidth(), expected.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < diff.getHeight(); y++) {
      for (int x = 0; x < diff.getWidth(); x++) {
        diff.getRaster().setSample(x, y, 0, 255 - Math.abs(grey(expected, x, y) - grey(actual, x, y)));
      }
    }
    try {
      Path dir = Files.createDirectories(buildDir().resolve("image-diffs"));
      ImageIO.write(expected, "png", dir.resolve(name + "-expected.png").toFile());
      ImageIO.write(actual, "png", dir.resolve(name + "-actual.png").toFile());
      ImageIO.write(diff, "png", dir.resolve(name + "-diff.png").toFile());
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The build directory: the parent of the folder the test classes were loaded from. */
  private static Path buildDir() {
    try {
      return Path.of(ImageDiff.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int grey(BufferedImage image, int x, int y) {
    int rgb = image.getRGB(x, y);
    return (int) Math.round(0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff));
  }

  private static void requireSameSize(BufferedImage a, BufferedImage b) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      throw new IllegalArgumentException("images differ in size: " + a.getWidth() + "x" + a.getHeight() + " and "
          + b.getWidth() + "x" + b.getHeight());
    }
  }
}
