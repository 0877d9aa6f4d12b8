package dev.broadsheet.testing;

import dev.broadsheet.check.HtmlChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Nu HTML Checker over every page of a built site. */
public final class HtmlValidator {

    private HtmlValidator() {
    }

    /** The checker's errors for every page, as "page: message" lines; empty when all pages pass. */
    public static List<String> errors(Path site) {
        HtmlChecker checker = new HtmlChecker();
        List<String> errors = new ArrayList<>();
        for (Path page : SiteFiles.files(site, ".html")) {
            try {
                checker.errors(Files.readAllBytes(page)).forEach(error -> errors.add(site.relativize(page) + ": " + error));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return errors;
    }
}
