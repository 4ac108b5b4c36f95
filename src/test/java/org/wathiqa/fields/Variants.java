package org.wathiqa.fields;

import java.util.function.UnaryOperator;

/** Ways the same text is printed or read: digit systems, tatweel, harakat. */
enum Variants {
  ASCII(s -> s),
  ARABIC_INDIC(s -> digits(s, '٠')),
  PERSIAN(s -> digits(s, '۰')),
  TATWEEL(s -> s.replace("ت", "تـ").replace("ر", "ر").replace("س", "ســ").replace("ي", "يـ")),
  HARAKAT(s -> s.replace("ا", "اَ").replace("م", "مُ").replace("ل", "لْ"));

  private final UnaryOperator<String> f;

  Variants(UnaryOperator<String> f) {
    this.f = f;
  }

  String apply(String s) {
    return f.apply(s);
  }

  private static String digits(String s, char zero) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(c >= '0' && c <= '9' ? (char) (zero + (c - '0')) : c);
    }
    return out.toString();
  }
}
