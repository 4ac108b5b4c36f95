/**
 * Arabic text normalisation for OCR output: a light form for values (ASCII digits, no tatweel,
 * harakat or bidi marks, presentation forms folded) and a matching form that also unifies alef
 * forms, ى/ي and ة/ه, with offsets back to the raw text. Entry point: {@link
 * org.wathiqa.text.ArabicText}.
 */
package org.wathiqa.text;
