package org.wathiqa;

/**
 * An axis-aligned rectangle in pixels of the page image as read (before deskew), origin top-left.
 *
 * <p>Immutable and thread-safe.
 *
 * @param x left edge, pixels
 * @param y top edge, pixels
 * @param w width, pixels, never negative
 * @param h height, pixels, never negative
 */
public record Box(int x, int y, int w, int h) {

  public Box {
    if (w < 0 || h < 0) {
      throw new IllegalArgumentException("box size must not be negative, got " + w + "x" + h);
    }
  }

  /** The right edge, exclusive. */
  public int right() {
    return x + w;
  }

  /** The bottom edge, exclusive. */
  public int bottom() {
    return y + h;
  }

  /** This box shifted by {@code dx}, {@code dy}. */
  public Box moved(int dx, int dy) {
    return new Box(x + dx, y + dy, w, h);
  }

  /** The smallest box holding both this one and {@code other}. */
  public Box union(Box other) {
    int left = Math.min(x, other.x);
    int top = Math.min(y, other.y);
    return new Box(left, top, Math.max(right(), other.right()) - left,
        Math.max(bottom(), other.bottom()) - top);
  }

  /** Area of the overlap with {@code other}, in square pixels. */
  public long intersectionArea(Box other) {
    long iw = Math.min(right(), other.right()) - (long) Math.max(x, other.x);
    long ih = Math.min(bottom(), other.bottom()) - (long) Math.max(y, other.y);
    return iw > 0 && ih > 0 ? iw * ih : 0;
  }

  /** Whether at least {@code share} of this box's area lies within {@code other}. */
  public boolean mostlyWithin(Box other, double share) {
    return intersectionArea(other) >= share * w * (double) h;
  }

  /** Intersection over union with {@code other}, between 0 and 1. */
  public double iou(Box other) {
    long inter = intersectionArea(other);
    long union = (long) w * h + (long) other.w * other.h - inter;
    return union == 0 ? 0 : (double) inter / union;
  }
}
