package dev.broadsheet.importer;

import dev.broadsheet.BuildException;
import dev.broadsheet.Problem;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where an export is, in any of the packagings a blogger gets: the classic {@code blog-MM-DD-YYYY.xml},
 * Takeout's {@code feed.atom}, the Takeout {@code .zip}, or the folder it unpacks to
 * ({@code Takeout/Blogger/Blogs/<blog>/feed.atom}, pictures in {@code Takeout/Blogger/Albums/}).
 * Opens the feed as often as asked (the importer reads it twice) and finds the album pictures.
 */
final class ExportFile implements Closeable {

    private final String name;
    private final Opener feed;
    private final Map<String, List<Opener>> albumPictures;
    private final Optional<ZipFile> zip;

    private interface Opener {
        InputStream open() throws IOException;
    }

    private ExportFile(String name, Opener feed, Map<String, List<Opener>> albumPictures, Optional<ZipFile> zip) {
        this.name = name;
        this.feed = feed;
        this.albumPictures = albumPictures;
        this.zip = zip;
    }

    /**
     * Opens the export at {@code path}.
     *
     * @param blog which blog, when a Takeout holds several: its folder name under {@code Blogs/}
     * @throws BuildException when there is no export there, or several blogs and no (or an unknown) {@code blog}
     */
    static ExportFile open(Path path, Optional<String> blog) {
        if (!Files.exists(path)) {
            throw new BuildException(Problem.of(path.toString(), "no such file or folder — give the export's path: blog-MM-DD-YYYY.xml, "
                    + "feed.atom, the Takeout .zip or its unpacked folder"));
        }
        try {
            if (Files.isDirectory(path)) {
                return folder(path, blog);
            }
            if (isZip(path)) {
                return zip(path, blog);
            }
            return new ExportFile(path.toString(), () -> Files.newInputStream(path), albumsNear(bloggerFolderOf(path.getParent())), Optional.empty());
        } catch (IOException e) {
            throw new BuildException(Problem.of(path.toString(), "cannot read: " + e.getMessage()));
        }
    }

    /** The export as named in problems and the report: the path, and the feed inside a zip or folder. */
    String name() {
        return name;
    }

    BufferedInputStream openFeed() {
        try {
            return new BufferedInputStream(feed.open(), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * The album picture named {@code fileName} (as the last part of its address, decoded), when the
     * export has exactly one of that name: two of one name cannot be told apart.
     */
    Optional<byte[]> findAlbumPicture(String fileName) {
        List<Opener> found = albumPictures.getOrDefault(fileName.toLowerCase(Locale.ROOT), List.of());
        if (found.size() != 1) {
            return Optional.empty();
        }
        try (InputStream in = found.get(0).open()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        zip.ifPresent(z -> {
            try {
                z.close();
            } catch (IOException e) {
                // nothing was written to it
            }
        });
    }

    private static boolean isZip(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    private static ExportFile folder(Path folder, Optional<String> blog) throws IOException {
        if (Files.isRegularFile(folder.resolve("feed.atom"))) {
            Path feed = folder.resolve("feed.atom");
            return new ExportFile(feed.toString(), () -> Files.newInputStream(feed), albumsNear(bloggerFolderOf(folder)), Optional.empty());
        }
        Map<String, Path> blogs = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder, 6)) {
            walk.filter(p -> p.getFileName().toString().equals("feed.atom") && isBlogFeed(folder.relativize(p).toString().replace('\\', '/')))
                    .forEach(p -> blogs.putIfAbsent(p.getParent().getFileName().toString(), p));
        }
        String chosen = choose(folder.toString(), blogs.keySet(), blog);
        Path feed = blogs.get(chosen);
        return new ExportFile(feed.toString(), () -> Files.newInputStream(feed), albumsNear(bloggerFolderOf(feed.getParent())), Optional.empty());
    }

    /** {@code Takeout/Blogger} for a blog's folder {@code Takeout/Blogger/Blogs/<blog>}, if that is where it is. */
    private static Optional<Path> bloggerFolderOf(Path blogFolder) {
        Path absolute = blogFolder == null ? null : blogFolder.toAbsolutePath();
        Path blogs = absolute == null ? null : absolute.getParent();
        return blogs != null && blogs.getFileName() != null && blogs.getFileName().toString().equals("Blogs")
                ? Optional.ofNullable(blogs.getParent()) : Optional.empty();
    }

    /** The pictures under {@code Albums/} beside {@code Blogs/}, by lower-cased file name. */
    private static Map<String, List<Opener>> albumsNear(Optional<Path> bloggerFolder) throws IOException {
        Map<String, List<Opener>> pictures = new HashMap<>();
        Path albums = bloggerFolder.map(f -> f.resolve("Albums")).orElse(null);
        if (albums == null || !Files.isDirectory(albums)) {
            return pictures;
        }
        try (Stream<Path> walk = Files.walk(albums, 3)) {
            for (Path picture : walk.filter(Files::isRegularFile).sorted().toList()) {
                pictures.computeIfAbsent(picture.getFileName().toString().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(() -> Files.newInputStream(picture));
            }
        }
        return pictures;
    }

    private static ExportFile zip(Path path, Optional<String> blog) throws IOException {
        ZipFile zip = new ZipFile(path.toFile());
        Map<String, ZipEntry> blogs = new TreeMap<>();
        Map<String, List<Opener>> pictures = new HashMap<>();
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            if (entry.isDirectory() || name.startsWith("__MACOSX/") || name.contains("/__MACOSX/")) {
                continue;
            }
            if (name.endsWith("/feed.atom") && isBlogFeed(name)) {
                String[] parts = name.split("/");
                blogs.putIfAbsent(parts[parts.length - 2], entry);
            } else if (name.contains("/Blogger/Albums/") || name.startsWith("Blogger/Albums/")) {
                String file = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
                pictures.computeIfAbsent(file, k -> new ArrayList<>()).add(() -> zip.getInputStream(entry));
            }
        }
        if (blogs.isEmpty()) {
            zip.close();
            throw new BuildException(Problem.of(path.toString(), "holds no Takeout/Blogger/Blogs/<blog>/feed.atom — "
                    + "is it a Google Takeout export with Blogger selected?"));
        }
        String chosen;
        try {
            chosen = choose(path.toString(), blogs.keySet(), blog);
        } catch (BuildException e) {
            zip.close();
            throw e;
        }
        ZipEntry feed = blogs.get(chosen);
        return new ExportFile(path + "!/" + feed.getName(), () -> zip.getInputStream(feed), pictures, Optional.of(zip));
    }

    /** {@code Takeout/Blogger/Blogs/<blog>/feed.atom}, also under {@code Takeout 2/} or with no {@code Takeout/} at all. */
    private static boolean isBlogFeed(String relative) {
        String[] parts = relative.split("/");
        return parts.length >= 3 && parts[parts.length - 3].equals("Blogs");
    }

    private static String choose(String where, java.util.Set<String> blogs, Optional<String> blog) {
        if (blogs.isEmpty()) {
            throw new BuildException(Problem.of(where, "holds no Blogger export: no feed.atom under Blogger/Blogs/ — "
                    + "give the path of blog-MM-DD-YYYY.xml, feed.atom or the Takeout .zip"));
        }
        if (blog.isPresent()) {
            if (!blogs.contains(blog.get())) {
                throw new BuildException(Problem.of(where, "has no blog named \"" + blog.get() + "\" — it holds " + quoted(blogs)));
            }
            return blog.get();
        }
        if (blogs.size() > 1) {
            throw new BuildException(Problem.of(where, "holds " + blogs.size() + " blogs: " + quoted(blogs)
                    + " — say which one with --blog NAME"));
        }
        return blogs.iterator().next();
    }

    private static String quoted(java.util.Collection<String> names) {
        return String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
    }
}
