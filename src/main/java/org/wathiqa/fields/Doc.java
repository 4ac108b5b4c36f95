package org.wathiqa.fields;

import java.util.ArrayList;
import java.util.List;
import org.wathiqa.PageResult;

/**
 * A document's lines prepared for the extractors, with its header zone: the lines of the first
 * page above the subject line (or, without one, in the top third), by position on the page so
 * that a left-hand number block listed after the body still counts. Immutable and thread-safe.
 */
final class Doc {
  private static final double HEADER_SHARE = 0.35;
  private static final double SUBJECT_MAX_SHARE = 0.6;
  private static final int HEADER_LINES_WITHOUT_GEOMETRY = 8;

  private final List<DocLine> lines;
  private final List<DocLine> header;

  Doc(List<PageResult> pages) {
    List<DocLine> all = new ArrayList<>();
    for (PageResult page : pages) {
      for (int i = 0; i < page.lines().size(); i++) {
        all.add(DocLine.of(all.size(), page, i));
      }
    }
    this.lines = List.copyOf(all);
    this.header = List.copyOf(findHeader());
  }

  /** All lines, page by page, in the order read. */
  List<DocLine> lines() {
    return lines;
  }

  boolean inHeader(DocLine line) {
    return header.contains(line);
  }

  /** The header zone's lines, in the order read. */
  List<DocLine> header() {
    return header;
  }

  /** The first subject line on the first page within its upper part, or null. */
  DocLine subjectLine() {
    for (DocLine line : firstPage()) {
      if (SubjectExtractor.cueAt(line) >= 0 && line.top() < SUBJECT_MAX_SHARE) {
        return line;
      }
    }
    return null;
  }

  private List<DocLine> firstPage() {
    List<DocLine> out = new ArrayList<>();
    for (DocLine line : lines) {
      if (line.page() != lines.get(0).page()) {
        break;
      }
      out.add(line);
    }
    return out;
  }

  private List<DocLine> findHeader() {
    DocLine subject = lines.isEmpty() ? null : subjectLine();
    List<DocLine> out = new ArrayList<>();
    List<DocLine> page = lines.isEmpty() ? List.of() : firstPage();
    for (int i = 0; i < page.size(); i++) {
      DocLine line = page.get(i);
      if (line != subject && isAbove(line, subject, i)) {
        out.add(line);
      }
    }
    return out;
  }

  private static boolean isAbove(DocLine line, DocLine subject, int i) {
    if (line.pageHeight() <= 0) {
      return subject != null ? line.position() < subject.position() : i < HEADER_LINES_WITHOUT_GEOMETRY;
    }
    if (subject == null) {
      return line.top() < HEADER_SHARE;
    }
    int middle = line.box().y() + line.box().h() / 2;
    return middle < subject.box().bottom();
  }
}
