package org.wathiqa.fields;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.wathiqa.Fields;

/** A plain letter to vary one part of in tests, and the extractor with a fixed today. */
final class Letters {
  static final Clock TODAY = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  static final FieldExtractor EXTRACTOR = new FieldExtractor(TODAY);

  private Letters() {
  }

  static Fields extract(String... lines) {
    return EXTRACTOR.extract(List.of(Pages.stacked(lines)));
  }

  static Fields extract(List<String> lines) {
    return EXTRACTOR.extract(List.of(Pages.stacked(lines)));
  }

  /** A letter whose header has {@code refLine} and {@code dateLine} (either may be null). */
  static List<String> letter(String refLine, String dateLine) {
    List<String> lines = new ArrayList<>(Arrays.asList("الجمهورية العربية السورية", "وزارة الصحة", "مديرية صحة حمص"));
    if (refLine != null) {
      lines.add(refLine);
    }
    if (dateLine != null) {
      lines.add(dateLine);
    }
    lines.addAll(List.of("الموضوع: تسليم جثة",
        "نعلمكم بأنه تم تسليم جثة المتوفى غسان أيمن الزعبي",
        "وذلك بعد استكمال الإجراءات الأصولية.",
        "مدير الصحة",
        "العميد باسل عماد طرابلسي"));
    return lines;
  }
}
