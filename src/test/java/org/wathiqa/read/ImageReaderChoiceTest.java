package org.wathiqa.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import org.junit.jupiter.api.Test;

/** The TIFF reader is the same whichever order {@code ImageIO} lists its plugins in. */
class ImageReaderChoiceTest {

  private static List<ImageReaderSpi> tiffProviders() {
    List<ImageReaderSpi> found = new ArrayList<>();
    Iterator<ImageReaderSpi> all = IIORegistry.getDefaultInstance().getServiceProviders(ImageReaderSpi.class, true);
    while (all.hasNext()) {
      ImageReaderSpi spi = all.next();
      for (String name : spi.getFormatNames()) {
        if (name.equalsIgnoreCase("tiff")) {
          found.add(spi);
          break;
        }
      }
    }
    return found;
  }

  private static String chosen() {
    ImageReader reader = ImageSource.readerFor(Format.TIFF);
    try {
      return reader.getClass().getName();
    } finally {
      reader.dispose();
    }
  }

  @Test
  void readerFor_tiff_isTheSameInEitherPluginOrder() {
    List<ImageReaderSpi> tiff = tiffProviders();
    assertTrue(tiff.size() >= 2, "the JDK's TIFF reader and jai-imageio's (through Tess4J): " + tiff);
    IIORegistry registry = IIORegistry.getDefaultInstance();
    ImageReaderSpi a = tiff.get(0);
    ImageReaderSpi b = tiff.get(1);
    try {
      registry.setOrdering(ImageReaderSpi.class, a, b);
      String first = chosen();
      registry.unsetOrdering(ImageReaderSpi.class, a, b);
      registry.setOrdering(ImageReaderSpi.class, b, a);
      String second = chosen();
      assertEquals(first, second);
      assertTrue(first.startsWith("com.github.jaiimageio."), first);
    } finally {
      registry.unsetOrdering(ImageReaderSpi.class, a, b);
      registry.unsetOrdering(ImageReaderSpi.class, b, a);
    }
  }
}
