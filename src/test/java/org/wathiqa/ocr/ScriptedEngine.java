package org.wathiqa.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.wathiqa.Box;

/**
 * An engine for tests that answers each call with the next of the readings it was given, one line
 * each (nothing for an empty text or once they run out), and counts its calls.
 */
public final class ScriptedEngine implements OcrEngine {
  private final Deque<OcrLine> answers = new ArrayDeque<>();
  private int calls;

  /** @param textThenConfidence each reading's text followed by its confidence */
  public ScriptedEngine(Object... textThenConfidence) {
    for (int i = 0; i < textThenConfidence.length; i += 2) {
      answers.add(new OcrLine((String) textThenConfidence[i], (Double) textThenConfidence[i + 1], new Box(0, 0, 1, 1)));
    }
  }

  /** How many times the engine was asked to read. */
  public int calls() {
    return calls;
  }

  @Override
  public List<OcrLine> recognize(BufferedImage page, int dpi) {
    calls++;
    OcrLine next = answers.poll();
    return next == null || next.text().isEmpty() ? List.of() : List.of(next);
  }

  @Override
  public void close() {}
}
