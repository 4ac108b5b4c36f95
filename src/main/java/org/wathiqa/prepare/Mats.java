package org.wathiqa.prepare;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.MultiPixelPackedSampleModel;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/** Conversions between AWT images and OpenCV matrices, for the stages of the pipeline. Stateless and thread-safe. */
public final class Mats {
  private Mats() {}

  /** An 8-bit single-channel copy of {@code image}, luminance weighted as ITU-R BT.601. */
  public static Mat grey(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
      return fromBytes(image, CvType.CV_8UC1);
    }
    if (isPackedBilevel(image)) {
      return unpackBilevel(image);
    }
    BufferedImage bgr = image.getType() == BufferedImage.TYPE_3BYTE_BGR ? image : toBgr(image);
    Mat colour = fromBytes(bgr, CvType.CV_8UC3);
    try {
      Mat grey = new Mat();
      Imgproc.cvtColor(colour, grey, Imgproc.COLOR_BGR2GRAY);
      return grey;
    } finally {
      colour.release();
    }
  }

  /** Whether {@code image} can hold colour at all: not grey, bilevel, or a palette of greys. */
  public static boolean hasColour(BufferedImage image) {
    if (image.getColorModel() instanceof IndexColorModel palette) {
      for (int i = 0; i < palette.getMapSize(); i++) {
        int r = palette.getRed(i);
        if (r != palette.getGreen(i) || r != palette.getBlue(i)) {
          return true;
        }
      }
      return false;
    }
    return image.getColorModel().getNumColorComponents() >= 3;
  }

  /** An 8-bit three-channel BGR copy of the colour {@code image}. */
  public static Mat bgr(BufferedImage image) {
    BufferedImage bgr = image.getType() == BufferedImage.TYPE_3BYTE_BGR ? image : toBgr(image);
    return fromBytes(bgr, CvType.CV_8UC3);
  }

  /**
   * Whether {@code image} is bilevel with pure black and pure white for its two colours, as fax and
   * most archive scans are: print already at one end of the grey scale and paper at the other.
   */
  public static boolean isBlackAndWhite(BufferedImage image) {
    if (!isPackedBilevel(image)) {
      return false;
    }
    int zero = luminance(image.getColorModel().getRGB(0));
    int one = luminance(image.getColorModel().getRGB(1));
    return Math.min(zero, one) == 0 && Math.max(zero, one) == 255;
  }

  private static boolean isPackedBilevel(BufferedImage image) {
    return image.getType() == BufferedImage.TYPE_BYTE_BINARY
        && image.getColorModel().getPixelSize() == 1
        && image.getRaster().getSampleModel() instanceof MultiPixelPackedSampleModel;
  }

  /** One bit a pixel to one byte a pixel, 0 or 255 as the image's two colours say. */
  private static Mat unpackBilevel(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    byte zero = (byte) luminance(image.getColorModel().getRGB(0));
    byte one = (byte) luminance(image.getColorModel().getRGB(1));
    MultiPixelPackedSampleModel model = (MultiPixelPackedSampleModel) image.getRaster().getSampleModel();
    byte[] packed = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    int stride = model.getScanlineStride();
    int offset = model.getDataBitOffset();
    int[] origin = {image.getRaster().getSampleModelTranslateX(), image.getRaster().getSampleModelTranslateY()};
    long[] spread = spread(zero, one);
    byte[] out = new byte[w * h];
    for (int y = 0; y < h; y++) {
      int row = (y - origin[1]) * stride;
      int bit = offset - origin[0];
      int base = y * w;
      int x = 0;
      while (x < w && ((bit + x) & 7) != 0) {
        out[base + x] = ((packed[row + ((bit + x) >> 3)] >> (7 - ((bit + x) & 7))) & 1) == 0 ? zero : one;
        x++;
      }
      for (; x + 8 <= w; x += 8) {
        EIGHT_BYTES.set(out, base + x, spread[packed[row + ((bit + x) >> 3)] & 0xff]);
      }
      for (; x < w; x++) {
        out[base + x] = ((packed[row + ((bit + x) >> 3)] >> (7 - ((bit + x) & 7))) & 1) == 0 ? zero : one;
      }
    }
    Mat mat = new Mat(h, w, CvType.CV_8UC1);
    mat.put(0, 0, out);
    return mat;
  }

  /** Eight bytes of a byte array as one long, the first byte lowest: eight pixels in one store. */
  private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** For each packed byte, its eight pixels, first (highest bit) in the lowest byte. */
  private static long[] spread(byte zero, byte one) {
    long[] table = new long[256];
    for (int b = 0; b < 256; b++) {
      long pixels = 0;
      for (int k = 0; k < 8; k++) {
        pixels |= (((b >> (7 - k)) & 1) == 0 ? zero & 0xffL : one & 0xffL) << (8 * k);
      }
      table[b] = pixels;
    }
    return table;
  }

  private static int luminance(int rgb) {
    int r = (rgb >> 16) & 0xff;
    int g = (rgb >> 8) & 0xff;
    int b = rgb & 0xff;
    return (int) Math.round(0.299 * r + 0.587 * g + 0.114 * b);
  }

  /**
   * The rows of the statistics {@code connectedComponentsWithStats} writes, one array of
   * {@code CC_STAT_*} values per component (row 0 is the background), read in one call.
   */
  public static int[][] componentStats(Mat stats) {
    int columns = stats.cols();
    int[] all = new int[stats.rows() * columns];
    if (all.length > 0) {
      stats.get(0, 0, all);
    }
    int[][] rows = new int[stats.rows()][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = Arrays.copyOfRange(all, i * columns, (i + 1) * columns);
    }
    return rows;
  }

  /** An AWT grey image holding a copy of the 8-bit single-channel {@code mat}. */
  public static BufferedImage toImage(Mat mat) {
    BufferedImage image = new BufferedImage(mat.cols(), mat.rows(), BufferedImage.TYPE_BYTE_GRAY);
    byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    mat.get(0, 0, data);
    return image;
  }

  private static Mat fromBytes(BufferedImage image, int type) {
    byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    Mat mat = new Mat(image.getHeight(), image.getWidth(), type);
    int rowBytes = image.getWidth() * (type == CvType.CV_8UC1 ? 1 : 3);
    if (data.length == (long) rowBytes * image.getHeight()) {
      mat.put(0, 0, data);
    } else {
      mat.release();
      return fromBytes(redraw(image, type == CvType.CV_8UC1 ? BufferedImage.TYPE_BYTE_GRAY
          : BufferedImage.TYPE_3BYTE_BGR), type);
    }
    return mat;
  }

  private static BufferedImage toBgr(BufferedImage image) {
    return redraw(image, BufferedImage.TYPE_3BYTE_BGR);
  }

  private static BufferedImage redraw(BufferedImage image, int type) {
    BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
    java.awt.Graphics2D g = copy.createGraphics();
    try {
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return copy;
  }

  /**
   * The sums of the 8-bit one-channel {@code image}'s pixels per row ({@code dim} 1) or per column
   * ({@code dim} 0). Counted here rather than by {@code Core.reduce}, which the packaged OpenCV runs a
   * pixel at a time: eight pixels are added per step, as four 16-bit lanes of even bytes and four of
   * odd ones, and the lanes emptied into the totals before they can overflow.
   */
  static int[] sums(Mat image, int dim) {
    if (image.type() != CvType.CV_8UC1) {
      throw new IllegalArgumentException("sums of an 8-bit one-channel image only, not type " + image.type());
    }
    if (dim != 0 && dim != 1) {
      throw new IllegalArgumentException("dim is 0 (per column) or 1 (per row), not " + dim);
    }
    int width = image.cols();
    int height = image.rows();
    byte[] pixels = new byte[width * height];
    if (pixels.length > 0) {
      image.get(0, 0, pixels);
    }
    return dim == 1 ? rowSums(pixels, width, height) : columnSums(pixels, width, height);
  }

  /** Alternate bytes of a long: the even ones, each in a 16-bit lane. */
  private static final long EVEN_BYTES = 0x00FF00FF00FF00FFL;
  /** Steps after which a 16-bit lane given two bytes a step may be full: 128 * 2 * 255 < 65536. */
  private static final int ROW_STEPS = 128;
  /** Rows after which a 16-bit lane given one byte a row may be full: 256 * 255 < 65536. */
  private static final int COLUMN_STEPS = 256;

  private static int[] rowSums(byte[] pixels, int width, int height) {
    int[] sums = new int[height];
    for (int row = 0; row < height; row++) {
      int start = row * width;
      int end = start + width;
      int at = start;
      long total = 0;
      long lanes = 0;
      int steps = 0;
      for (; at + Long.BYTES <= end; at += Long.BYTES) {
        long eight = (long) EIGHT_BYTES.get(pixels, at);
        lanes += (eight & EVEN_BYTES) + ((eight >>> 8) & EVEN_BYTES);
        if (++steps == ROW_STEPS) {
          total += laneSum(lanes);
          lanes = 0;
          steps = 0;
        }
      }
      total += laneSum(lanes);
      for (; at < end; at++) {
        total += pixels[at] & 0xff;
      }
      sums[row] = (int) total;
    }
    return sums;
  }

  private static long laneSum(long lanes) {
    return (lanes & 0xffff) + ((lanes >>> 16) & 0xffff) + ((lanes >>> 32) & 0xffff) + (lanes >>> 48);
  }

  private static int[] columnSums(byte[] pixels, int width, int height) {
    int[] sums = new int[width];
    int groups = width / Long.BYTES;
    long[] even = new long[groups];
    long[] odd = new long[groups];
    int rows = 0;
    for (int row = 0; row < height; row++) {
      int start = row * width;
      for (int g = 0; g < groups; g++) {
        long eight = (long) EIGHT_BYTES.get(pixels, start + g * Long.BYTES);
        even[g] += eight & EVEN_BYTES;
        odd[g] += (eight >>> 8) & EVEN_BYTES;
      }
      for (int col = groups * Long.BYTES; col < width; col++) {
        sums[col] += pixels[start + col] & 0xff;
      }
      if (++rows == COLUMN_STEPS || row == height - 1) {
        for (int g = 0; g < groups; g++) {
          int col = g * Long.BYTES;
          for (int lane = 0; lane < 4; lane++) {
            sums[col + 2 * lane] += (int) ((even[g] >>> (16 * lane)) & 0xffff);
            sums[col + 2 * lane + 1] += (int) ((odd[g] >>> (16 * lane)) & 0xffff);
          }
        }
        Arrays.fill(even, 0);
        Arrays.fill(odd, 0);
        rows = 0;
      }
    }
    return sums;
  }
}
