package org.wathiqa.read;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.w3c.dom.Element;
import org.wathiqa.fixtures.RawPng;

/** Small images written in the tests, so no test needs a file from outside the project. */
final class Fixtures {

  private Fixtures() {}

  /** A grey page with a black bar, {@code w} x {@code h} pixels. */
  static BufferedImage page(int w, int h, int type) {
    BufferedImage image = new BufferedImage(w, h, type);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setColor(Color.BLACK);
    g.fillRect(w / 4, h / 3, w / 2, Math.max(1, h / 10));
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(8, h / 12)));
    g.drawString("Wathiqa", w / 8, h * 3 / 4);
    g.dispose();
    return image;
  }

  /** A PNG, with a pHYs resolution when {@code dpi} > 0. */
  static byte[] png(int w, int h, int dpi) throws IOException {
    BufferedImage image = page(w, h, BufferedImage.TYPE_BYTE_GRAY);
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    IIOMetadata metadata =
        writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
    if (dpi > 0) {
      // written natively: the JDK's neutral-tree mapping of pHYs is inverted (pixels per mm)
      String format = "javax_imageio_png_1.0";
      IIOMetadataNode phys = new IIOMetadataNode("pHYs");
      String perMetre = Long.toString(Math.round(dpi / 0.0254));
      phys.setAttribute("pixelsPerUnitXAxis", perMetre);
      phys.setAttribute("pixelsPerUnitYAxis", perMetre);
      phys.setAttribute("unitSpecifier", "meter");
      IIOMetadataNode root = new IIOMetadataNode(format);
      root.appendChild(phys);
      metadata.mergeTree(format, root);
    }
    return encode(writer, new IIOImage(image, null, metadata), null);
  }

  /** A JPEG, with a JFIF density in dots per inch when {@code dpi} > 0. */
  static byte[] jpeg(int w, int h, int dpi) throws IOException {
    BufferedImage image = page(w, h, BufferedImage.TYPE_BYTE_GRAY);
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    IIOMetadata metadata =
        writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
    if (dpi > 0) {
      String format = "javax_imageio_jpeg_image_1.0";
      IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
      Element jfif = (Element) root.getElementsByTagName("app0JFIF").item(0);
      jfif.setAttribute("resUnits", "1");
      jfif.setAttribute("Xdensity", Integer.toString(dpi));
      jfif.setAttribute("Ydensity", Integer.toString(dpi));
      metadata.setFromTree(format, root);
    }
    return encode(writer, new IIOImage(image, null, metadata), null);
  }

  /** A one-page uncompressed TIFF, with XResolution when {@code dpi} > 0. */
  static byte[] tiff(int w, int h, int dpi) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    BufferedImage image = page(w, h, BufferedImage.TYPE_BYTE_GRAY);
    ImageWriteParam param = writer.getDefaultWriteParam();
    return encode(writer, new IIOImage(image, null, withDpi(writer, image, dpi, param)), param);
  }

  /** A bilevel TIFF of {@code pages} CCITT G4 pages at {@code dpi}, as fax scanners write them. */
  static byte[] g4Tiff(int pages, int w, int h, int dpi) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      for (int i = 0; i < pages; i++) {
        BufferedImage image = page(w, h, BufferedImage.TYPE_BYTE_BINARY);
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType("CCITT T.6");
        writer.writeToSequence(new IIOImage(image, null, withDpi(writer, image, dpi, param)), param);
      }
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  private static IIOMetadata withDpi(ImageWriter writer, BufferedImage image, int dpi,
      ImageWriteParam param) throws IOException {
    IIOMetadata metadata =
        writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
    if (dpi > 0) {
      IIOMetadataNode size = new IIOMetadataNode("HorizontalPixelSize");
      size.setAttribute("value", Double.toString(25.4 / dpi));
      IIOMetadataNode vsize = new IIOMetadataNode("VerticalPixelSize");
      vsize.setAttribute("value", Double.toString(25.4 / dpi));
      IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
      dimension.appendChild(size);
      dimension.appendChild(vsize);
      IIOMetadataNode root = new IIOMetadataNode(IIOMetadataFormatImpl.standardMetadataFormatName);
      root.appendChild(dimension);
      metadata.mergeTree(IIOMetadataFormatImpl.standardMetadataFormatName, root);
    }
    return metadata;
  }

  private static byte[] encode(ImageWriter writer, IIOImage image, ImageWriteParam param)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(null, image, param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** A PNG holding only a header that claims {@code w} x {@code h} pixels (and no pixel data). */
  static byte[] pngHeaderOnly(int w, int h) {
    return RawPng.of(w, h, null);
  }

  /** The first {@code share} of the bytes. */
  static byte[] truncated(byte[] bytes, double share) {
    return Arrays.copyOf(bytes, (int) (bytes.length * share));
  }
}
