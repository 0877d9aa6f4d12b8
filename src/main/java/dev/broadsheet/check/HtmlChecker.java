package dev.broadsheet.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.xml.sax.SAXException;

/** The Nu HTML Checker, in-process: what it says is wrong with a page. */
public final class HtmlChecker {

    /**
     * The checker's errors and warnings for one page, each as {@code line.column: error: message}
     * or {@code line.column: warning: message}; empty when it passes. Informational messages are
     * left out.
     */
    public List<String> errors(byte[] html) {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        try {
            String report = validator.validate(new ByteArrayInputStream(html));
            return report.lines()
                    .filter(line -> line.contains(": error:") || line.contains(": fatal:") || line.contains(": info warning:"))
                    .map(HtmlChecker::withoutFileName)
                    .toList();
        } catch (IOException | SAXException e) {
            return List.of("1.1: the checker could not read the page: " + e.getMessage());
        }
    }

    /** GNU format starts with the input's name, which is empty for a stream: {@code ":12.3-12.9: error: …"}. */
    private static String withoutFileName(String line) {
        String rest = line.startsWith("\"") ? line.substring(line.indexOf('"', 1) + 1) : line;
        return rest.startsWith(":") ? rest.substring(1) : rest;
    }
}
