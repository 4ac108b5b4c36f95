package org.wathiqa.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.wathiqa.internal.OneLine;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code wathiqa} command line. Exit codes: 0 all inputs read, 1 some inputs failed (their JSON
 * says why), 2 usage error, 3 environment error (native library or model missing).
 */
@Command(name = "wathiqa", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Reads scanned Arabic official documents into wathiqa/1 JSON, offline.",
    subcommands = {ExtractCommand.class})
public final class Main implements Runnable {
  static final int OK = 0;
  static final int SOME_FAILED = 1;
  static final int USAGE = 2;
  static final int ENVIRONMENT = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code, without exiting. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("wathiqa: " + OneLine.of(e.getMessage()));
      return ENVIRONMENT;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'wathiqa extract --help'");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"wathiqa " + (v == null ? "(development build)" : v)};
    }
  }
}
