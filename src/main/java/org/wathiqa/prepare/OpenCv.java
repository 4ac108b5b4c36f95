package org.wathiqa.prepare;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.opencv.core.Core;
import org.wathiqa.EnvironmentException;
import org.wathiqa.ocr.NativeFiles;

/**
 * Loads OpenCV's native library once per JVM, from a cache directory filled once per version, so a
 * start does not copy the library out of its jar every time. Thread-safe.
 */
public final class OpenCv {
  private static boolean loaded;

  private OpenCv() {}

  /**
   * Makes OpenCV usable in this JVM.
   *
   * @throws EnvironmentException if no OpenCV library for this platform can be loaded
   */
  public static synchronized void load() throws EnvironmentException {
    if (loaded) {
      return;
    }
    String resource = bundledResource();
    try {
      if (resource != null && OpenCv.class.getClassLoader().getResource(resource) != null) {
        String file = System.mapLibraryName(Core.NATIVE_LIBRARY_NAME);
        Path dir = NativeFiles.extract("opencv-" + Core.VERSION + "-" + platformDir().replace('/', '-'),
            Map.of(file, resource));
        System.load(dir.resolve(file).toAbsolutePath().toString());
      } else {
        nu.pattern.OpenCV.loadLocally();
      }
      loaded = true;
    } catch (UnsatisfiedLinkError e) {
      throw new EnvironmentException("cannot load the OpenCV native library " + Core.NATIVE_LIBRARY_NAME
          + " (" + (resource == null ? "no bundled copy for this platform" : resource) + "): "
          + e.getMessage() + "; check that org.openpnp:opencv is on the class path", e);
    }
  }

  private static String bundledResource() {
    String dir = platformDir();
    return dir == null ? null
        : "nu/pattern/opencv/" + dir + "/" + System.mapLibraryName(Core.NATIVE_LIBRARY_NAME);
  }

  private static String platformDir() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
    boolean arm64 = arch.equals("aarch64") || arch.equals("arm64");
    if (os.contains("linux")) {
      return x64 ? "linux/x86_64" : arm64 ? "linux/ARMv8" : null;
    }
    if (os.contains("mac")) {
      return x64 ? "osx/x86_64" : arm64 ? "osx/ARMv8" : null;
    }
    if (os.contains("windows")) {
      return x64 ? "windows/x86_64" : null;
    }
    return null;
  }
}
