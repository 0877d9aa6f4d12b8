package dev.broadsheet.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did (or, for a dry run, would do), counted, with every warning naming the entry
 * it concerns.
 */
public record ImportReport(String export, String format, String blog, String timeZone, boolean dryRun,
                           int posts, int drafts, int scheduled, int pages, int trashed, int comments, int removedComments, int spam,
                           int labels, int imagesCopied, int imagesDownloaded, int imagesKept, int imagesRemote, List<String> remoteHosts,
                           int redirects, int created, int updated, int unchanged, int kept, List<String> warnings, List<String> notes) {

    public ImportReport {
        remoteHosts = List.copyOf(remoteHosts);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }

    /** The report as printed at the end of an import. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add((dryRun ? "Dry run (nothing written): " : "Imported ") + "\u201c" + blog + "\u201d from " + export + " (" + format
                + ", times in " + timeZone + ")");
        lines.add(String.format("  posts      %6d  (%d drafts, %d scheduled)", posts, drafts, scheduled));
        lines.add(String.format("  pages      %6d", pages));
        lines.add(String.format("  comments   %6d  (%d shown as removed)", comments, removedComments));
        lines.add(String.format("  skipped    %6d  trashed, %d spam comments", trashed, spam));
        lines.add(String.format("  labels     %6d", labels));
        lines.add(String.format("  pictures   %6d  copied from the export, %d downloaded, %d already here, %d left remote%s", imagesCopied,
                imagesDownloaded, imagesKept, imagesRemote, remoteHosts.isEmpty() ? "" : " (" + String.join(", ", remoteHosts) + ")"));
        lines.add(String.format("  redirects  %6d  old addresses that lead to the new pages", redirects));
        lines.add(String.format("  files      %6d  %s, %d updated, %d unchanged, %d kept as you edited them", created,
                dryRun ? "to create" : "created", updated, unchanged, kept));
        if (!warnings.isEmpty()) {
            lines.add("warnings (" + warnings.size() + "):");
            warnings.forEach(w -> lines.add("  " + w));
        }
        notes.forEach(lines::add);
        return lines;
    }
}
