package org.wathiqa.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes files so that a reader sees the old content or the new, never half of it. A process killed
 * while writing leaves at most a hidden temporary file, which {@link #removeLeftovers} clears.
 * Stateless and thread-safe.
 */
final class AtomicFiles {
  private static final String SUFFIX = ".tmp";
  /** {@code .NAME.json12345.tmp}: what {@link #write} names its temporary files for JSON targets. */
  private static final Pattern LEFTOVER = Pattern.compile("\\..+\\.json-?\\d+" + Pattern.quote(SUFFIX));

  private AtomicFiles() {}

  /** Deletes temporary JSON files a killed run left anywhere under {@code dir}; none if it does not exist. */
  static void removeLeftovers(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<Path> leftovers;
    try (Stream<Path> files = Files.walk(dir)) {
      leftovers = files.filter(f -> LEFTOVER.matcher(f.getFileName().toString()).matches())
          .filter(Files::isRegularFile).toList();
    }
    for (Path f : leftovers) {
      Files.deleteIfExists(f);
    }
  }

  /** Writes {@code bytes} to a temporary file beside {@code target}, then renames it into place. */
  static void write(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), SUFFIX);
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
