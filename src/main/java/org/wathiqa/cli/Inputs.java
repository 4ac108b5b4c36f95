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
