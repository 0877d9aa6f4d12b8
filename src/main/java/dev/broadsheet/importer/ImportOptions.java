package dev.broadsheet.importer;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

/**
 * How to import.
 *
 * @param source the site folder, whose {@code content/} receives the import
 * @param export the export: a file, the Takeout zip or its folder
 * @param blog which blog of a Takeout holding several (its folder name)
 * @param blogUrl the old blog's address, which Takeout does not record (for links between posts)
 * @param dryRun report what would be done, writing nothing
 * @param download download pictures the export does not hold
 * @param timeZone the blog's time zone, which Takeout does not record
 * @param language the blog's language ({@code it}), for a {@code site.yaml} written from a Takeout export, which does not record it
 * @param force overwrite files edited since the last import, and import another blog's export here
 * @param clock "now", which decides which posts are scheduled
 * @param fetchAddress where a picture's address is fetched from: itself, but for tests serving Blogger's addresses on 127.0.0.1
 */
public record ImportOptions(Path source, Path export, Optional<String> blog, Optional<String> blogUrl, boolean dryRun,
                            boolean download, Optional<ZoneId> timeZone, Optional<String> language, boolean force, Clock clock, Function<URI, URI> fetchAddress) {

    public static ImportOptions of(Path source, Path export, Clock clock) {
        return new ImportOptions(source, export, Optional.empty(), Optional.empty(), false, true, Optional.empty(), Optional.empty(), false, clock,
                Function.identity());
    }

    public ImportOptions withBlog(String name) {
        return new ImportOptions(source, export, Optional.of(name), blogUrl, dryRun, download, timeZone, language, force, clock, fetchAddress);
    }

    public ImportOptions withBlogUrl(String url) {
        return new ImportOptions(source, export, blog, Optional.of(url), dryRun, download, timeZone, language, force, clock, fetchAddress);
    }

    public ImportOptions withDryRun(boolean value) {
        return new ImportOptions(source, export, blog, blogUrl, value, download, timeZone, language, force, clock, fetchAddress);
    }

    public ImportOptions withDownload(boolean value) {
        return new ImportOptions(source, export, blog, blogUrl, dryRun, value, timeZone, language, force, clock, fetchAddress);
    }

    public ImportOptions withTimeZone(ZoneId zone) {
        return new ImportOptions(source, export, blog, blogUrl, dryRun, download, Optional.of(zone), language, force, clock, fetchAddress);
    }

    public ImportOptions withLanguage(String tag) {
        return new ImportOptions(source, export, blog, blogUrl, dryRun, download, timeZone, Optional.of(tag), force, clock, fetchAddress);
    }

    public ImportOptions withForce(boolean value) {
        return new ImportOptions(source, export, blog, blogUrl, dryRun, download, timeZone, language, value, clock, fetchAddress);
    }

    public ImportOptions withFetchAddress(Function<URI, URI> address) {
        return new ImportOptions(source, export, blog, blogUrl, dryRun, download, timeZone, language, force, clock, address);
    }
}
