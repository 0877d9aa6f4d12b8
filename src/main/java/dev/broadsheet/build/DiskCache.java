package dev.broadsheet.build;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.ArticleCodec;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * What one {@code build} leaves for the next, in one file of the cache folder: each article as
 * parsed, under the digest of what it was parsed from, and each output under the digest of its
 * job ({@link dev.broadsheet.render.JobDigest}), with the size it was written with. The whole file
 * is made for one version of Broadsheet and one set of settings (its key): made for another, or
 * damaged (its checksum), it is not read at all, and the build is a cold one.
 *
 * <p>The last file is mapped, not read into the heap; the next one is written as the build goes,
 * beside it, and renamed to the next generation's name only after the site was swapped in. The
 * newest whole generation is the cache; never renaming over the mapped file is what lets this work
 * on Windows, which refuses to replace a file some process has mapped — so a build killed at any
 * point leaves the last cache whole, and the folder may be deleted at any time.
 */
final class DiskCache implements AutoCloseable {

    private static final String PREFIX = "build-cache-";
    private static final String SUFFIX = ".bin";
    private static final java.util.regex.Pattern GENERATION = java.util.regex.Pattern.compile("build-cache-(\\d{1,18})\\.bin");
    private static final int FORMAT = 2;
    private static final byte ARTICLE = 1;
    private static final byte OUTPUT = 2;
    private static final byte SITE = 3;
    private static final byte SEARCH = 4;
    private static final byte END = 0;

    /** An output as the last build made it: from a job of this digest, this many bytes. */
    record Made(String jobDigest, long size) {
    }

    /** An article's bytes in the last file. */
    private record Kept(String digest, int offset, int length) {
    }

    private final Path folder;
    /** Which folder the outputs were written in: its file key (device and inode), to vouch only for those files. */
    private final String site;
    private final ByteBuffer last;
    private final Map<String, Kept> articles;
    private final Map<String, Made> outputs;
    private final Map<String, Made> outputsNow = new ConcurrentHashMap<>();
    /** Search-index entries, under the digest of the article they were made from. */
    private final Map<String, Kept> searchEntries;
    private final Map<String, Map.Entry<String, byte[]>> searchEntriesNow = new ConcurrentHashMap<>();
    private final Path next;
    /** The generation of the file this cache was read from; 0 when there was none. */
    private final long generation;
    private final CRC32C crc = new CRC32C();
    private final DataOutputStream out;

    private DiskCache(Path folder, String key, long generation, String site, ByteBuffer last, Map<String, Kept> articles,
                      Map<String, Made> outputs, Map<String, Kept> searchEntries) throws IOException {
        this.folder = folder;
        this.generation = generation;
        this.site = site;
        this.last = last;
        this.articles = articles;
        this.outputs = outputs;
        this.searchEntries = searchEntries;
        Files.createDirectories(folder);
        try (var files = Files.list(folder)) { // what builds killed while writing left, and older generations
            for (Path stale : files.filter(f -> isStale(f.getFileName().toString())).toList()) {
                Files.deleteIfExists(stale);
            }
        }
        this.next = Files.createTempFile(folder, PREFIX, ".new");
        this.out = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(Files.newOutputStream(next), crc), 1 << 16));
        out.writeInt(FORMAT);
        CacheIo.string(out, key);
    }

    /**
     * The cache in {@code folder} made with {@code key} — or, when there is none, it is another's or
     * it is damaged, an empty one — ready to take what this build makes.
     */
    static DiskCache open(Path folder, String key) {
        try {
            return read(folder, key).orElseGet(() -> empty(folder, key));
        } catch (RuntimeException e) {
            return empty(folder, key);
        }
    }

    /** The file of the newest generation in {@code folder}, if there is one. */
    static Optional<Path> currentFile(Path folder) {
        return Optional.of(newestGeneration(folder)).filter(g -> g > 0).map(g -> folder.resolve(PREFIX + g + SUFFIX));
    }

    private static long newestGeneration(Path folder) {
        try (var files = Files.list(folder)) {
            return files.map(f -> GENERATION.matcher(f.getFileName().toString())).filter(java.util.regex.Matcher::matches)
                    .mapToLong(m -> Long.parseLong(m.group(1))).max().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Whether a file of the cache folder is left over: a half-written file, or a generation older than {@code generation}. */
    private boolean isStale(String name) {
        if (name.startsWith(PREFIX) && name.endsWith(".new")) {
            return true;
        }
        java.util.regex.Matcher matcher = GENERATION.matcher(name);
        return matcher.matches() && Long.parseLong(matcher.group(1)) < generation;
    }

    private static Optional<DiskCache> read(Path folder, String key) {
        long generation = newestGeneration(folder);
        if (generation == 0) {
            return Optional.empty();
        }
        Path file = folder.resolve(PREFIX + generation + SUFFIX);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < Long.BYTES || size > Integer.MAX_VALUE) {
                return Optional.empty();
            }
            ByteBuffer bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
            CRC32C crc = new CRC32C();
            crc.update(bytes.slice(0, (int) size - Long.BYTES));
            if (crc.getValue() != bytes.getLong((int) size - Long.BYTES)) {
                return Optional.empty();
            }
            ByteBuffer in = bytes.slice(0, (int) size - Long.BYTES);
            if (in.getInt() != FORMAT || !CacheIo.string(in).equals(key)) {
                return Optional.empty();
            }
            String site = "";
            Map<String, Kept> articles = new HashMap<>();
            Map<String, Made> outputs = new HashMap<>();
            Map<String, Kept> searchEntries = new HashMap<>();
            for (byte kind = in.get(); kind != END; kind = in.get()) {
                String name = CacheIo.string(in);
                if (kind == SITE) {
                    site = name;
                } else if (kind == ARTICLE || kind == SEARCH) {
                    String digest = CacheIo.string(in);
                    int length = in.getInt();
                    (kind == ARTICLE ? articles : searchEntries).put(name, new Kept(digest, in.position(), length));
                    in.position(in.position() + length);
                } else {
                    outputs.put(name, new Made(CacheIo.string(in), in.getLong()));
                }
            }
            return Optional.of(new DiskCache(folder, key, generation, site, in, articles, outputs, searchEntries));
        } catch (IOException e) {
            return Optional.empty(); // none yet, or unreadable: a cold build, which writes a new one
        }
    }

    private static DiskCache empty(Path folder, String key) {
        try {
            return new DiskCache(folder, key, newestGeneration(folder), "", ByteBuffer.allocate(0), Map.of(), Map.of(), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build cache in " + folder + ": " + e.getMessage()
                    + " — build with --no-cache, or --cache DIR with a folder you can write", e);
        }
    }

    /** Whether the outputs this cache describes are those in {@code output}: the very folder they were written in. */
    boolean describes(Path output) {
        return !site.isEmpty() && site.equals(folderKey(output));
    }

    /** What tells a folder from any other, even one made at the same path later. */
    static String folderKey(Path folder) {
        try {
            var attributes = Files.readAttributes(folder, java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            Object key = attributes.fileKey();
            return (key != null ? key.toString() : "") + " " + attributes.creationTime().toMillis();
        } catch (IOException e) {
            return "";
        }
    }

    /** The article parsed from {@code source} when it was parsed from inputs with {@code digest}; kept for the next build too. */
    Optional<Article> findArticle(String source, String digest) {
        Kept kept = articles.get(source);
        if (kept == null || !kept.digest().equals(digest)) {
            return Optional.empty();
        }
        ByteBuffer bytes = last.slice(kept.offset(), kept.length());
        try {
            Article article = ArticleCodec.read(new DataInputStream(new CacheIo.BufferInput(bytes.duplicate())));
            byte[] copy = new byte[kept.length()];
            bytes.get(copy);
            append(source, digest, copy);
            return Optional.of(article);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps {@code article}, parsed from inputs with {@code digest}, for the next build. */
    void keep(String source, String digest, Article article) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(article.bodyHtml().length() * 2 + 1024);
            ArticleCodec.write(new DataOutputStream(bytes), article);
            append(source, digest, bytes.toByteArray());
        } catch (IOException e) {
            // an article that cannot be kept is parsed again next time
        }
    }

    private synchronized void append(String source, String digest, byte[] article) throws IOException {
        out.writeByte(ARTICLE);
        CacheIo.string(out, source);
        CacheIo.string(out, digest);
        out.writeInt(article.length);
        out.write(article);
    }

    /** The search-index entry last made for {@code source} from an article with {@code digest}. */
    Optional<byte[]> findSearchEntry(String source, String digest) {
        Kept kept = searchEntries.get(source);
        if (kept == null || !kept.digest().equals(digest)) {
            return Optional.empty();
        }
        byte[] entry = new byte[kept.length()];
        last.slice(kept.offset(), kept.length()).get(entry);
        return Optional.of(entry);
    }

    /** Keeps the search-index entry of {@code source}, made from an article with {@code digest}, for the next build. */
    void searched(String source, String digest, byte[] entry) {
        searchEntriesNow.put(source, Map.entry(digest, entry));
    }

    /** How the last build made the output at {@code path}, if it did. */
    Optional<Made> findOutput(String path) {
        return Optional.ofNullable(outputs.get(path));
    }

    /** Notes how this build made the output at {@code path}. */
    void made(String path, String jobDigest, long size) {
        outputsNow.put(path, new Made(jobDigest, size));
    }

    /** Puts what this build made in place of the last cache, whole: after the site it describes was swapped in at {@code site}. */
    synchronized void save(Path site) throws IOException {
        out.writeByte(SITE);
        CacheIo.string(out, folderKey(site));
        for (Map.Entry<String, Map.Entry<String, byte[]>> entry : new TreeMap<>(searchEntriesNow).entrySet()) {
            out.writeByte(SEARCH);
            CacheIo.string(out, entry.getKey());
            CacheIo.string(out, entry.getValue().getKey());
            out.writeInt(entry.getValue().getValue().length);
            out.write(entry.getValue().getValue());
        }
        for (Map.Entry<String, Made> output : new TreeMap<>(outputsNow).entrySet()) {
            out.writeByte(OUTPUT);
            CacheIo.string(out, output.getKey());
            CacheIo.string(out, output.getValue().jobDigest());
            out.writeLong(output.getValue().size());
        }
        out.writeByte(END);
        out.flush();
        long checksum = crc.getValue();
        out.close();
        try (OutputStream trailer = Files.newOutputStream(next, StandardOpenOption.APPEND)) {
            trailer.write(ByteBuffer.allocate(Long.BYTES).putLong(checksum).array());
        }
        Files.move(next, folder.resolve(PREFIX + (generation + 1) + SUFFIX), StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.deleteIfExists(folder.resolve(PREFIX + generation + SUFFIX));
        } catch (IOException e) {
            // still mapped (Windows): the next build deletes it
        }
    }

    /** {@link #save}, or the warning saying why it could not: that only makes the next build a cold one. */
    Optional<dev.broadsheet.Problem> saveFor(Path site) {
        try {
            save(site);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(dev.broadsheet.Problem.of("(build cache)", "not saved, so the next build starts cold: " + e.getMessage()));
        }
    }

    /** Drops what this build wrote, unless saved: the last cache stays. */
    @Override
    public synchronized void close() {
        try {
            out.close();
            Files.deleteIfExists(next);
        } catch (IOException e) {
            // a half-written file beside the cache is never read: it has not its name
        }
    }
}
