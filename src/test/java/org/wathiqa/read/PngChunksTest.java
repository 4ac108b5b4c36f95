package org.wathiqa.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wathiqa.DocumentException;
import org.wathiqa.ErrorCode;
import org.wathiqa.fixtures.RawPng;

class PngChunksTest {
  private static final byte[] ROWS = new byte[9 * 8];

  private static byte[] letters(int n) {
    byte[] b = new byte[n];
    Arrays.fill(b, (byte) 'a');
    return b;
  }

  /** keyword, NUL, then {@code tail}. */
  private static byte[] chunk(String keyword, byte[]... tail) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(keyword.getBytes(StandardCharsets.US_ASCII));
    out.write(0);
    for (byte[] t : tail) {
      out.writeBytes(t);
    }
    return out.toByteArray();
  }

  private static void check(Map<String, byte[]> chunks) throws DocumentException {
    PngChunks.check(new ByteArrayImageInput(RawPng.of(8, 8, ROWS, chunks)), "p.png");
  }

  @Test
  void check_smallTextAndProfile_passes() throws DocumentException {
    check(Map.of("zTXt", chunk("Comment", new byte[] {0}, RawPng.deflate(letters(100_000))),
        "tEXt", chunk("Title", letters(1000))));
  }

  @Test
  void check_compressedInternationalTextInflatingPastLimit_failsWithTooLarge() {
    byte[] itxt = chunk("XML:com.adobe.xmp", new byte[] {1, 0, 0, 0},
        RawPng.deflate(letters(PngChunks.MAX_METADATA_BYTES + 1)));
    DocumentException e = assertThrows(DocumentException.class, () -> check(Map.of("iTXt", itxt)));
    assertEquals(ErrorCode.TOO_LARGE, e.code());
    assertTrue(e.getMessage().contains("p.png") && e.getMessage().contains("2097152"), e.getMessage());
  }

  @Test
  void check_profilesAndTextTogetherPastLimit_failsWithTooLarge() {
    int half = PngChunks.MAX_METADATA_BYTES / 2 + 1;
    DocumentException e = assertThrows(DocumentException.class, () -> check(Map.of(
        "iCCP", chunk("scanner", new byte[] {0}, RawPng.deflate(letters(half))),
        "tEXt", chunk("Comment", letters(half)))));
    assertEquals(ErrorCode.TOO_LARGE, e.code());
  }

  @Test
  void check_compressedChunkThatDoesNotInflate_failsWithCorrupt() {
    DocumentException e = assertThrows(DocumentException.class,
        () -> check(Map.of("zTXt", chunk("Comment", new byte[] {0, 1, 2, 3, 4, 5}))));
    assertEquals(ErrorCode.CORRUPT, e.code());
  }
}
