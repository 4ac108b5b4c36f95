package org.wathiqa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wathiqa.json.WathiqaJson;

/** The Java example of the README, as written there, on an included fixture. */
class ReadmeExampleTest {

  @Test
  void readmeExample_runsAsWritten(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("letter.json");
    StringBuilder printed = new StringBuilder();
    try (Wathiqa wathiqa = Wathiqa.builder().threads(2).build()) {   // share one instance
      DocumentResult doc = wathiqa.extract(Path.of("fixtures/pdf-text-001.pdf"));
      if (doc.status() != Status.OK) {
        System.err.println(doc.error().code().id() + ": " + doc.error().message());
      }
      for (PageResult page : doc.pages()) {
        printed.append(page.text());                           // logical (reading) order
      }
      Field date = doc.fields().documentDate();                // null when the document has none
      Files.writeString(json, WathiqaJson.write(doc));
      assertEquals(Status.OK, doc.status());
      assertTrue(date != null && date.value().matches("\\d{4}-\\d{2}-\\d{2}"), String.valueOf(date));
    }
    assertTrue(printed.toString().contains("الموضوع"), printed.toString());
    assertEquals("wathiqa/1", WathiqaJson.read(Files.readString(json)).schema());
  }
}
