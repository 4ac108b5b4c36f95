package org.wathiqa.fields;

import java.util.ArrayList;
import java.util.List;
import org.wathiqa.Box;
import org.wathiqa.Line;
import org.wathiqa.PageResult;
import org.wathiqa.TextSource;

/** Hand-built OCR pages for tests. */
final class Pages {
  static final int WIDTH = 2480;
  static final int HEIGHT = 3508;
  private static final int TOP = 150;
  private static final int PITCH = 90;
  private static final int LINE_HEIGHT = 60;
  private static final int MARGIN = 150;
  private static final int CHAR_WIDTH = 38;

  private Pages() {
  }

  /** One line per string, top to bottom, right-aligned. */
  static PageResult stacked(List<String> texts) {
    return page(0, texts);
  }

  static PageResult stacked(String... texts) {
    return page(0, List.of(texts));
  }

  static PageResult page(int index, List<String> texts) {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      lines.add(new Line(texts.get(i), 0.9, rightAligned(texts.get(i), i)));
    }
    return of(index, lines);
  }

  static PageResult of(int index, List<Line> lines) {
    StringBuilder text = new StringBuilder();
    lines.forEach(l -> text.append(text.length() > 0 ? "\n" : "").append(l.text()));
    return new PageResult(index, WIDTH, HEIGHT, 300, 0, TextSource.OCR, text.toString(), 0.9, lines, List.of());
  }

  static Box rightAligned(String text, int row) {
    int w = Math.min(WIDTH - 2 * MARGIN, Math.max(CHAR_WIDTH, text.length() * CHAR_WIDTH));
    return new Box(WIDTH - MARGIN - w, TOP + row * PITCH, w, LINE_HEIGHT);
  }

  static Line line(String text, int x, int y, int w) {
    return new Line(text, 0.9, new Box(x, y, w, LINE_HEIGHT));
  }
}
