package org.wathiqa.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.wathiqa.DocumentException;
import org.wathiqa.ErrorCode;

class FormatSnifferTest {

  private static Format sniff(byte[] bytes) throws DocumentException {
    return FormatSniffer.sniff(bytes, bytes.length, "x");
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void sniff_magicNumbers_recogniseEachFormat() throws DocumentException {
    assertEquals(Format.PNG, sniff(ascii("\u0089PNG\r\n\u001a\n....")));
    assertEquals(Format.JPEG, sniff(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}));
    assertEquals(Format.TIFF, sniff(ascii("II*\u0000....")));
    assertEquals(Format.TIFF, sniff(ascii("MM\u0000*....")));
    assertEquals(Format.PDF, sniff(ascii("%PDF-1.7\n")));
  }

  @Test
  void sniff_pdfHeaderAfterJunkWithinWindow_isPdf() throws DocumentException {
    byte[] bytes = new byte[2000];
    Arrays.fill(bytes, (byte) ' ');
    System.arraycopy(ascii("%PDF-1.4"), 0, bytes, 1000, 8);
    assertEquals(Format.PDF, sniff(bytes));
  }

  @Test
  void sniff_pdfHeaderBeyondWindow_isUnsupported() {
    byte[] bytes = new byte[2000];
    Arrays.fill(bytes, (byte) ' ');
    System.arraycopy(ascii("%PDF-1.4"), 0, bytes, 1500, 8);
    assertThrows(DocumentException.class, () -> sniff(bytes));
  }

  @Test
  void sniff_noBytes_failsWithEmpty() {
    DocumentException e = assertThrows(DocumentException.class,
        () -> FormatSniffer.sniff(new byte[0], 0, "nothing.pdf"));
    assertEquals(ErrorCode.EMPTY, e.code());
    assertTrue(e.getMessage().contains("nothing.pdf"), e.getMessage());
  }

  @Test
  void sniff_gif_failsWithUnsupportedNamingWhatItSaw() {
    DocumentException e = assertThrows(DocumentException.class,
        () -> FormatSniffer.sniff(ascii("GIF89a.."), 8, "scan.png"));
    assertEquals(ErrorCode.UNSUPPORTED_FORMAT, e.code());
    assertTrue(e.getMessage().contains("scan.png") && e.getMessage().contains("47 49 46 38")
        && e.getMessage().contains("GIF"), e.getMessage());
  }

  @Test
  void sniff_truncatedMagic_isUnsupported() {
    DocumentException e = assertThrows(DocumentException.class,
        () -> FormatSniffer.sniff(new byte[] {(byte) 0x89, 'P'}, 2, "x.png"));
    assertEquals(ErrorCode.UNSUPPORTED_FORMAT, e.code());
  }
}
