package dev.broadsheet.cli;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.SiteConfigLoader;
import dev.broadsheet.config.YamlReader;
import dev.broadsheet.content.ArticleSkeleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code broadsheet new "Titolo"}: starts an article dated today. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Write a new article, dated now, ready to fill in.")
final class NewCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TITLE", description = "The headline, in quotes.")
    private String title;

    @Option(names = "--tags", split = ",", paramLabel = "TAG", description = "Tags, separated by commas: --tags Russia,Cina")
    private List<String> tags = new ArrayList<>();

    @Option(names = "--draft", description = "Start it as a draft.")
    private boolean draft;

    @Option(names = "--source", paramLabel = "DIR", description = "Folder holding content/ (default: the current folder).")
    private Path source = Path.of(".");

    @Override
    public Integer call() throws IOException {
        SiteConfig config = new SiteConfigLoader(new YamlReader()).load(source);
        ArticleSkeleton article = new ArticleSkeleton(title.strip(), tags.stream().map(String::strip).filter(t -> !t.isEmpty()).toList(),
                draft, ZonedDateTime.now(config.timeZone()), config.author());
        if (dev.broadsheet.Slug.of(title).isEmpty()) {
            spec.commandLine().getErr().println("error: the title \"" + title + "\" has no letter or digit to make a file name from");
            return 2;
        }
        Path file = source.resolve(article.path());
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, article.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            spec.commandLine().getErr().println("error: " + article.path() + " already exists — choose another title or edit that file");
            return 1;
        }
        spec.commandLine().getOut().println(article.path());
        return 0;
    }
}
