package org.wathiqa.ocr;

import com.sun.jna.NativeLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import net.sourceforge.tess4j.TessAPI1;
import org.wathiqa.EnvironmentException;

/**
 * Makes the Tesseract native library available to Tess4J, once per JVM. A system library may be
 * built with OpenMP; {@link OpenMp} keeps it to one thread per engine. Thread-safe.
 */
final class TesseractLibrary {
  private static final String JNA_NAME = "tesseract";
  /** Tess4J's image helpers (lept4j) load Leptonica under this name. */
  private static final String LEPTONICA_JNA_NAME = "leptonica";

  private static NativeLibrarySource loaded;
  private static Path loadedFrom;

  private TesseractLibrary() {}

  /**
   * Loads the library from {@code source}; later calls with the same source return at once.
   *
   * @return the directory the library was loaded from, or null for the system library
   * @throws EnvironmentException naming what was looked for and where, if it cannot be loaded
   */
  static synchronized Path load(NativeLibrarySource source) throws EnvironmentException {
    if (loaded != null) {
      if (loaded != source) {
        throw new EnvironmentException("the " + loaded + " Tesseract library is already loaded in this"
            + " JVM; cannot switch to " + source + " without a restart");
      }
      return loadedFrom;
    }
    Path dir = source == NativeLibrarySource.BUNDLED ? extractBundled() : null;
    if (source == NativeLibrarySource.SYSTEM) {
      OpenMp.limitToOneThread();
    }
    if (dir != null) {
      NativeLibrary.addSearchPath(JNA_NAME, dir.toString());
      NativeLibrary.addSearchPath(LEPTONICA_JNA_NAME, dir.toString());
    }
    register(source, dir);
    loaded = source;
    loadedFrom = dir;
    return dir;
  }

  private static void register(NativeLibrarySource source, Path dir) throws EnvironmentException {
    try {
      TessAPI1.TessVersion();
    } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
      String where = dir == null ? "the system library path (java.library.path, LD_LIBRARY_PATH, ldconfig)"
          : dir.toString();
      String fix = source == NativeLibrarySource.SYSTEM
          ? "install libtesseract 5.3 or use NativeLibrarySource.BUNDLED"
          : "check that the org.bytedeco tesseract and leptonica jars for this platform are on the class path";
      throw new EnvironmentException("cannot load the Tesseract native library (" + JNA_NAME + ") from "
          + where + ": " + e.getMessage() + "; " + fix, e);
    }
  }

  private static Path extractBundled() throws EnvironmentException {
    Platform platform = Platform.current();
    if (platform.tesseractFiles().isEmpty()) {
      throw new EnvironmentException("no bundled Tesseract library for platform " + platform.id()
          + "; use NativeLibrarySource.SYSTEM with libtesseract 5.3 installed");
    }
    Map<String, String> files = new LinkedHashMap<>();
    for (String file : platform.tesseractFiles()) {
      files.put(file, platform.tesseractResource(file));
    }
    for (String file : platform.leptonicaFiles()) {
      files.put(file, platform.leptonicaResource(file));
    }
    requirePresent(platform, files);
    String key = "tesseract-" + version("tesseract") + "-leptonica-" + version("leptonica") + "-" + platform.id();
    Path dir = NativeFiles.extract(key, files);
    link(dir, platform.linkName(), platform.tesseractFiles().get(0));
    link(dir, platform.leptonicaLinkName(), platform.leptonicaFiles().get(0));
    return dir;
  }

  private static void requirePresent(Platform platform, Map<String, String> files) throws EnvironmentException {
    for (String resource : files.values()) {
      if (TesseractLibrary.class.getClassLoader().getResource(resource) == null) {
        throw new EnvironmentException("the bundled Tesseract library for " + platform.id()
            + " is missing: no " + resource + " on the class path; add org.bytedeco:tesseract and"
            + " org.bytedeco:leptonica with classifier " + platform.id()
            + ", or use NativeLibrarySource.SYSTEM");
      }
    }
  }

  /** JNA looks for the unversioned name; give it one beside the versioned file. */
  private static void link(Path dir, String linkName, String target) throws EnvironmentException {
    Path link = dir.resolve(linkName);
    if (Files.exists(link)) {
      return;
    }
    try {
      Path tmp = Files.createTempFile(dir, linkName, ".tmp");
      Files.delete(tmp);
      try {
        Files.createSymbolicLink(tmp, Path.of(target));
      } catch (IOException | UnsupportedOperationException noLinks) {
        Files.copy(dir.resolve(target), tmp); // file systems without symbolic links
      }
      Files.move(tmp, link, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (!Files.exists(link)) {
        throw new EnvironmentException("cannot create " + link + ": " + e, e);
      }
    }
  }

  private static String version(String artifact) {
    String resource = "META-INF/maven/org.bytedeco/" + artifact + "/pom.properties";
    try (InputStream in = TesseractLibrary.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return "unknown";
      }
      Properties props = new Properties();
      props.load(in);
      return props.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
