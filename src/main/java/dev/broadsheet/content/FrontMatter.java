package dev.broadsheet.content;

import dev.broadsheet.BuildException;
import dev.broadsheet.Problem;

/**
 * A source split into its YAML front matter and its Markdown body.
 *
 * @param yaml the text between the {@code ---} lines
 * @param body the Markdown after the closing line
 * @param bodyFirstLine the 1-based line of the file on which the body starts
 */
public record FrontMatter(String yaml, String body, int bodyFirstLine) {

    /** The YAML starts on line 2, right after the opening {@code ---}. */
    public static final int YAML_FIRST_LINE = 2;

    /**
     * Splits {@code source}.
     *
     * @throws BuildException when the file does not start with {@code ---} or never closes it
     */
    public static FrontMatter split(Source source) {
        String text = source.text();
        if (!text.startsWith("---\n") && !text.equals("---")) {
            throw new BuildException(new Problem(source.path(), 1,
                    "no front matter — start the file with a line '---', then 'title: …', then a line '---'"));
        }
        int start = text.indexOf('\n') + 1;
        int lineNumber = YAML_FIRST_LINE;
        for (int at = start; at < text.length() || at == start; lineNumber++) {
            int end = text.indexOf('\n', at);
            String line = (end < 0 ? text.substring(at) : text.substring(at, end)).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                String body = end < 0 ? "" : text.substring(end + 1);
                return new FrontMatter(text.substring(start, at), body, lineNumber + 1);
            }
            if (end < 0) {
                break;
            }
            at = end + 1;
        }
        throw new BuildException(new Problem(source.path(), 1,
                "the front matter opened with '---' on line 1 is never closed — add a line '---' after the last setting"));
    }
}
