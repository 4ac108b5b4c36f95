package org.wathiqa.read;

/**
 * The file formats Wathiqa reads, recognised by their bytes, never by the file name: PNG, JPEG,
 * TIFF (either byte order; every page, including CCITT G4 bilevel) and PDF (whose {@code %PDF}
 * header may follow up to 1024 bytes of leading junk).
 *
 * <p>Immutable and thread-safe.
 */
public enum Format {
  PNG, JPEG, TIFF, PDF
}
