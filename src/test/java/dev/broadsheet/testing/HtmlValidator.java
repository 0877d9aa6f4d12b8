package dev.broadsheet.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.xml.sax.SAXException;

/** The Nu HTML Checker, run in-process. */
public final class HtmlValidator {

    private HtmlValidator() {
    }

    /** The checker's errors for every page, as "page: message" lines; empty when all pages pass. */
    public static List<String> errors(Path site) {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> errors = new ArrayList<>();
        for (Path page : SiteFiles.files(site, ".html")) {
            try {
                String report = validator.validate(page);
                report.lines().filter(line -> line.contains("error") || line.contains("fatal"))
                        .forEach(line -> errors.add(site.relativize(page) + ": " + line));
            } catch (IOException | SAXException e) {
                errors.add(site.relativize(page) + ": " + e);
            }
        }
        return errors;
    }
}
