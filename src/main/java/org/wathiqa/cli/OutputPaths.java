package org.wathiqa.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.wathiqa.internal.OneLine;

/**
 * Where a result goes under the output directory, so that no input name can write outside it. Each
 * name component is kept as it is when it is safe; one that is not (a control character, a path
 * separator, {@code .} or {@code ..}, longer than {@value #MAX_NAME_BYTES} bytes of UTF-8, the
 * batch report's own name) is cleaned and given a short hash of the original, so two names cleaned alike stay apart. Writing
 * refuses a target that leaves the directory through {@code ..} or a symbolic link.
 *
 * <p>Stateless and thread-safe.
 */
final class OutputPaths {
  /**
   * Longest file name written, in UTF-8 bytes: file systems allow 255, and the temporary file that
   * is renamed into place adds a prefix and a suffix to it.
   */
  static final int MAX_NAME_BYTES = 200;

  private static final int HASH_CHARS = 8;

  private OutputPaths() {}

  /** {@code a/b/letter.pdf} → {@code a/b/letter.json}, every component made safe. */
  static Path json(Path relative) {
    String name = relative.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return json(relative, dot > 0 ? name.substring(0, dot) : name);
  }

  /** {@code a/b/letter.pdf} → {@code a/b/letter.pdf.json}, for inputs whose stems collide. */
  static Path jsonKeepingExtension(Path relative) {
    return json(relative, relative.getFileName().toString());
  }

  private static Path json(Path relative, String stem) {
    Path file = Path.of(safe(stem, ".json"));
    Path parent = relative.getParent();
    if (parent == null) {
      return file;
    }
    Path dirs = null;
    for (Path part : parent) {
      Path safePart = Path.of(safe(part.toString(), ""));
      dirs = dirs == null ? safePart : dirs.resolve(safePart);
    }
    return dirs.resolve(file);
  }

  /** {@code name + suffix}, or a cleaned, shortened, hashed form of it when {@code name} is unsafe. */
  static String safe(String name, String suffix) {
    if (!name.isEmpty() && isSafe(name + suffix)) {
      return name + suffix;
    }
    String hash = "~" + hash(name);
    int room = MAX_NAME_BYTES - utf8(hash + suffix);
    return truncate(cleaned(name), room) + hash + suffix;
  }

  private static boolean isSafe(String name) {
    return !name.equals(".") && !name.equals("..")
        && !name.equals(BatchReport.FILE) && utf8(name) <= MAX_NAME_BYTES && name.codePoints().noneMatch(OutputPaths::unsafe);
  }

  private static boolean unsafe(int c) {
    return Character.isISOControl(c) || c == '/' || c == '\\' || c == 0x2028 || c == 0x2029
        || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE;
  }

  private static String cleaned(String name) {
    StringBuilder out = new StringBuilder(name.length());
    name.codePoints().forEach(c -> out.appendCodePoint(unsafe(c) ? '_' : c));
    return out.toString();
  }

  /** The longest prefix of {@code s} of at most {@code bytes} UTF-8 bytes, cut between code points. */
  private static String truncate(String s, int bytes) {
    int used = 0;
    int end = 0;
    while (end < s.length()) {
      int c = s.codePointAt(end);
      int size = utf8(new String(Character.toChars(c)));
      if (used + size > bytes) {
        break;
      }
      used += size;
      end += Character.charCount(c);
    }
    return s.substring(0, end);
  }

  private static int utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String hash(String name) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * {@code out.resolve(relative)}, checked to stay inside {@code out}: no {@code ..}, no absolute
   * path, and no existing directory or file on the way that is a symbolic link.
   *
   * @throws IOException naming the path when it would leave {@code out}
   */
  static Path within(Path out, Path relative) throws IOException {
    Path root = out.toAbsolutePath().normalize();
    Path target = root.resolve(relative).normalize();
    if (relative.isAbsolute() || !target.startsWith(root) || target.equals(root)) {
      throw new IOException("refusing to write " + OneLine.of(relative) + ": it is not inside "
          + OneLine.of(out));
    }
    for (Path p = target; !p.equals(root); p = p.getParent()) {
      if (Files.isSymbolicLink(p)) {
        throw new IOException("refusing to write " + OneLine.of(target) + ": "
            + OneLine.of(root.relativize(p)) + " is a symbolic link and could lead outside "
            + OneLine.of(out));
      }
    }
    return target;
  }
}
