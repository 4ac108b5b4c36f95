package org.wathiqa.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Degrades clean printed lines the way Tesseract does on RTL letters. */
final class OcrNoise {
  private static final Pattern DIGIT_SPAN = Pattern.compile("[0-9٠-٩۰-۹]+(?:[/.\\-][0-9٠-٩۰-۹]+)+");

  private OcrNoise() {
  }

  /** Merges the first letterhead line with the reference line, reverses the date's digits, drops the subject's colon. */
  static List<String> degrade(List<String> lines) {
    List<String> out = new ArrayList<>(lines);
    int ref = indexStarting(out, "الرقم");
    if (ref > 0) {
      out.set(0, out.get(0) + " " + out.remove(ref));
    }
    int date = indexStarting(out, "التاريخ");
    if (date >= 0) {
      out.set(date, reverseDigitSpans(out.get(date)));
    }
    int subject = indexStarting(out, "الموضوع");
    if (subject >= 0) {
      out.set(subject, out.get(subject).replaceFirst(":", ""));
    }
    return out;
  }

  /** Puts the reference line before the second letterhead line, on one line. */
  static List<String> mergeReferenceFirst(List<String> lines) {
    List<String> out = new ArrayList<>(lines);
    int ref = indexStarting(out, "الرقم");
    if (ref > 1) {
      out.set(1, out.remove(ref) + " " + out.get(1));
    }
    return out;
  }

  /**
   * Letter-level confusions: ي for final ى, ه for ة, the article's alef dropped from the reference
   * cue, a stray speck letter after the letterhead's second line, digit runs split by a space,
   * and the date moved before its cue.
   */
  static List<String> confuse(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      out.add(l.replace("ى ", "ي ").replace("ة ", "ه ").replaceFirst("^الرقم", "لرقم"));
    }
    if (out.size() > 1) {
      out.set(1, out.get(1) + " ض");
    }
    int date = indexStarting(out, "التاريخ: ");
    if (date >= 0) {
      out.set(date, splitFirstDigitRun(out.get(date).substring("التاريخ: ".length())) + " :التاريخ");
    }
    return out;
  }

  private static String splitFirstDigitRun(String s) {
    Matcher m = Pattern.compile("[0-9٠-٩۰-۹]{4}").matcher(s);
    return m.find() ? s.substring(0, m.start() + 2) + " " + s.substring(m.start() + 2) : s;
  }

  static String reverseDigitSpans(String line) {
    Matcher m = DIGIT_SPAN.matcher(line);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(new StringBuilder(m.group()).reverse().toString()));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static int indexStarting(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }
}
