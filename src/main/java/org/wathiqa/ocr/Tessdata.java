package org.wathiqa.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.wathiqa.EnvironmentException;

/**
 * Finds the directory of Tesseract models: one given by the user, or the models inside the Wathiqa
 * jar, extracted once into the cache directory. Thread-safe.
 */
public final class Tessdata {
  /** Where the jar carries its models. */
  static final String RESOURCE_DIR = "org/wathiqa/tessdata/";

  private Tessdata() {}

  /**
   * The directory holding {@code language.traineddata}.
   *
   * @param explicit a directory given by the user, or null for the bundled models
   * @throws EnvironmentException naming the directory and the models it has, if the model is missing
   */
  public static Path locate(Path explicit, String language) throws EnvironmentException {
    Path dir = explicit != null ? explicit : bundled(language);
    requireModel(dir, language);
    return dir;
  }

  /** Bundled models already found in this JVM, by language: hashing a model once is enough. */
  private static final java.util.concurrent.ConcurrentMap<String, Path> BUNDLED = new java.util.concurrent.ConcurrentHashMap<>();

  private static Path bundled(String language) throws EnvironmentException {
    Path known = BUNDLED.get(language);
    if (known != null && Files.isDirectory(known)) {
      return known;
    }
    Path found = extractBundled(language);
    BUNDLED.put(language, found);
    return found;
  }

  private static Path extractBundled(String language) throws EnvironmentException {
    String resource = RESOURCE_DIR + language + ".traineddata";
    String digest = sha256(resource);
    if (digest == null) {
      throw new EnvironmentException("no bundled model for language '" + language + "': " + resource
          + " is not on the class path; give a tessdata directory holding " + language + ".traineddata");
    }
    String key = "tessdata-" + language + "-" + digest.substring(0, 16);
    return NativeFiles.extract(key, Map.of(language + ".traineddata", resource));
  }

  private static void requireModel(Path dir, String language) throws EnvironmentException {
    if (!Files.isRegularFile(dir.resolve(language + ".traineddata"))) {
      throw new EnvironmentException("tessdata at " + dir.toAbsolutePath() + " has " + models(dir)
          + "; required: [" + language + "]");
    }
  }

  private static List<String> models(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of("no such directory");
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".traineddata"))
          .map(n -> n.substring(0, n.length() - ".traineddata".length())).sorted().toList();
    } catch (IOException e) {
      return List.of("unreadable: " + e.getMessage());
    }
  }

  private static String sha256(String resource) throws EnvironmentException {
    try (InputStream in = Tessdata.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      try (DigestInputStream digest = new DigestInputStream(in, md)) {
        digest.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new EnvironmentException("cannot read bundled model " + resource + ": " + e, e);
    }
  }
}
