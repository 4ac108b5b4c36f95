package org.wathiqa.read;

import javax.imageio.stream.ImageInputStreamImpl;

/**
 * An image input stream over a byte array held by the caller, without the copy a
 * {@code MemoryCacheImageInputStream} would keep of everything read.
 */
final class ByteArrayImageInput extends ImageInputStreamImpl {

  private final byte[] bytes;

  ByteArrayImageInput(byte[] bytes) {
    this.bytes = bytes;
  }

  @Override
  public int read() {
    bitOffset = 0;
    return streamPos < bytes.length ? bytes[(int) streamPos++] & 0xff : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    bitOffset = 0;
    if (len == 0) {
      return 0;
    }
    int n = (int) Math.min(len, bytes.length - streamPos);
    if (n <= 0) {
      return -1;
    }
    System.arraycopy(bytes, (int) streamPos, b, off, n);
    streamPos += n;
    return n;
  }

  @Override
  public long length() {
    return bytes.length;
  }
}
