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

  /** {@code a/b/letter.pdf} → {@code a/b/letter.json}, safe whatever the names (see {@link OutputPaths}). */
  static Path jsonName(Path relative) {
    return OutputPaths.json(relative);
  }

  /** Where two inputs would share an output ({@code a.png}, {@code a.pdf}), both keep their extension. */
  private static List<Input> deduplicated(List<Input> inputs) {
    Map<Path, Integer> counts = new HashMap<>();
    inputs.forEach(i -> counts.merge(i.output(), 1, Integer::sum));
    List<Input> out = new ArrayList<>(inputs.size());
    for (Input i : inputs) {
      if (counts.get(i.output()) > 1) {
        Path withExt = OutputPaths.jsonKeepingExtension(i.file().getFileName());
        Path parent = i.output().getParent();
        out.add(new Input(i.file(), parent == null ? withExt : parent.resolve(withExt)));
      } else {
        out.add(i);
      }
    }
    return out;
  }
}
