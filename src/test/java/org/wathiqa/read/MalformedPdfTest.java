package org.wathiqa.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wathiqa.DocumentException;
import org.wathiqa.ErrorCode;
import org.wathiqa.fixtures.RawPdf;

class MalformedPdfTest {

  /** A one-page PDF whose page dictionary carries {@code extra}, with a correct xref table. */
  static byte[] pdfWithPageEntry(String extra) {
    return RawPdf.onePage("[0 0 200 200]", extra, "0 0 m S\n", List.of());
  }

  @Test
  void open_deeplyNestedArrays_failsWithCorruptNotStackOverflow() {
    String nested = "/Deep " + "[".repeat(200_000) + "]".repeat(200_000);
    DocumentException e = assertThrows(DocumentException.class, () -> {
      try (DocumentSource source = new DocumentReader().open(pdfWithPageEntry(nested), "deep.pdf")) {
        source.page(0);
      }
    });
    assertEquals(ErrorCode.CORRUPT, e.code());
    assertTrue(e.getMessage().contains("deep.pdf"), e.getMessage());
  }

  @Test
  void page_wellFormedHandMadePdf_isRead() throws DocumentException {
    try (DocumentSource source = new DocumentReader().open(pdfWithPageEntry(""), "plain.pdf")) {
      assertEquals(1, source.pageCount());
      source.page(0);
    }
  }
}
