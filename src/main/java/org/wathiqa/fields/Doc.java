package org.wathiqa.fields;

import java.util.ArrayList;
import java.util.List;
import org.wathiqa.PageResult;

/**
 * A document's lines prepared for the extractors, with its header zone: the lines of the first
 * page above the subject line (or, without one, in the top third). Immutable and thread-safe.
 */
final class Doc {
  private static final double HEADER_SHARE = 0.35;
  private static final double SUBJECT_MAX_SHARE = 0.6;
  private static final int HEADER_LINES_WITHOUT_GEOMETRY = 8;

  private final List<DocLine> lines;
  private final int headerEnd;

  Doc(List<PageResult> pages) {
    List<DocLine> all = new ArrayList<>();
    for (PageResult page : pages) {
      for (int i = 0; i < page.lines().size(); i++) {
        all.add(DocLine.of(all.size(), page, i));
      }
    }
    this.lines = List.copyOf(all);
    this.headerEnd = findHeaderEnd();
  }

  /** All lines, page by page, top to bottom. */
  List<DocLine> lines() {
    return lines;
  }

  /** Number of leading lines that form the header zone. */
  int headerEnd() {
    return headerEnd;
  }

  boolean inHeader(DocLine line) {
    return line.position() < headerEnd;
  }

  /** The header zone's lines. */
  List<DocLine> header() {
    return lines.subList(0, headerEnd);
  }

  /** Index of the first subject line on the first page, or -1. */
  int subjectLine() {
    int firstPage = lines.isEmpty() ? 0 : lines.get(0).page();
    for (int i = 0; i < lines.size() && lines.get(i).page() == firstPage; i++) {
      if (SubjectExtractor.cueAt(lines.get(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private int findHeaderEnd() {
    int subject = subjectLine();
    if (subject >= 0 && lines.get(subject).top() < SUBJECT_MAX_SHARE) {
      return subject;
    }
    int firstPage = lines.isEmpty() ? 0 : lines.get(0).page();
    int end = 0;
    while (end < lines.size() && lines.get(end).page() == firstPage && isHeaderByPosition(end)) {
      end++;
    }
    return end;
  }

  private boolean isHeaderByPosition(int i) {
    double top = lines.get(i).top();
    return top >= 0 ? top < HEADER_SHARE : i < HEADER_LINES_WITHOUT_GEOMETRY;
  }
}
