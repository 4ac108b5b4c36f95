package org.wathiqa.prepare;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import org.junit.jupiter.api.Test;

class MatsTest {

  @Test
  void hasColour_bilevelGreyAndGreyPalette_areNotColour() {
    assertFalse(Mats.hasColour(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_BINARY)));
    assertFalse(Mats.hasColour(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY)));
    byte[] grey = {0, (byte) 128, (byte) 255};
    IndexColorModel greys = new IndexColorModel(8, 3, grey, grey, grey);
    assertFalse(Mats.hasColour(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_INDEXED, greys)));
  }

  @Test
  void hasColour_rgbAndColourPalette_areColour() {
    assertTrue(Mats.hasColour(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB)));
    assertTrue(Mats.hasColour(new BufferedImage(4, 4, BufferedImage.TYPE_3BYTE_BGR)));
    byte[] r = {0, (byte) 255};
    byte[] gb = {0, 0};
    IndexColorModel redAndBlack = new IndexColorModel(8, 2, r, gb, gb);
    assertTrue(Mats.hasColour(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_INDEXED, redAndBlack)));
  }
}
