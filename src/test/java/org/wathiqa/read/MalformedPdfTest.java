package org.wathiqa.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wathiqa.DocumentException;
import org.wathiqa.ErrorCode;

class MalformedPdfTest {

  /** A one-page PDF whose page dictionary carries {@code extra}, with a correct xref table. */
  static byte[] pdfWithPageEntry(String extra) {
    List<String> objects = List.of(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R " + extra + " >>",
        "<< /Length 8 >>\nstream\n0 0 m S\n\nendstream");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, "%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(out.size());
      write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
    }
    int xref = out.size();
    write(out, "xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    offsets.forEach(o -> write(out, String.format("%010d 00000 n \n", o)));
    write(out, "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
        + "\n%%EOF\n");
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
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
