package dev.broadsheet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code broadsheet} command line. Exit codes: 0 success, 1 bad content or templates, 2 bad usage. */
@Command(name = "broadsheet", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A static site generator for news blogs.",
        subcommands = {BuildCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code, without exiting. */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    /** Runs the command line with its output sent to {@code out} and {@code err}. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        return new CommandLine(new Main()).setOut(out).setErr(err).execute(args);
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
