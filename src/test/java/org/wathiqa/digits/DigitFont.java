package org.wathiqa.digits;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The fonts digit templates are rendered from, loaded from the test class path. Thread-safe. */
enum DigitFont {
  AMIRI("/org/wathiqa/fixtures/fonts/Amiri-Regular.ttf"),
  NOTO_NASKH("/org/wathiqa/fixtures/fonts/NotoNaskhArabic-Regular.ttf"),
  DEJAVU_SANS("/org/wathiqa/fixtures/fonts/DejaVuSans.ttf"),
  KACST_ONE("/org/wathiqa/fixtures/fonts/KacstOne.ttf"),
  NOTO_SANS("fonts/NotoSansArabic-Regular.ttf"),
  NOTO_KUFI("fonts/NotoKufiArabic-Regular.ttf"),
  KACST_BOOK("fonts/KacstBook.ttf"),
  KACST_OFFICE("fonts/KacstOffice.ttf"),
  KACST_NASKH("fonts/KacstNaskh.ttf");

  /** The fonts the fixtures and the dev letters are printed in. */
  static final List<DigitFont> PRINTED = List.of(AMIRI, NOTO_NASKH, DEJAVU_SANS, KACST_ONE);

  private final String resource;
  private Font font;

  DigitFont(String resource) {
    this.resource = resource;
  }

  synchronized Font font() {
    if (font == null) {
      try (InputStream in = DigitFont.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " missing from the test class path");
        }
        font = Font.createFont(Font.TRUETYPE_FONT, in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (FontFormatException e) {
        throw new IllegalStateException(resource + " is not a TrueType font", e);
      }
    }
    return font;
  }
}
