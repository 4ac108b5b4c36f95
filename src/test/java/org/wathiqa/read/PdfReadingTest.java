package org.wathiqa.read;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wathiqa.Box;
import org.wathiqa.DocumentException;
import org.wathiqa.ErrorCode;
import org.wathiqa.Line;

class PdfReadingTest {

  private static final File ARABIC_FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
  private static final List<String> ENGLISH = List.of(
      "The ministry received your letter of the tenth of April.",
      "Please send the requested documents to this office.",
      "With our best regards and thanks for your cooperation.");
  private static final List<String> ARABIC = List.of(
      "الجمهورية العربية السورية",
      "وزارة الداخلية",
      "يرجى الإيعاز لمن يلزم بدفن الجثث في مقبرة المدينة",
      "وقد تم تسليم الجثث بحضور المدعو محمد فادي الصالح");

  private final DocumentReader reader = new DocumentReader();

  @TempDir
  Path dir;

  /** Draws one page of a test PDF. */
  private interface PageWriter {
    void write(PDDocument document, PDPageContentStream content) throws IOException;
  }

  private static byte[] pdf(PageWriter... pages) throws IOException {
    try (PDDocument document = new PDDocument()) {
      for (PageWriter writer : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          writer.write(document, content);
        }
      }
      return save(document);
    }
  }

  private static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }

  /** Writes {@code lines} from the top of an A4 page, one every 30 points, from x = 72. */
  private static PageWriter text(List<String> lines, boolean arabicFont) {
    return (document, content) -> {
      PDFont font = arabicFont ? PDType0Font.load(document, ARABIC_FONT)
          : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int i = 0; i < lines.size(); i++) {
        content.beginText();
        content.setFont(font, 14);
        content.newLineAtOffset(72, 770 - 30 * i);
        content.showText(lines.get(i));
        content.endText();
      }
    };
  }

  /** Lines drawn glyph after glyph from the left, in the visual order a browser writes. */
  private static List<String> visualOrder(List<String> logical) {
    return logical.stream().map(s -> new StringBuilder(s).reverse().toString()).toList();
  }

  private static PageWriter drawing() {
    return (document, content) -> {
      content.addRect(100, 100, 300, 200);
      content.fill();
    };
  }

  private PageInput onlyPage(byte[] bytes) throws DocumentException {
    try (DocumentSource source = reader.open(bytes, "test.pdf")) {
      assertEquals(Format.PDF, source.format());
      return source.page(0);
    }
  }

  private static List<String> texts(List<Line> lines) {
    return lines.stream().map(Line::text).toList();
  }

  @Test
  void page_latinTextLayer_returnsLinesWithBoxesAtRenderDpi() throws Exception {
    PageInput.TextLayer page =
        assertInstanceOf(PageInput.TextLayer.class, onlyPage(pdf(text(ENGLISH, false))));
    assertEquals(ENGLISH, texts(page.lines()));
    assertAll(() -> assertEquals(300, page.dpi()), () -> assertEquals(2480, page.width()),
        () -> assertEquals(3507, page.height()), () -> assertTrue(page.stampLines().isEmpty()));
    Box first = page.lines().get(0).box();
    // baseline 72 points below the top edge at x = 72 points: 300 pixels in at 300 dpi
    assertAll(() -> assertEquals(300, first.x(), 3), () -> assertTrue(first.y() < 300),
        () -> assertTrue(first.bottom() > 300), () -> assertTrue(first.right() < 2480));
  }

  @Test
  void page_arabicInVisualOrder_returnsLogicalLines() throws Exception {
    Assumptions.assumeTrue(ARABIC_FONT.isFile(), "no DejaVuSans at " + ARABIC_FONT);
    PageInput.TextLayer page = assertInstanceOf(PageInput.TextLayer.class,
        onlyPage(pdf(text(visualOrder(ARABIC), true))));
    assertEquals(ARABIC, texts(page.lines()));
  }

  @Test
  void page_arabicLaidOutBackwards_fallsBackToRendering() throws Exception {
    Assumptions.assumeTrue(ARABIC_FONT.isFile(), "no DejaVuSans at " + ARABIC_FONT);
    // logical order drawn left to right reads back reversed: "ةيروسلا ةيبرعلا ..."
    assertInstanceOf(PageInput.Image.class, onlyPage(pdf(text(ARABIC, true))));
  }

  @Test
  void page_rotatedColouredStampText_goesToStampLines() throws Exception {
    Assumptions.assumeTrue(ARABIC_FONT.isFile(), "no DejaVuSans at " + ARABIC_FONT);
    PageWriter stamp = (document, content) -> {
      content.beginText();
      content.setNonStrokingColor(0.16f, 0.23f, 0.6f);
      content.setFont(PDType0Font.load(document, ARABIC_FONT), 12);
      content.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(-14), 300, 160));
      content.showText(new StringBuilder("مكتب المحافظ").reverse().toString());
      content.endText();
    };
    PageWriter page = (document, content) -> {
      text(visualOrder(ARABIC), true).write(document, content);
      stamp.write(document, content);
    };
    PageInput.TextLayer layer = assertInstanceOf(PageInput.TextLayer.class, onlyPage(pdf(page)));
    assertEquals(ARABIC, texts(layer.lines()));
    assertEquals(List.of("مكتب المحافظ"), texts(layer.stampLines()));
  }

  @Test
  void page_translucentColouredText_goesToStampLines() throws Exception {
    PageWriter page = (document, content) -> {
      text(ENGLISH, false).write(document, content);
      PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
      translucent.setNonStrokingAlphaConstant(0.7f);
      content.saveGraphicsState();
      content.setGraphicsStateParameters(translucent);
      content.setNonStrokingColor(0.7f, 0.1f, 0.1f);
      content.beginText();
      content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 20);
      content.newLineAtOffset(300, 200);
      content.showText("RECEIVED 12 APRIL");
      content.endText();
      content.restoreGraphicsState();
    };
    PageInput.TextLayer layer = assertInstanceOf(PageInput.TextLayer.class, onlyPage(pdf(page)));
    assertEquals(ENGLISH, texts(layer.lines()));
    assertEquals(List.of("RECEIVED 12 APRIL"), texts(layer.stampLines()));
  }

  @Test
  void page_withoutText_isRenderedAtRenderDpiInColour() throws Exception {
    PageInput.Image page = assertInstanceOf(PageInput.Image.class, onlyPage(pdf(drawing())));
    assertAll(() -> assertEquals(300, page.dpi()), () -> assertTrue(page.dpiFromFile()),
        () -> assertEquals(2480, page.width()), () -> assertEquals(3507, page.height()),
        () -> assertEquals(BufferedImage.TYPE_3BYTE_BGR, page.image().getType()));
  }

  /** A page that draws one scanned image, white with a blue square, over the whole page. */
  private static PageWriter scan(int imageType) {
    return (document, content) -> {
      BufferedImage image = new BufferedImage(620, 877, imageType);
      java.awt.Graphics2D g = image.createGraphics();
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, 620, 877);
      g.setColor(new java.awt.Color(40, 60, 200));
      g.fillRect(200, 300, 100, 100);
      g.dispose();
      PDImageXObject x = LosslessFactory.createFromImage(document, image);
      content.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
    };
  }

  @Test
  void page_colourScan_isRenderedInColourWithItsInk() throws Exception {
    PageInput.Image page = assertInstanceOf(PageInput.Image.class,
        onlyPage(pdf(scan(BufferedImage.TYPE_INT_RGB))));
    assertEquals(BufferedImage.TYPE_3BYTE_BGR, page.image().getType());
    java.awt.Color ink = new java.awt.Color(page.image().getRGB(page.width() * 250 / 620, page.height() * 350 / 877));
    assertTrue(ink.getBlue() > 150 && ink.getRed() < 100, "the blue square stays blue: " + ink);
  }

  @Test
  void page_greyScan_isRenderedInGrey() throws Exception {
    PageInput.Image page = assertInstanceOf(PageInput.Image.class,
        onlyPage(pdf(scan(BufferedImage.TYPE_BYTE_GRAY))));
    assertEquals(BufferedImage.TYPE_BYTE_GRAY, page.image().getType());
  }

  @Test
  void open_mixedPages_decidesPerPage() throws Exception {
    try (DocumentSource source = reader.open(pdf(drawing(), text(ENGLISH, false)), "mixed.pdf")) {
      assertEquals(2, source.pageCount());
      assertInstanceOf(PageInput.TextLayer.class, source.page(1));
      assertInstanceOf(PageInput.Image.class, source.page(0));
    }
  }

  @Test
  void page_tooLargeForRenderDpi_isRenderedAtLowerDpi() throws Exception {
    DocumentReader small = new DocumentReader(ReaderOptions.builder().maxPixelsPerPage(4_000_000)
        .build());
    try (DocumentSource source = small.open(pdf(drawing()), "a4.pdf")) {
      PageInput page = source.page(0);
      // A4 at 300 dpi is 8.7 million pixels; 4 million fit at 203 dpi
      assertTrue(page.dpi() < 300 && page.dpi() >= 150, "dpi " + page.dpi());
      assertTrue((long) page.width() * page.height() <= 4_000_000);
    }
  }

  @Test
  void page_tooLargeEvenAt150Dpi_failsWithTooLarge() throws Exception {
    DocumentReader small = new DocumentReader(ReaderOptions.builder().maxPixelsPerPage(1_000_000)
        .build());
    try (DocumentSource source = small.open(pdf(drawing()), "a4.pdf")) {
      DocumentException e = assertThrows(DocumentException.class, () -> source.page(0));
      assertEquals(ErrorCode.TOO_LARGE, e.code());
      assertTrue(e.getMessage().contains("page 1 of a4.pdf")
          && e.getMessage().contains("1000000"), e.getMessage());
    }
  }

  @Test
  void open_encryptedPdf_failsWithEncrypted() throws Exception {
    byte[] bytes;
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner", "secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      bytes = save(document);
    }
    DocumentException e = assertThrows(DocumentException.class,
        () -> reader.open(bytes, "locked.pdf"));
    assertEquals(ErrorCode.ENCRYPTED, e.code());
    assertTrue(e.getMessage().contains("locked.pdf"), e.getMessage());
  }

  @Test
  void open_pdfWithOwnerPasswordOnly_opens() throws Exception {
    byte[] bytes;
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      document.protect(new StandardProtectionPolicy("owner", "", new AccessPermission()));
      bytes = save(document);
    }
    try (DocumentSource source = reader.open(bytes, "restricted.pdf")) {
      assertEquals(1, source.pageCount());
    }
  }

  @Test
  void open_pdfOfZeroPages_failsWithEmpty() throws Exception {
    byte[] bytes;
    try (PDDocument document = new PDDocument()) {
      bytes = save(document);
    }
    DocumentException e = assertThrows(DocumentException.class,
        () -> reader.open(bytes, "none.pdf"));
    assertEquals(ErrorCode.EMPTY, e.code());
  }

  @Test
  void open_pdfWithMorePagesThanLimit_failsWithTooLarge() throws Exception {
    DocumentReader strict = new DocumentReader(ReaderOptions.builder().maxPages(1).build());
    DocumentException e = assertThrows(DocumentException.class,
        () -> strict.open(pdf(drawing(), drawing()), "two.pdf"));
    assertEquals(ErrorCode.TOO_LARGE, e.code());
    assertTrue(e.getMessage().contains("maxPages"), e.getMessage());
  }

  @Test
  void open_truncatedPdf_failsWithCorrupt() throws Exception {
    byte[] bytes = Fixtures.truncated(pdf(text(ENGLISH, false)), 0.02);
    DocumentException e = assertThrows(DocumentException.class, () -> {
      try (DocumentSource source = reader.open(bytes, "cut.pdf")) {
        source.page(0);
      }
    });
    assertEquals(ErrorCode.CORRUPT, e.code());
  }

  @Test
  void open_pdfAfterLeadingJunk_isReadAsPdf() throws Exception {
    byte[] pdf = pdf(text(ENGLISH, false));
    byte[] junk = "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n"
        .getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[junk.length + pdf.length];
    System.arraycopy(junk, 0, bytes, 0, junk.length);
    System.arraycopy(pdf, 0, bytes, junk.length, pdf.length);
    try (DocumentSource source = reader.open(bytes, "download.bin")) {
      assertEquals(Format.PDF, source.format());
      assertInstanceOf(PageInput.TextLayer.class, source.page(0));
    }
  }

  @Test
  void open_pdfFile_readsFromDiskAndClosesTwiceSafely() throws Exception {
    Path file = dir.resolve("letter.pdf");
    Files.write(file, pdf(text(ENGLISH, false)));
    DocumentSource source = reader.open(file);
    assertInstanceOf(PageInput.TextLayer.class, source.page(0));
    source.close();
    source.close();
    assertThrows(IllegalStateException.class, () -> source.page(0));
  }
}
