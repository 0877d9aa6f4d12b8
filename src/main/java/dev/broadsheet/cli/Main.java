package dev.broadsheet.cli;

import dev.broadsheet.BuildException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code broadsheet} command line. Exit codes: 0 success, 1 bad content or templates, 2 bad usage. */
@Command(name = "broadsheet", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A static site generator for news blogs.",
        subcommands = {BuildCommand.class, ServeCommand.class, NewCommand.class, CheckCommand.class, ImportCommand.class, DueCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Show the Java stack trace of unexpected errors.")
    private boolean verbose;

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (OutOfMemoryError e) {
            System.err.println("error: out of memory — give Java more with -Xmx (java -Xmx4g -jar broadsheet.jar …)");
            System.exit(1);
        } catch (StackOverflowError e) {
            System.err.println("internal error: " + e + (List.of(args).contains("--verbose") ? "" : " (run with --verbose for details)"));
            if (List.of(args).contains("--verbose")) {
                e.printStackTrace();
            }
            System.exit(1);
        }
    }

    /** Runs the command line and returns its exit code, without exiting. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Runs the command line with its output sent to {@code out} and {@code err}. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        return commandLine().setOut(out).setErr(err).execute(args);
    }

    private static CommandLine commandLine() {
        Main main = new Main();
        return new CommandLine(main).setExecutionExceptionHandler(main::handle);
    }

    /** User mistakes print their problems and exit 1; anything else is an internal error, traced with --verbose. */
    private int handle(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        java.io.PrintWriter err = command.getErr();
        if (e instanceof BuildException build) {
            build.problems().forEach(problem -> err.println("error: " + problem));
            err.printf("Build failed with %d problem%s; the previous site was left as it was.%n", build.problems().size(),
                    build.problems().size() == 1 ? "" : "s");
            return 1;
        }
        if (e instanceof java.io.UncheckedIOException || e instanceof java.io.IOException) {
            err.println("error: " + e.getMessage());
        } else {
            err.println("internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        return 1;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, such as 'build'");
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"Broadsheet " + (version == null ? "(development build)" : version)};
        }
    }
}
