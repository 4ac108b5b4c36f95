package org.wathiqa.isolate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.stream.Collectors;

/**
 * A parent process for {@link ParentDeathTest}: starts two chaos workers, prints their process ids on
 * one line, keeps one of them busy on a document that never ends, and waits to be killed.
 */
final class PoolHost {
  private PoolHost() {}

  public static void main(String[] args) throws Exception {
    WorkerPool pool = WorkerPoolChaosTest.chaosPool(
        WorkerPoolChaosTest.chaosLimits(2, 10, Path.of(System.getProperty("java.io.tmpdir")))
            .withTimeouts(Duration.ofHours(1), Duration.ofSeconds(30)), new ArrayList<>());
    System.out.println(pool.workerPids().stream().map(String::valueOf).collect(Collectors.joining(" ")));
    System.out.flush();
    Thread busy = new Thread(() -> pool.extract(Path.of("hang-forever.png")));
    busy.start();
    busy.join();
  }
}
