package org.wathiqa.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wathiqa.DocumentException;
import org.wathiqa.ErrorCode;
import org.wathiqa.fixtures.RawTiff;

class TiffDirectoriesTest {

  private static List<TiffDirectories.Size> read(byte[] tiff, int limit) throws DocumentException {
    return TiffDirectories.read(new ByteArrayImageInput(tiff), limit, "t.tif");
  }

  @Test
  void read_pagesOfDifferentSizes_givesEachStatedSize() throws DocumentException {
    byte[] tiff = RawTiff.of(List.of(new RawTiff.Page(8, 9), new RawTiff.Page(70_000, 3)),
        new byte[72]);
    assertEquals(List.of(new TiffDirectories.Size(8, 9), new TiffDirectories.Size(70_000, 3)),
        read(tiff, 10));
  }

  @Test
  void read_morePagesThanLimit_stopsOnePageAfterIt() throws DocumentException {
    byte[] tiff = RawTiff.of(Collections.nCopies(50, new RawTiff.Page(8, 8)), new byte[64]);
    assertEquals(6, read(tiff, 5).size());
  }

  @Test
  void read_directoryPointingBackToItself_failsWithCorrupt() {
    byte[] tiff = RawTiff.of(List.of(new RawTiff.Page(8, 8)), new byte[64]);
    int next = 8 + 2 + 8 * 12;
    ByteBuffer.wrap(tiff).order(ByteOrder.LITTLE_ENDIAN).putInt(next, 8);
    DocumentException e = assertThrows(DocumentException.class, () -> read(tiff, 10));
    assertEquals(ErrorCode.CORRUPT, e.code());
    assertTrue(e.getMessage().contains("loop"), e.getMessage());
  }

  @Test
  void read_directoryCutOff_failsWithCorrupt() {
    byte[] tiff = Arrays.copyOf(RawTiff.of(List.of(new RawTiff.Page(8, 8)), new byte[0]), 40);
    DocumentException e = assertThrows(DocumentException.class, () -> read(tiff, 10));
    assertEquals(ErrorCode.CORRUPT, e.code());
    assertTrue(e.getMessage().contains("cut off"), e.getMessage());
  }
}
