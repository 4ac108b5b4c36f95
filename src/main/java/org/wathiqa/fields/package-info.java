/**
 * Field extraction from OCR'd pages of Arabic official letters: issuing authority with its
 * letterhead hierarchy, reference number, dates (Gregorian and Hijri), people named, signatory and
 * subject. Entry point: {@link org.wathiqa.fields.FieldExtractor}; one package-private extractor
 * per field behind it, word lists as UTF-8 resources next to the classes.
 */
package org.wathiqa.fields;
