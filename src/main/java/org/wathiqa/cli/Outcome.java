package org.wathiqa.cli;

import org.wathiqa.DocumentResult;
import org.wathiqa.ErrorCode;
import org.wathiqa.Status;

/**
 * How one input of a batch ended.
 *
 * @param input the input and where its JSON goes
 * @param status the document's status
 * @param pages pages read
 * @param seconds time spent on it in this run (0 when skipped)
 * @param error the error code, or null
 * @param skipped whether its JSON was already there from an earlier run
 */
record Outcome(Inputs.Input input, Status status, int pages, double seconds, ErrorCode error, boolean skipped) {

  static Outcome of(Inputs.Input input, DocumentResult result, double seconds, boolean skipped) {
    return new Outcome(input, result.status(), result.pages().size(), seconds,
        result.error() == null ? null : result.error().code(), skipped);
  }
}
