package org.wathiqa.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.wathiqa.EnvironmentException;

/**
 * Copies native libraries and models out of jars into a cache directory, once per version.
 *
 * <p>A cache entry is a directory named by its key; it is filled in a private temporary directory
 * and then renamed into place, so a reader never sees a half-extracted entry and concurrent
 * processes agree on one. Thread-safe.
 */
public final class NativeFiles {

  /** System property naming the cache directory. */
  public static final String CACHE_DIR_PROPERTY = "wathiqa.cache.dir";

  private NativeFiles() {}

  /** The cache directory: {@value #CACHE_DIR_PROPERTY}, else {@code $XDG_CACHE_HOME/wathiqa}, else {@code ~/.cache/wathiqa}. */
  public static Path cacheRoot() {
    String explicit = System.getProperty(CACHE_DIR_PROPERTY);
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "wathiqa");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "wathiqa");
  }

  /**
   * Returns the cache entry {@code key}, creating it from class-path resources if missing.
   *
   * @param key directory name of the entry; must change whenever the content changes
   * @param files target file name to class-path resource name
   * @throws EnvironmentException if a resource is missing or the cache cannot be written
   */
  public static Path extract(String key, Map<String, String> files) throws EnvironmentException {
    Path entry = cacheRoot().resolve(key);
    if (Files.isDirectory(entry)) {
      return entry;
    }
    try {
      Files.createDirectories(entry.getParent());
      Path staging = Files.createTempDirectory(entry.getParent(), key + ".tmp");
      try {
        for (Map.Entry<String, String> file : files.entrySet()) {
          copyResource(file.getValue(), staging.resolve(file.getKey()));
        }
        publish(staging, entry);
      } finally {
        deleteTree(staging);
      }
      return entry;
    } catch (IOException e) {
      throw new EnvironmentException("cannot write the native cache at " + entry + ": " + e
          + "; set -D" + CACHE_DIR_PROPERTY + "=DIR to a writable directory", e);
    }
  }

  private static void copyResource(String resource, Path target) throws IOException, EnvironmentException {
    try (InputStream in = NativeFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new EnvironmentException("resource " + resource + " is not on the class path");
      }
      Files.copy(in, target);
    }
  }

  private static void publish(Path staging, Path entry) throws IOException {
    try {
      Files.move(staging, entry, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
      if (!Files.isDirectory(entry)) {
        throw e;
      }
    } catch (IOException e) {
      // another process published the same entry first
      if (!Files.isDirectory(entry)) {
        throw e;
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
