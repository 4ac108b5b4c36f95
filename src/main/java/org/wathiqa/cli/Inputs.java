package org.wathiqa.cli;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents named on the command line and where each one's JSON goes. Files named directly are
 * always read; in directories, the files an {@link InputFilter} selects, in name order. The output
 * path mirrors the input's place under its directory, so equal names in different folders never
 * collide.
 */
final class Inputs {

  /** One document to read. {@code output} is relative to the output directory. */
  record Input(Path file, Path output) {}

  private Inputs() {}

  static List<Input> collect(List<Path> args) throws IOException {
    return collect(args, InputFilter.DEFAULT);
  }

  static List<Input> collect(List<Path> args, InputFilter filter) throws IOException {
    List<Input> inputs = new ArrayList<>();
    for (Path arg : args) {
      if (Files.isDirectory(arg)) {
        walk(arg, filter, inputs);
      } else {
        inputs.add(new Input(arg, jsonName(arg.getFileName())));
      }
    }
    return deduplicated(inputs);
  }

  private static void walk(Path dir, InputFilter filter, List<Input> inputs) throws IOException {
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(dir, java.util.EnumSet.noneOf(FileVisitOption.class),
        filter.recursive() ? Integer.MAX_VALUE : 1, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) {
            return folder.equals(dir) || filter.entersFolder(dir.relativize(folder))
                ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (Files.isRegularFile(file) && filter.readsFile(dir.relativize(file))) {
              found.add(file);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    found.stream().sorted().forEach(f -> inputs.add(new Input(f, jsonName(dir.relativize(f)))));
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
