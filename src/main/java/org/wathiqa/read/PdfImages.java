package org.wathiqa.read;

import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.wathiqa.DocumentException;
import org.wathiqa.ErrorCode;

/**
 * Checks the images a PDF page draws before the page is rendered. An image XObject is decoded
 * whole, at the size its dictionary states, whatever the size of the page: a 2 KB stream can
 * state 30 000 x 30 000 pixels. Reads dictionaries only, never image data; follows form XObjects
 * (each once) and soft masks.
 *
 * <p>Stateless and thread-safe.
 */
final class PdfImages {

  /** Form XObjects nested deeper than this are refused rather than followed. */
  static final int MAX_FORM_DEPTH = 32;

  private PdfImages() {}

  /**
   * @throws DocumentException {@code TOO_LARGE} for an image over {@code maxPixels},
   *     {@code CORRUPT} for forms nested over {@value #MAX_FORM_DEPTH} deep
   */
  static void check(PDPage page, long maxPixels, String pageName) throws DocumentException {
    PDResources resources = page.getResources();
    new Walk(maxPixels, pageName).resources(resources == null ? null : resources.getCOSObject(), 0);
  }

  /** One page's walk over its resources; remembers the forms it has seen. */
  private static final class Walk {
    private final long maxPixels;
    private final String pageName;
    private final Set<COSBase> seen = new HashSet<>();

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
          xobject(x, depth);
        }
      }
    }

    private void xobject(COSDictionary x, int depth) throws DocumentException {
      if (COSName.IMAGE.equals(x.getCOSName(COSName.SUBTYPE))) {
        image(x);
      } else if (COSName.FORM.equals(x.getCOSName(COSName.SUBTYPE))) {
        if (depth >= MAX_FORM_DEPTH) {
          throw new DocumentException(ErrorCode.CORRUPT, pageName + " nests its forms more than "
              + MAX_FORM_DEPTH + " deep");
        }
        resources(x.getCOSDictionary(COSName.RESOURCES), depth + 1);
      }
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
