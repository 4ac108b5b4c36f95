package org.wathiqa.read;

import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import org.w3c.dom.Node;

/**
 * The resolution an image file states (PNG pHYs, JPEG JFIF density, TIFF XResolution and
 * ResolutionUnit). PNG is read from its own pHYs chunk, because the JDK's format-neutral
 * {@code javax_imageio_1.0} tree gives pixels per millimetre for PNG where it should give
 * millimetres per pixel; JPEG and TIFF are read from that neutral tree, which the JDK plugins fill
 * only when the file gives a physical unit.
 */
final class ImageDpi {

  /** A resolution and whether the file stated it. */
  record Dpi(int dpi, boolean fromFile) {}

  /** Lowest and highest believable resolutions. */
  static final int MIN_DPI = 50;
  static final int MAX_DPI = 2400;
  /** Widest believable page, inches: a 72 dpi default on a 300 dpi scan would make it larger. */
  static final double MAX_PAGE_INCHES = 60;

  private static final String PNG_FORMAT = "javax_imageio_png_1.0";

  private ImageDpi() {}

  /**
   * The file's resolution when stated and believable for an image {@code width} pixels wide, else
   * {@code fallback}.
   */
  static Dpi of(IIOMetadata metadata, int width, int fallback) {
    double mmPerPixel = horizontalPixelSize(metadata);
    if (mmPerPixel > 0) {
      int dpi = (int) Math.round(25.4 / mmPerPixel);
      if (dpi >= MIN_DPI && dpi <= MAX_DPI && width / (double) dpi <= MAX_PAGE_INCHES) {
        return new Dpi(dpi, true);
      }
    }
    return new Dpi(fallback, false);
  }

  /** Millimetres per pixel, or 0 when the metadata states none. */
  static double horizontalPixelSize(IIOMetadata metadata) {
    if (metadata == null) {
      return 0;
    }
    if (PNG_FORMAT.equals(metadata.getNativeMetadataFormatName())) {
      return pngPixelSize(metadata);
    }
    if (!metadata.isStandardMetadataFormatSupported()) {
      return 0;
    }
    Node root = metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
    Node size = find(find(root, "Dimension"), "HorizontalPixelSize");
    Node value = size == null ? null : size.getAttributes().getNamedItem("value");
    return number(value);
  }

  /** Millimetres per pixel from a PNG pHYs chunk in pixels per metre, or 0. */
  private static double pngPixelSize(IIOMetadata metadata) {
    Node phys = find(metadata.getAsTree(PNG_FORMAT), "pHYs");
    if (phys == null || !"meter".equals(attribute(phys, "unitSpecifier"))) {
      return 0;
    }
    double perMetre = number(phys.getAttributes().getNamedItem("pixelsPerUnitXAxis"));
    return perMetre > 0 ? 1000 / perMetre : 0;
  }

  private static String attribute(Node node, String name) {
    Node a = node.getAttributes().getNamedItem(name);
    return a == null ? null : a.getNodeValue();
  }

  private static double number(Node value) {
    try {
      return value == null ? 0 : Double.parseDouble(value.getNodeValue());
    } catch (NumberFormatException e) {
      return 0; // an unreadable value states no resolution
    }
  }

  private static Node find(Node parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (name.equals(n.getNodeName())) {
        return n;
      }
    }
    return null;
  }
}
