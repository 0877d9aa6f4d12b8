package dev.broadsheet.importer;

import java.util.Map;

/**
 * What an export says of the blog itself.
 *
 * @param format which export it is
 * @param blogId the blog's id ({@code tag:blogger.com,1999:blog-123}, without {@code .archive})
 * @param title the blog's name
 * @param blogUrl the blog's address, from the classic export's {@code rel=alternate} (Takeout has none)
 * @param settings the classic export's settings by name ({@code BLOG_TIME_ZONE} → {@code Europe/Rome}); none in Takeout
 */
record FeedInfo(Format format, String blogId, String title, String blogUrl, Map<String, String> settings) {

    enum Format {
        CLASSIC("classic “Back up content” export"), TAKEOUT("Google Takeout export");

        final String description;

        Format(String description) {
            this.description = description;
        }
    }

    FeedInfo {
        settings = Map.copyOf(settings);
    }

    String setting(String name) {
        return settings.getOrDefault(name, "");
    }
}
