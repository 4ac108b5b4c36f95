package org.wathiqa.ocr;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * Keeps a Tesseract built with OpenMP from starting threads of its own inside every engine.
 *
 * <p>Wathiqa runs one engine per worker thread, as many workers as cores. A libtesseract built with
 * OpenMP (Debian's is) would also run parts of each recognition on up to four OpenMP threads
 * ({@code num_threads(4)} in its LSTM code), so N engines would ask for 4N threads on N cores and
 * spend the difference switching between them. The library bundled from {@code org.bytedeco} is
 * built without OpenMP (it does not link {@code libgomp}, and {@code libgomp} is never loaded into
 * the process), so it needs no limit. For {@link NativeLibrarySource#SYSTEM}, this class sets
 * {@code OMP_THREAD_LIMIT=1} in the process environment before the library is loaded: OpenMP's
 * runtime reads it once, when it is loaded, and the {@code num_threads} clause cannot exceed it
 * (whereas {@code omp_set_num_threads} on each thread would not override that clause). A value the
 * user set is kept. If OpenMP is already loaded when this runs, the limit comes too late: start the
 * JVM with {@code OMP_THREAD_LIMIT=1} instead, as the {@code wathiqa} launcher does.
 *
 * <p>Thread-safe; call before the library is loaded.
 */
final class OpenMp {
  static final String THREAD_LIMIT = "OMP_THREAD_LIMIT";

  /** The C library's environment functions. */
  interface LibC extends Library {
    int setenv(String name, String value, int overwrite);

    String getenv(String name);
  }

  private OpenMp() {}

  /** Sets {@code OMP_THREAD_LIMIT=1} unless already set; no-op where there is no C {@code setenv}. */
  static synchronized void limitToOneThread() {
    if (Platform.isWindows()) {
      return;
    }
    libc().setenv(THREAD_LIMIT, "1", 0);
  }

  /** The limit the C environment now holds, or null. */
  static String threadLimit() {
    return Platform.isWindows() ? System.getenv(THREAD_LIMIT) : libc().getenv(THREAD_LIMIT);
  }

  private static LibC libc() {
    return Native.load(Platform.C_LIBRARY_NAME, LibC.class);
  }
}
