package dev.broadsheet.build;

import dev.broadsheet.content.StaticFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A static file as it stands on disk: one of the same size and time as last build's is taken to be
 * the same file, so what was made from it is kept.
 */
record FileStamp(StaticFile file, long size, long modified) {

    /** Its stamp now; size and time -1 when it cannot be read (gone since it was listed): reading it then reports that. */
    static FileStamp of(StaticFile file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file.file(), BasicFileAttributes.class);
            return new FileStamp(file, attributes.size(), attributes.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return new FileStamp(file, -1, -1);
        }
    }
}
