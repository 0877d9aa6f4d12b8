package dev.broadsheet.cli;

import dev.broadsheet.BuildException;
import dev.broadsheet.importer.BloggerImport;
import dev.broadsheet.importer.ImportOptions;
import dev.broadsheet.importer.ImportProgress;
import dev.broadsheet.importer.ImportReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code broadsheet import blogger EXPORT}: brings a blog from another platform into {@code content/}. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Bring a blog from another platform into content/.",
        subcommands = {ImportCommand.Blogger.class})
final class ImportCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say which platform: import blogger EXPORT");
    }

    @Command(name = "blogger", mixinStandardHelpOptions = true,
            description = {"Import a Blogger blog: posts, pages, drafts, labels, comments, pictures and every old address.",
                    "EXPORT is the classic backup (blog-MM-DD-YYYY.xml), Takeout's feed.atom, the Takeout .zip or its unpacked folder."})
    static final class Blogger implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "EXPORT", description = "The export file, Takeout zip or folder.")
        private Path export;

        @Option(names = "--source", paramLabel = "DIR", description = "The site folder; the import writes into DIR/content (default: the current folder).")
        private Path source = Path.of(".");

        @Option(names = "--blog", paramLabel = "NAME", description = "Which blog of a Takeout export that holds several (its folder name).")
        private String blog;

        @Option(names = "--blog-url", paramLabel = "URL", description = "The old blog's address, such as https://myblog.blogspot.com/ (Takeout does not record it).")
        private String blogUrl;

        @Option(names = "--time-zone", paramLabel = "ZONE", description = "The blog's time zone, such as Europe/Rome (Takeout does not record it).")
        private String timeZone;

        @Option(names = "--language", paramLabel = "TAG", description = "The blog's language, such as it, for the content/site.yaml an import writes (Takeout does not record it).")
        private String language;

        @Option(names = "--dry-run", description = "Print what would be imported; write nothing.")
        private boolean dryRun;

        @Option(names = "--no-download", description = "Do not download pictures the export does not hold; they stay on Google's servers.")
        private boolean noDownload;

        @Option(names = "--force", description = "Overwrite files edited since the last import, and import into a folder that holds another blog's import.")
        private boolean force;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            ImportOptions options = ImportOptions.of(source, export, Clock.systemUTC()).withDryRun(dryRun).withDownload(!noDownload)
                    .withForce(force);
            if (blog != null) {
                options = options.withBlog(blog);
            }
            if (blogUrl != null) {
                options = options.withBlogUrl(blogUrl.strip());
            }
            if (language != null) {
                options = options.withLanguage(language.strip());
            }
            if (timeZone != null) {
                try {
                    options = options.withTimeZone(ZoneId.of(timeZone.strip()));
                } catch (DateTimeException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--time-zone: \"" + timeZone + "\" is not a time zone; use a name such as Europe/Rome");
                }
            }
            ImportReport report;
            try {
                report = new BloggerImport().run(options, ImportProgress.forTerminal(err));
            } catch (BuildException e) {
                e.problems().forEach(problem -> err.println("error: " + problem));
                err.println("Import stopped; nothing was written.");
                return 1;
            }
            report.lines().forEach(out::println);
            return 0;
        }
    }
}
