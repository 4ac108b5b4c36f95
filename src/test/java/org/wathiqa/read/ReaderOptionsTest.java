package org.wathiqa.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReaderOptionsTest {

  @Test
  void defaults_areDocumentedValues() {
    assertEquals(new ReaderOptions(300, 300, 100_000_000L, 1L << 30, 5000, true),
        ReaderOptions.defaults());
    assertEquals(ReaderOptions.defaults(), new DocumentReader().options());
  }

  @Test
  void builder_setsEachValue() {
    ReaderOptions o = ReaderOptions.builder().renderDpi(200).defaultImageDpi(150)
        .maxPixelsPerPage(5).maxFileBytes(6).maxPages(7).build();
    assertEquals(new ReaderOptions(200, 150, 5, 6, 7, true), o);
    assertEquals(o, o.toBuilder().build());
  }

  @Test
  void build_renderDpiOutOfRange_namesValueAndRange() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReaderOptions.builder().renderDpi(72).build());
    assertTrue(e.getMessage().contains("renderDpi") && e.getMessage().contains("72")
        && e.getMessage().contains("[150, 1200]"), e.getMessage());
  }

  @Test
  void build_nonPositiveLimits_areRefused() {
    assertThrows(IllegalArgumentException.class, () -> ReaderOptions.builder().maxPages(0).build());
    assertThrows(IllegalArgumentException.class,
        () -> ReaderOptions.builder().maxFileBytes(-1).build());
    assertThrows(IllegalArgumentException.class,
        () -> ReaderOptions.builder().maxPixelsPerPage(0).build());
  }
}
