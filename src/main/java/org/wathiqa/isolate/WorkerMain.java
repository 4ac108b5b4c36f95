package org.wathiqa.isolate;

/**
 * The main class of a worker JVM: reads documents with an in-process {@code Wathiqa} on the parent's
 * request (see the package description for the protocol). Not meant to be run by hand.
 */
public final class WorkerMain {
  private WorkerMain() {}

  public static void main(String[] args) {
    WorkerLoop.serve(settings -> WorkerSettings.toBuilder(settings).build());
  }
}
