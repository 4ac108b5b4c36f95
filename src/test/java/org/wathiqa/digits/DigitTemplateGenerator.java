package org.wathiqa.digits;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the digit templates the library ships:
 * {@code java -cp target/test-classes:target/classes org.wathiqa.digits.DigitTemplateGenerator
 * src/main/resources/org/wathiqa/digits/digit-templates.bin.gz}.
 */
public final class DigitTemplateGenerator {
  private DigitTemplateGenerator() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: DigitTemplateGenerator OUTPUT_FILE");
    }
    List<Template> templates = TemplateSet.render(Arrays.asList(DigitFont.values()));
    Path out = Path.of(args[0]);
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    try (OutputStream o = Files.newOutputStream(tmp)) {
      DigitClassifier.write(templates, o);
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
    System.out.println(templates.size() + " templates written to " + out);
  }
}
