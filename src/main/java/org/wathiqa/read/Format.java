package org.wathiqa.read;

/** The file formats Wathiqa reads, recognised by their bytes, never by the file name. */
public enum Format {
  PNG, JPEG, TIFF, PDF
}
