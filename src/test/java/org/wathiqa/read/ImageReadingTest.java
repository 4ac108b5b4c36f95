package org.wathiqa.read;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wathiqa.DocumentException;
import org.wathiqa.ErrorCode;

class ImageReadingTest {

  private final DocumentReader reader = new DocumentReader();

  @TempDir
  Path dir;

  private PageInput.Image onlyPage(byte[] bytes, String name) throws DocumentException {
    try (DocumentSource source = reader.open(bytes, name)) {
      assertEquals(1, source.pageCount());
      return assertInstanceOf(PageInput.Image.class, source.page(0));
    }
  }

  private DocumentException failure(byte[] bytes, String name) {
    return assertThrows(DocumentException.class, () -> {
      try (DocumentSource source = reader.open(bytes, name)) {
        for (int i = 0; i < source.pageCount(); i++) {
          source.page(i);
        }
      }
    });
  }

  @Test
  void open_pngWithPhys_readsDpiFromFile() throws Exception {
    PageInput.Image page = onlyPage(Fixtures.png(200, 300, 200), "a.png");
    assertAll(() -> assertEquals(200, page.dpi()), () -> assertTrue(page.dpiFromFile()),
        () -> assertEquals(200, page.width()), () -> assertEquals(300, page.height()));
  }

  @Test
  void open_pngWithoutPhys_assumesDefaultDpi() throws Exception {
    PageInput.Image page = onlyPage(Fixtures.png(200, 300, 0), "a.png");
    assertEquals(300, page.dpi());
    assertFalse(page.dpiFromFile());
  }

  @Test
  void open_pngWithoutPhys_usesConfiguredDefaultDpi() throws Exception {
    DocumentReader custom = new DocumentReader(ReaderOptions.builder().defaultImageDpi(240).build());
    try (DocumentSource source = custom.open(Fixtures.png(100, 100, 0), "a.png")) {
      assertEquals(240, source.page(0).dpi());
    }
  }

  @Test
  void open_jpegWithJfifDensity_readsDpiFromFile() throws Exception {
    PageInput.Image page = onlyPage(Fixtures.jpeg(160, 120, 150), "scan.jpg");
    assertEquals(150, page.dpi());
    assertTrue(page.dpiFromFile());
  }

  @Test
  void open_jpegWithAspectRatioOnly_assumesDefaultDpi() throws Exception {
    PageInput.Image page = onlyPage(Fixtures.jpeg(160, 120, 0), "scan.jpg");
    assertEquals(300, page.dpi());
    assertFalse(page.dpiFromFile());
  }

  @Test
  void open_tiffWithXResolution_readsDpiFromFile() throws Exception {
    PageInput.Image page = onlyPage(Fixtures.tiff(100, 80, 400), "scan.tif");
    assertEquals(400, page.dpi());
    assertTrue(page.dpiFromFile());
  }

  @Test
  void open_pngClaimingImplausibleDpi_assumesDefaultDpi() throws Exception {
    // 20 dpi is below any scanner's resolution: the file's value is wrong, not the page
    PageInput.Image page = onlyPage(Fixtures.png(3000, 10, 20), "a.png");
    assertEquals(300, page.dpi());
    assertFalse(page.dpiFromFile());
  }

  @Test
  void open_twoPageG4Tiff_decodesEachPageOnDemand() throws Exception {
    Path file = dir.resolve("fax.tif");
    Files.write(file, Fixtures.g4Tiff(2, 320, 200, 200));
    try (DocumentSource source = reader.open(file)) {
      assertEquals(Format.TIFF, source.format());
      assertEquals(2, source.pageCount());
      for (int i = 1; i >= 0; i--) {
        PageInput.Image page = assertInstanceOf(PageInput.Image.class, source.page(i));
        assertAll(() -> assertEquals(320, page.width()), () -> assertEquals(200, page.height()),
            () -> assertEquals(200, page.dpi()), () -> assertTrue(page.dpiFromFile()));
      }
      assertEquals(1, ((PageInput.Image) source.page(1)).index());
    }
  }

  @Test
  void open_tiffWithMorePagesThanLimit_failsWithTooLarge() throws Exception {
    DocumentReader strict = new DocumentReader(ReaderOptions.builder().maxPages(1).build());
    DocumentException e = assertThrows(DocumentException.class,
        () -> strict.open(Fixtures.g4Tiff(2, 64, 64, 200), "fax.tif"));
    assertEquals(ErrorCode.TOO_LARGE, e.code());
    assertTrue(e.getMessage().contains("limit of 1 (maxPages)"), e.getMessage());
  }

  @Test
  void open_pngHeaderClaiming60000Square_failsWithTooLargeBeforeDecoding() {
    DocumentException e = assertThrows(DocumentException.class,
        () -> reader.open(Fixtures.pngHeaderOnly(60_000, 60_000), "huge.png"));
    assertEquals(ErrorCode.TOO_LARGE, e.code());
    assertTrue(e.getMessage().contains("huge.png") && e.getMessage().contains("60000 x 60000")
        && e.getMessage().contains("100000000"), e.getMessage());
  }

  @Test
  void open_imageOverConfiguredPixelLimit_failsWithTooLarge() throws Exception {
    DocumentReader small = new DocumentReader(ReaderOptions.builder().maxPixelsPerPage(1000).build());
    DocumentException e = assertThrows(DocumentException.class,
        () -> small.open(Fixtures.png(100, 100, 0), "a.png"));
    assertEquals(ErrorCode.TOO_LARGE, e.code());
  }

  @Test
  void open_randomBytesNamedPng_failsWithUnsupportedFormat() {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    noise[0] = 0x13; // not a magic number by chance
    DocumentException e = failure(noise, "photo.png");
    assertEquals(ErrorCode.UNSUPPORTED_FORMAT, e.code());
    assertTrue(e.getMessage().contains("photo.png") && e.getMessage().contains("13"),
        e.getMessage());
  }

  @Test
  void open_truncatedPng_failsWithCorrupt() throws Exception {
    DocumentException e = failure(Fixtures.truncated(Fixtures.png(300, 300, 0), 0.5), "cut.png");
    assertEquals(ErrorCode.CORRUPT, e.code());
    assertTrue(e.getMessage().contains("cut.png"), e.getMessage());
  }

  @Test
  void open_truncatedJpeg_failsWithCorrupt() throws Exception {
    DocumentException e = failure(Fixtures.truncated(Fixtures.jpeg(400, 400, 0), 0.5), "cut.jpg");
    assertEquals(ErrorCode.CORRUPT, e.code());
  }

  @Test
  void open_truncatedTiff_failsWithCorrupt() throws Exception {
    DocumentException e = failure(Fixtures.truncated(Fixtures.g4Tiff(2, 320, 200, 200), 0.6),
        "cut.tif");
    assertEquals(ErrorCode.CORRUPT, e.code());
  }

  @Test
  void open_zeroByteFile_failsWithEmpty() throws Exception {
    Path file = Files.createFile(dir.resolve("empty.png"));
    DocumentException e = assertThrows(DocumentException.class, () -> reader.open(file));
    assertEquals(ErrorCode.EMPTY, e.code());
    assertTrue(e.getMessage().contains("empty.png"), e.getMessage());
  }

  @Test
  void open_missingFile_failsWithIo() {
    DocumentException e = assertThrows(DocumentException.class,
        () -> reader.open(dir.resolve("absent.png")));
    assertEquals(ErrorCode.IO, e.code());
  }

  @Test
  void open_directory_failsWithIo() {
    DocumentException e = assertThrows(DocumentException.class, () -> reader.open(dir));
    assertEquals(ErrorCode.IO, e.code());
  }

  @Test
  void open_fileOverByteLimit_failsWithTooLarge() throws Exception {
    Path file = dir.resolve("a.png");
    Files.write(file, Fixtures.png(64, 64, 0));
    DocumentReader small = new DocumentReader(ReaderOptions.builder().maxFileBytes(10).build());
    DocumentException e = assertThrows(DocumentException.class, () -> small.open(file));
    assertEquals(ErrorCode.TOO_LARGE, e.code());
    assertTrue(e.getMessage().contains("maxFileBytes"), e.getMessage());
  }

  @Test
  void open_pngFileNamedPdf_isReadAsPng() throws Exception {
    Path file = dir.resolve("really-a-png.pdf");
    Files.write(file, Fixtures.png(64, 64, 0));
    try (DocumentSource source = reader.open(file)) {
      assertEquals(Format.PNG, source.format());
      assertInstanceOf(PageInput.Image.class, source.page(0));
    }
  }

  @Test
  void close_twice_isSafeAndPageAfterCloseIsRefused() throws IOException, DocumentException {
    DocumentSource source = reader.open(Fixtures.png(64, 64, 0), "a.png");
    source.close();
    source.close();
    assertThrows(IllegalStateException.class, () -> source.page(0));
  }

  @Test
  void page_outOfRange_isRefused() throws Exception {
    try (DocumentSource source = reader.open(Fixtures.png(64, 64, 0), "a.png")) {
      assertThrows(IndexOutOfBoundsException.class, () -> source.page(1));
    }
  }
}
