package dev.broadsheet.cli;

import dev.broadsheet.build.Build;
import dev.broadsheet.build.BuildOptions;
import dev.broadsheet.site.SiteIndexer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code broadsheet due --since T}: whether the published site changed by itself since {@code T} —
 * an article came due, the banner expired — by the rules {@code build} applies, without building.
 * The Pages workflow asks it every 15 minutes and builds only when the answer is yes.
 */
@Command(name = "due", mixinStandardHelpOptions = true,
        description = "Print due=true when an article came due or the banner expired since --since (an ISO instant such as 2025-09-04T06:00:00Z), "
                + "else due=false; what came due goes to standard error. For a scheduled deploy: build only when something is due.")
final class DueCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteOptions site;

    @Option(names = "--since", required = true, paramLabel = "INSTANT", description = "The moment of the last deploy, as 2025-09-04T06:00:00Z.")
    private String since;

    @Override
    public Integer call() {
        Instant from;
        try {
            from = Instant.parse(since.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--since must be an ISO instant such as 2025-09-04T06:00:00Z, got \""
                    + since + "\"");
        }
        BuildOptions options = site.toBuildOptions(site.source.resolve("target/site"), "");
        List<SiteIndexer.ScheduledChange> changes = new Build().scheduledChanges(options, from);
        PrintWriter err = spec.commandLine().getErr();
        changes.forEach(change -> err.println((change.banner() ? "the banner expired at " : "due at ") + change.at() + ": " + change.source()));
        spec.commandLine().getOut().println("due=" + !changes.isEmpty());
        return 0;
    }
}
