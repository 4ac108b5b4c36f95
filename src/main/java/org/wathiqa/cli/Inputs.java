package org.wathiqa.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The documents named on the command line and where each one's JSON goes. Files named directly are
 * always read; in directories, files with a document extension are. The output path mirrors the
 * input's place under its directory, so equal names in different folders never collide.
 */
final class Inputs {
  private static final Set<String> DOCUMENT_EXTENSIONS = Set.of("png", "jpg", "jpeg", "jpe", "jfif",
      "tif", "tiff", "pdf");

  /** One document to read. {@code output} is relative to the output directory. */
  record Input(Path file, Path output) {}

  private Inputs() {}

  static List<Input> collect(List<Path> args) throws IOException {
    List<Input> inputs = new ArrayList<>();
    for (Path arg : args) {
      if (Files.isDirectory(arg)) {
        walk(arg, inputs);
      } else {
        inputs.add(new Input(arg, jsonName(arg.getFileName())));
      }
    }
    return deduplicated(inputs);
  }

  private static void walk(Path dir, List<Input> inputs) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.filter(Files::isRegularFile).filter(Inputs::hasDocumentExtension).sorted()
          .forEach(f -> inputs.add(new Input(f, jsonName(dir.relativize(f)))));
    }
  }

  static boolean hasDocumentExtension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && DOCUMENT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** {@code a/b/letter.pdf} → {@code a/b/letter.json}. */
  static Path jsonName(Path relative) {
    String name = relative.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    Path parent = relative.getParent();
    return parent == null ? Path.of(stem + ".json") : parent.resolve(stem + ".json");
  }

  /** Where two inputs would share an output ({@code a.png}, {@code a.pdf}), both keep their extension. */
  private static List<Input> deduplicated(List<Input> inputs) {
    Map<Path, Integer> counts = new HashMap<>();
    inputs.forEach(i -> counts.merge(i.output(), 1, Integer::sum));
    List<Input> out = new ArrayList<>(inputs.size());
    for (Input i : inputs) {
      if (counts.get(i.output()) > 1) {
        Path withExt = i.output().resolveSibling(i.file().getFileName() + ".json");
        out.add(new Input(i.file(), withExt));
      } else {
        out.add(i);
      }
    }
    return out;
  }
}
