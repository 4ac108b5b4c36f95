package org.wathiqa.isolate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wathiqa.Isolation;

class WorkerLauncherTest {
  private static final int CORES = Runtime.getRuntime().availableProcessors();

  @Test
  void command_workersFillTheCores_serialCollectorBeforeTheUsersOptions() {
    List<String> command = WorkerLauncher.of(Isolation.defaults().withJavaOptions(List.of("-Dwathiqa.x=1"))).command();
    int serial = command.indexOf("-XX:+UseSerialGC");
    assertEquals(1, command.stream().filter("-XX:+UseSerialGC"::equals).count(), command.toString());
    assertTrue(serial < command.indexOf("-Dwathiqa.x=1"), command.toString());
  }

  @Test
  void command_collectorChosenInTheOptions_leftToThem() {
    for (String chosen : List.of("-XX:+UseParallelGC", "-XX:+UseG1GC", "-XX:-UseSerialGC")) {
      List<String> command = WorkerLauncher.of(Isolation.defaults().withJavaOptions(List.of(chosen))).command();
      assertFalse(command.contains("-XX:+UseSerialGC"), command.toString());
      assertEquals(1, command.stream().filter(chosen::equals).count(), command.toString());
    }
  }

  @Test
  void command_workersFillTheCores_clientCompilerBeforeTheUsersOptions() {
    List<String> command = WorkerLauncher.of(Isolation.defaults().withJavaOptions(List.of("-Dwathiqa.x=1"))).command();
    assertEquals(1, command.stream().filter("-XX:TieredStopAtLevel=1"::equals).count(), command.toString());
    assertTrue(command.indexOf("-XX:TieredStopAtLevel=1") < command.indexOf("-Dwathiqa.x=1"), command.toString());
  }

  @Test
  void command_compilerChosenInTheOptions_leftToThem() {
    for (String chosen : List.of("-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-Xint")) {
      List<String> command = WorkerLauncher.of(Isolation.defaults().withJavaOptions(List.of(chosen))).command();
      assertFalse(command.contains("-XX:TieredStopAtLevel=1"), command.toString());
      assertTrue(command.contains("-XX:+UseSerialGC"), command.toString());
      assertEquals(1, command.stream().filter(chosen::equals).count(), command.toString());
    }
  }

  @Test
  void command_coresToSpare_defaultCollectorAndCompilers() {
    assumeTrue(CORES > 1, "one core: any worker fills it");
    List<String> command = WorkerLauncher.of(Isolation.defaults().withWorkers(CORES - 1)).command();
    assertFalse(command.stream().anyMatch(o -> o.matches("-XX:[+-]Use\\w*GC")), command.toString());
    assertFalse(command.stream().anyMatch(o -> o.startsWith("-XX:TieredStopAtLevel")), command.toString());
  }
}
