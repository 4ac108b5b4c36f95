package org.wathiqa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A defect in the fields stage costs a document its fields, never the text of its pages. */
class FieldFailureTest {

  @Test
  void withoutFields_keepsThePagesAndReportsACrash() {
    PageResult page = new PageResult(0, 10, 10, 72, 0, TextSource.OCR, "الرقم: ٤٥٧٢/ص", 0.9, List.of(), List.of());
    DocumentResult r = Wathiqa.withoutFields("letter.png", List.of(page), new IndexOutOfBoundsException("Index 0"));
    assertEquals(Status.PARTIAL, r.status());
    assertEquals(List.of(page), r.pages());
    assertEquals(Fields.NONE, r.fields());
    assertEquals(ErrorCode.CRASH, r.error().code());
    assertTrue(r.error().message().contains("IndexOutOfBoundsException"), r.error().message());
  }
}
