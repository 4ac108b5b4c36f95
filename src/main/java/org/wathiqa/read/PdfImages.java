package org.wathiqa.read;

import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.wathiqa.DocumentException;
import org.wathiqa.ErrorCode;

/**
 * Checks the images a PDF page draws before the page is rendered. An image XObject is decoded
 * whole, at the size its dictionary states, whatever the size of the page: a 2 KB stream can
 * state 30 000 x 30 000 pixels. Reads dictionaries only, never image data; follows form XObjects
 * (each once) and soft masks. Tells on the way whether the page's images can hold colour, so a page of
 * grey scans is rendered grey and one with a colour scan in colour, its stamps' ink with it.
 *
 * <p>Stateless and thread-safe.
 */
final class PdfImages {

  /** Form XObjects nested deeper than this are refused rather than followed. */
  static final int MAX_FORM_DEPTH = 32;

  private PdfImages() {}

  /**
   * @return whether the page should be rendered in colour: it draws an image that can hold colour,
   *     or no image at all (its print is drawn, and may be drawn in colour)
   * @throws DocumentException {@code TOO_LARGE} for an image over {@code maxPixels},
   *     {@code CORRUPT} for forms nested over {@value #MAX_FORM_DEPTH} deep
   */
  static boolean check(PDPage page, long maxPixels, String pageName) throws DocumentException {
    PDResources resources = page.getResources();
    Walk walk = new Walk(maxPixels, pageName);
    walk.resources(resources == null ? null : resources.getCOSObject(), 0);
    return walk.images == 0 || walk.colour;
  }

  /** One page's walk over its resources; remembers the forms it has seen. */
  private static final class Walk {
    private final long maxPixels;
    private final String pageName;
    private final Set<COSBase> seen = new HashSet<>();
    int images;
    boolean colour;

    Walk(long maxPixels, String pageName) {
      this.maxPixels = maxPixels;
      this.pageName = pageName;
    }

    void resources(COSDictionary resources, int depth) throws DocumentException {
      if (resources == null) {
        return;
      }
      COSDictionary xobjects = resources.getCOSDictionary(COSName.XOBJECT);
      if (xobjects == null) {
        return;
      }
      for (COSName name : xobjects.keySet()) {
        if (xobjects.getDictionaryObject(name) instanceof COSDictionary x && seen.add(x)) {
          xobject(x, resources, depth);
        }
      }
    }

    private void xobject(COSDictionary x, COSDictionary resources, int depth) throws DocumentException {
      if (COSName.IMAGE.equals(x.getCOSName(COSName.SUBTYPE))) {
        image(x);
        images++;
        colour |= mayHoldColour(x, resources);
      } else if (COSName.FORM.equals(x.getCOSName(COSName.SUBTYPE))) {
        if (depth >= MAX_FORM_DEPTH) {
          throw new DocumentException(ErrorCode.CORRUPT, pageName + " nests its forms more than "
              + MAX_FORM_DEPTH + " deep");
        }
        resources(x.getCOSDictionary(COSName.RESOURCES), depth + 1);
      }
    }

    /**
     * Whether {@code image} can hold colour: anything but a stencil mask or a grey colour space
     * (an image without one, as JPEG 2000 may be, carries its own and is taken as colour).
     */
    private static boolean mayHoldColour(COSDictionary image, COSDictionary resources) {
      if (image.getBoolean(COSName.IMAGE_MASK, false)) {
        return false;
      }
      return !isGrey(image.getDictionaryObject(COSName.COLORSPACE), resources, 0);
    }

    private static boolean isGrey(COSBase space, COSDictionary resources, int depth) {
      if (depth > 4) {
        return false;
      }
      if (space instanceof COSName name) {
        if (COSName.DEVICEGRAY.equals(name) || COSName.CALGRAY.equals(name) || COSName.G.equals(name)) {
          return true;
        }
        COSDictionary named = resources == null ? null : resources.getCOSDictionary(COSName.COLORSPACE);
        return named != null && named.containsKey(name) && isGrey(named.getDictionaryObject(name), resources, depth + 1);
      }
      if (space instanceof COSArray array && array.size() > 1 && array.getObject(0) instanceof COSName family) {
        if (COSName.CALGRAY.equals(family)) {
          return true;
        }
        if (COSName.ICCBASED.equals(family)) {
          return array.getObject(1) instanceof COSStream profile && profile.getInt(COSName.N, 0) == 1;
        }
        if (COSName.INDEXED.equals(family) || COSName.I.equals(family)) {
          return isGrey(array.getObject(1), resources, depth + 1);
        }
      }
      return false;
    }

    private void image(COSDictionary image) throws DocumentException {
      long width = Math.max(0, image.getLong(COSName.WIDTH, 0));
      long height = Math.max(0, image.getLong(COSName.HEIGHT, 0));
      if (width * height > maxPixels) {
        throw new DocumentException(ErrorCode.TOO_LARGE, pageName + " draws an image of " + width
            + " x " + height + " = " + width * height + " pixels; the limit is " + maxPixels
            + " (maxPixelsPerPage); downscale the image or raise the limit");
      }
      if (image.getDictionaryObject(COSName.SMASK) instanceof COSDictionary mask && seen.add(mask)) {
        image(mask);
      }
    }
  }
}
