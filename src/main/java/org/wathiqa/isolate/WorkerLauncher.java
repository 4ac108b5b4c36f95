package org.wathiqa.isolate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.wathiqa.Isolation;

/**
 * How worker JVMs are started: this JVM's {@code java} binary and class path, the heap limit, JVM
 * output kept off stdout, and {@code wathiqa.*}, {@code jna.*} and {@code java.io.tmpdir} system
 * properties passed on. Immutable and thread-safe.
 *
 * @param isolation limits and counts
 * @param classPath the workers' class path
 * @param mainClass the workers' main class
 * @param stderr where the workers' stderr lines go
 */
record WorkerLauncher(Isolation isolation, String classPath, String mainClass, Consumer<String> stderr) {

  /** Workers running {@link WorkerMain} on this JVM's class path, their stderr on this JVM's stderr. */
  static WorkerLauncher of(Isolation isolation) {
    return new WorkerLauncher(isolation, System.getProperty("java.class.path"), WorkerMain.class.getName(),
        System.err::println);
  }

  /** The same launcher with another main class (test workers). */
  WorkerLauncher withMainClass(String name) {
    return new WorkerLauncher(isolation, classPath, name, stderr);
  }

  List<String> command() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + isolation.heapMegabytes() + "m");
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-XX:+DisplayVMOutputToStderr");
    command.add("-XX:-CreateCoredumpOnCrash");
    command.add("-XX:ErrorFile=" + Path.of(System.getProperty("java.io.tmpdir"), "wathiqa-worker-hs_err_%p.log"));
    command.addAll(passedProperties());
    command.addAll(sharedCoreOptions());
    command.addAll(isolation.javaOptions());
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass);
    return command;
  }

  /**
   * When the workers fill the machine's cores, each has one core's share, and the JVM's own
   * background threads only take time from the other workers; so, unless the options choose
   * otherwise:
   *
   * <ul>
   *   <li>the serial collector instead of one with threads of its own (over the fixtures, two workers
   *       on two cores took 3 to 4% less time with it);
   *   <li>the client compiler alone: a worker lives for a few hundred documents, over which the
   *       optimising compiler's work is not won back in faster code (two workers on two cores took
   *       6% less time over 200 documents, 12% less over 48; one worker with a core to spare, where
   *       that work is done beside it, gained nothing).
   * </ul>
   *
   * With cores to spare the JVM's defaults, which use them, are kept.
   */
  private List<String> sharedCoreOptions() {
    if (isolation.workers() < Runtime.getRuntime().availableProcessors()) {
      return List.of();
    }
    List<String> options = new ArrayList<>();
    if (isolation.javaOptions().stream().noneMatch(o -> o.matches("-XX:[+-]Use\\w*GC"))) {
      options.add("-XX:+UseSerialGC");
    }
    if (isolation.javaOptions().stream().noneMatch(WorkerLauncher::choosesCompiler)) {
      options.add("-XX:TieredStopAtLevel=1");
    }
    return options;
  }

  /** Whether the JVM option {@code o} chooses how or whether code is compiled. */
  private static boolean choosesCompiler(String o) {
    return o.startsWith("-XX:TieredStopAtLevel=") || o.matches("-XX:[+-]TieredCompilation") || o.equals("-Xint")
        || o.equals("-Xcomp") || o.equals("-Xmixed");
  }

  private static List<String> passedProperties() {
    List<String> props = new ArrayList<>();
    for (Map.Entry<Object, Object> e : System.getProperties().entrySet()) {
      String key = e.getKey().toString();
      if (key.startsWith("wathiqa.") || key.startsWith("jna.") || key.equals("java.io.tmpdir")) {
        props.add("-D" + key + "=" + e.getValue());
      }
    }
    return props;
  }
}
