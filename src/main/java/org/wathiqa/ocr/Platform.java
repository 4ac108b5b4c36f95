package org.wathiqa.ocr;

import java.util.List;
import java.util.Locale;

/** The running platform in the naming of the {@code org.bytedeco} native jars. */
record Platform(String id, List<String> tesseractFiles, List<String> leptonicaFiles, String linkName,
    String leptonicaLinkName) {

  static Platform current() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = normaliseArch(System.getProperty("os.arch", "").toLowerCase(Locale.ROOT));
    if (os.contains("linux")) {
      return new Platform("linux-" + arch, List.of("libtesseract.so.5.3.4"),
          List.of("libleptonica.so.6", "libgomp.so.1"), "libtesseract.so", "libleptonica.so");
    }
    if (os.contains("mac")) {
      return new Platform("macosx-" + arch, List.of("libtesseract.5.3.4.dylib"),
          List.of("libleptonica.6.dylib"), "libtesseract.dylib", "libleptonica.dylib");
    }
    if (os.contains("windows")) {
      return new Platform("windows-" + arch, List.of("libtesseract53.dll"),
          List.of("libleptonica-6.dll", "libgcc_s_seh-1.dll", "libgomp-1.dll", "libstdc++-6.dll",
              "libwinpthread-1.dll"), "libtesseract534.dll", "leptonica.dll");
    }
    return new Platform(os.replace(' ', '_') + "-" + arch, List.of(), List.of(), "", "");
  }

  private static String normaliseArch(String arch) {
    return switch (arch) {
      case "amd64", "x86_64" -> "x86_64";
      case "aarch64", "arm64" -> "arm64";
      default -> arch;
    };
  }

  String tesseractResource(String file) {
    return "org/bytedeco/tesseract/" + id + "/" + file;
  }

  String leptonicaResource(String file) {
    return "org/bytedeco/leptonica/" + id + "/" + file;
  }
}
