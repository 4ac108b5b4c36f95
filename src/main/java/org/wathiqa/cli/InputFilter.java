package org.wathiqa.cli;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which files found in a directory are read: by default those with a document extension; with
 * include globs, those matching one of them; never one matching an exclude glob. A glob without a
 * {@code /} is matched against the file name (and, for excludes, against every folder name on the
 * way), one with a {@code /} against the path below the directory named on the command line, with
 * {@code /} between folders ({@code **} crosses folders). Immutable and thread-safe.
 */
final class InputFilter {
  private static final Set<String> DOCUMENT_EXTENSIONS = Set.of("png", "jpg", "jpeg", "jpe", "jfif",
      "tif", "tiff", "pdf");

  /** Reads documents by extension, excludes nothing, walks sub-folders. */
  static final InputFilter DEFAULT = new InputFilter(List.of(), List.of(), true);

  private final List<Glob> includes;
  private final List<Glob> excludes;
  private final boolean recursive;

  /**
   * @param includes globs a file must match one of; empty for "has a document extension"
   * @param excludes globs no file or folder on the way may match
   * @param recursive whether sub-folders are walked
   * @throws IllegalArgumentException naming the glob that is not valid
   */
  InputFilter(List<String> includes, List<String> excludes, boolean recursive) {
    this.includes = includes.stream().map(Glob::new).toList();
    this.excludes = excludes.stream().map(Glob::new).toList();
    this.recursive = recursive;
  }

  boolean recursive() {
    return recursive;
  }

  /** Whether the folder at {@code relative} (below the directory argument) is entered. */
  boolean entersFolder(Path relative) {
    return excludes.stream().noneMatch(g -> g.matches(relative));
  }

  /** Whether the file at {@code relative} (below the directory argument) is read. */
  boolean readsFile(Path relative) {
    if (excludes.stream().anyMatch(g -> g.matches(relative))) {
      return false;
    }
    return includes.isEmpty() ? hasDocumentExtension(relative)
        : includes.stream().anyMatch(g -> g.matches(relative));
  }

  static boolean hasDocumentExtension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && DOCUMENT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** One glob: on the name alone, or on the whole relative path when it holds a {@code /}. */
  private static final class Glob {
    private final PathMatcher matcher;
    private final boolean onName;

    Glob(String pattern) {
      if (pattern.isBlank()) {
        throw new IllegalArgumentException("a glob must not be empty");
      }
      this.onName = !pattern.contains("/");
      try {
        this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not a valid glob: '" + pattern + "' (" + e.getMessage() + ")", e);
      }
    }

    boolean matches(Path relative) {
      Path name = relative.getFileName();
      return onName ? name != null && matcher.matches(name) : matcher.matches(relative);
    }
  }
}
