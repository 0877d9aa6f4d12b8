package dev.broadsheet.content;

import dev.broadsheet.BuildException;
import dev.broadsheet.Parallel;
import dev.broadsheet.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The read stage: the only place that reads content files. */
public final class SourceReader {

    /**
     * Reads the Markdown of {@code content/articles} and {@code content/pages} and lists the static
     * files of {@code content/static} and {@code templates/static} (a site file overrides a theme file
     * at the same path), each sorted by path.
     *
     * Files that cannot be read (not UTF-8, too large, links leaving the site) are listed in
     * {@link Sources#problems()}, so they are reported together with the problems of parsing.
     */
    public Sources read(Path sourceDir) {
        return read(sourceDir, true);
    }

    private Sources readWithoutMarkdown(Path sourceDir) {
        return read(sourceDir, false);
    }

    private Sources read(Path sourceDir, boolean markdown) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        // content/articles is listed once for its articles and their comments files: each listing stats every file.
        List<Path> inArticles = markdown ? regularFiles(sourceDir, "content/articles", problems) : List.of();
        List<Source> articles = readMarkdown(sourceDir, withSuffix(inArticles, ".md"), problems, warnings);
        // Dossiers' introductions and authors' descriptions are pages of their own kinds, read with the pages, after them.
        List<Source> pages = new ArrayList<>();
        for (String folder : markdown ? Page.FOLDERS : List.<String>of()) {
            String name = folder.substring(0, folder.length() - 1);
            pages.addAll(readMarkdown(sourceDir, withSuffix(regularFiles(sourceDir, name, problems), ".md"), problems, warnings));
        }
        List<Source> commentFiles = readMarkdown(sourceDir, withSuffix(inArticles, CommentsParser.SUFFIX), problems, warnings);
        java.util.Set<String> articlePaths = articles.stream().map(Source::path).collect(java.util.stream.Collectors.toSet());
        java.util.Map<String, Source> comments = new java.util.HashMap<>();
        for (Source file : commentFiles) {
            String article = articleOf(file.path());
            if (articlePaths.contains(article)) {
                comments.put(article, file);
            } else {
                problems.add(Problem.of(file.path(), "has no article " + article.substring(article.lastIndexOf('/') + 1)
                        + " beside it — give it the article's file name with .comments.yaml instead of .md, or delete it"));
            }
        }
        List<Source> redirects = new ArrayList<>();
        Path redirectsFile = sourceDir.resolve(Redirect.FILE);
        if (markdown && Files.exists(redirectsFile, java.nio.file.LinkOption.NOFOLLOW_LINKS) && isReadable(sourceDir, redirectsFile, problems)) {
            java.util.Queue<Problem> found = new java.util.concurrent.ConcurrentLinkedQueue<>();
            java.util.Queue<Problem> changed = new java.util.concurrent.ConcurrentLinkedQueue<>();
            readOne(sourceDir, redirectsFile, found, changed).ifPresent(redirects::add);
            problems.addAll(found);
            warnings.addAll(changed);
        }
        // templates/ is listed once, for the templates' digest and the theme's static files (which it also holds).
        List<Path> inTemplates = regularFiles(sourceDir, "templates", problems);
        String templates = TemplateFiles.digest(sourceDir, inTemplates, problems);
        List<StaticFile> statics = new ArrayList<>(staticFiles(sourceDir, "content/static", regularFiles(sourceDir, "content/static", problems)));
        // The site's own files override the theme's, as in Hugo.
        java.util.Set<String> own = statics.stream().map(StaticFile::outputPath).collect(java.util.stream.Collectors.toSet());
        Path themeStatic = sourceDir.resolve("templates/static");
        staticFiles(sourceDir, "templates/static", inTemplates.stream().filter(file -> file.startsWith(themeStatic)).toList()).stream()
                .filter(file -> !own.contains(file.outputPath()))
                .forEach(statics::add);
        return new Sources(articles, pages, statics, TemplateFiles.layouts(sourceDir.resolve("templates")), warnings, problems, comments, redirects,
                templates);
    }

    /** The article a comments file belongs to: {@code x.comments.yaml} → {@code x.md}. */
    private static String articleOf(String commentsPath) {
        return commentsPath.substring(0, commentsPath.length() - CommentsParser.SUFFIX.length()) + ".md";
    }

    /**
     * {@code previous} with the Markdown files {@code changed} (paths relative to {@code sourceDir},
     * each under {@code content/articles/} or {@code content/pages/}) read again: a file that is gone
     * is dropped, a new one added in path order. Static files and layouts are kept as they were.
     */
    public Sources reread(Path sourceDir, Sources previous, java.util.Collection<String> changed) {
        java.util.Set<String> paths = new java.util.HashSet<>(changed);
        for (String path : paths) {
            if (!isMarkdownSource(path)) {
                throw new IllegalArgumentException(path + " is not a Markdown file of content/articles or content/pages");
            }
        }
        java.util.Queue<Problem> problems = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.Queue<Problem> warnings = new java.util.concurrent.ConcurrentLinkedQueue<>();
        previous.problems().stream().filter(p -> !paths.contains(p.file())).forEach(problems::add);
        previous.warnings().stream().filter(p -> !paths.contains(p.file())).forEach(warnings::add);
        java.util.Map<String, Source> read = new java.util.HashMap<>();
        for (String path : paths) {
            Path file = sourceDir.resolve(path);
            if (isReadable(sourceDir, file, problems) && !file.getFileName().toString().startsWith(".")) {
                readOne(sourceDir, file, problems, warnings).ifPresent(source -> read.put(path, source));
            }
        }
        return new Sources(merged(sourceDir, previous.articles(), "content/articles/", paths, read),
                mergedPages(sourceDir, previous.pages(), paths, read),
                previous.staticFiles(), previous.layouts(), List.copyOf(warnings), List.copyOf(problems), previous.comments(),
                previous.redirects(), previous.templates());
    }

    /** {@code previous} (in path order) with the changed files of {@code folder} replaced, dropped or inserted in order. */
    private static List<Source> merged(Path sourceDir, List<Source> previous, String folder, java.util.Set<String> changed,
                                       java.util.Map<String, Source> read) {
        List<Source> sources = new ArrayList<>(previous);
        java.util.Comparator<String> pathOrder = java.util.Comparator.comparing(sourceDir::resolve);
        List<String> paths = new java.util.AbstractList<>() {
            @Override
            public String get(int index) {
                return sources.get(index).path();
            }

            @Override
            public int size() {
                return sources.size();
            }
        };
        for (String path : changed) {
            if (!path.startsWith(folder)) {
                continue;
            }
            int at = java.util.Collections.binarySearch(paths, path, pathOrder);
            Source now = read.get(path);
            if (at >= 0 && now != null) {
                sources.set(at, now);
            } else if (at >= 0) {
                sources.remove(at);
            } else if (now != null) {
                sources.add(-at - 1, now);
            }
        }
        return sources;
    }

    /**
     * {@code previous} after a change under {@code templates/} only: the Markdown as it was, the
     * static files and layouts listed again (a theme file or a layout may have come or gone).
     */
    public Sources rereadTemplates(Path sourceDir, Sources previous) {
        Sources listed = readWithoutMarkdown(sourceDir);
        return new Sources(previous.articles(), previous.pages(), listed.staticFiles(), listed.layouts(), previous.warnings(),
                listed.problems(), previous.comments(), previous.redirects(), listed.templates());
    }

    /** Whether {@code path} (relative to the site folder) names a Markdown file of content/articles or content/pages this stage reads. */
    public static boolean isMarkdownSource(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return inMarkdownFolder(path) && name.endsWith(".md") && !name.startsWith(".");
    }

    private static boolean inMarkdownFolder(String path) {
        return path.startsWith("content/articles/") || inPageFolder(path);
    }

    private static boolean inPageFolder(String path) {
        return Page.FOLDERS.stream().anyMatch(path::startsWith);
    }

    /** The pages of each of {@link Page#FOLDERS}, in that order, each with the changed files of its folder merged in. */
    private static List<Source> mergedPages(Path sourceDir, List<Source> previous, java.util.Set<String> changed, java.util.Map<String, Source> read) {
        if (changed.stream().noneMatch(SourceReader::inPageFolder)) {
            return previous; // the very list: later stages see at once that no page changed
        }
        List<Source> all = new ArrayList<>();
        for (String folder : Page.FOLDERS) {
            all.addAll(merged(sourceDir, previous.stream().filter(source -> source.path().startsWith(folder)).toList(), folder, changed, read));
        }
        return List.copyOf(all);
    }

    /** Whether {@code path} is an article's Markdown file. */
    public static boolean isArticleSource(String path) {
        return isMarkdownSource(path) && path.startsWith("content/articles/");
    }

    /**
     * Whether a change at {@code path} is one this stage does not see: a file under content/articles or
     * content/pages that is not Markdown or is hidden, such as an editor's temporary file, and no
     * folder of {@code known} sources.
     */
    public static boolean isUnread(Path sourceDir, Sources known, String path) {
        if (!inMarkdownFolder(path) || isMarkdownSource(path) || path.endsWith(CommentsParser.SUFFIX)
                || Files.isDirectory(sourceDir.resolve(path))) {
            return false;
        }
        String folder = path + "/";
        return Stream.concat(known.articles().stream(), known.pages().stream()).noneMatch(s -> s.path().startsWith(folder));
    }

    /** Reads the files of {@code folder} whose names end in {@code suffix}, in parallel, in path order. */
    private static List<Path> withSuffix(List<Path> files, String suffix) {
        return files.stream().filter(file -> file.getFileName().toString().endsWith(suffix)).toList();
    }

    private static List<Source> readMarkdown(Path sourceDir, List<Path> files, List<Problem> problems, List<Problem> warnings) {
        java.util.Queue<Problem> found = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.Queue<Problem> changed = new java.util.concurrent.ConcurrentLinkedQueue<>();
        List<Source> sources = Parallel.map(files, file -> readOne(sourceDir, file, found, changed)).stream()
                .flatMap(java.util.Optional::stream)
                .toList();
        problems.addAll(found);
        warnings.addAll(changed);
        return sources;
    }

    private static java.util.Optional<Source> readOne(Path sourceDir, Path file, java.util.Queue<Problem> problems,
                                                      java.util.Queue<Problem> warnings) {
        String path = relative(sourceDir, file);
        try {
            byte[] bytes;
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
                long size = channel.size(); // of the open file: no second look at the path
                if (size > MAX_SOURCE_BYTES) {
                    problems.add(Problem.of(path, "is " + size / (1024 * 1024) + " MB; a Markdown file may have at most "
                            + MAX_SOURCE_BYTES / (1024 * 1024) + " MB — split it, and put media in content/static/"));
                    return java.util.Optional.empty();
                }
                bytes = readFully(channel, (int) size);
            }
            SourceText text = SourceText.decode(bytes, path);
            if (text.removed() > 0) {
                warnings.add(Problem.of(path, text.removed() + " control character(s) that feeds and pages cannot carry were removed"));
            }
            return java.util.Optional.of(new Source(path, text.text()));
        } catch (IOException e) {
            problems.add(Problem.of(path, "cannot read the file: " + e.getMessage()));
        } catch (BuildException e) {
            problems.addAll(e.problems());
        }
        return java.util.Optional.empty();
    }

    /** The channel's {@code size} bytes, or fewer if the file shrank while being read. */
    private static byte[] readFully(java.nio.channels.FileChannel channel, int size) throws IOException {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(size);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // until full or at the end
        }
        return buffer.position() == size ? buffer.array() : java.util.Arrays.copyOf(buffer.array(), buffer.position());
    }

    private static List<StaticFile> staticFiles(Path sourceDir, String folder, List<Path> files) {
        Path root = sourceDir.resolve(folder);
        return files.stream().map(file -> new StaticFile(relative(root, file), file, relative(sourceDir, file))).toList();
    }

    /** A file the walk met, with what the walk's own look at it (not following links) said it is. */
    private record Met(Path path, boolean regular, boolean link) {
    }

    /**
     * The regular files under {@code folder}, in path order, hidden ones left out: the walk's own
     * attributes say what each entry is, so a file costs one look, not three (at 10,000 articles
     * the difference is 20,000 system calls a build). A symbolic link counts as {@link #isReadable} says.
     */
    static List<Path> regularFiles(Path sourceDir, String folder, List<Problem> problems) {
        Path root = sourceDir.resolve(folder);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Met> met = new ArrayList<>();
        try {
            Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
                    if (!file.getFileName().toString().startsWith(".")) {
                        met.add(new Met(file, attributes.isRegularFile(), attributes.isSymbolicLink()));
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(Problem.of(folder, "cannot list the folder: " + e.getMessage()));
            return List.of();
        }
        met.sort(java.util.Comparator.comparing(Met::path));
        List<Path> regular = new ArrayList<>(met.size());
        for (Met file : met) {
            if (file.regular() || file.link() && isReadable(sourceDir, file.path(), problems)) {
                regular.add(file.path());
            }
        }
        return regular;
    }

    /**
     * Whether {@code file} is a regular file this stage may read: a symbolic link counts only when it
     * stays inside the site, and one leading out is added to {@code problems}.
     */
    private static boolean isReadable(Path sourceDir, Path file, java.util.Collection<Problem> problems) {
        if (Files.isSymbolicLink(file) && !staysInside(sourceDir, file)) {
            problems.add(Problem.of(relative(sourceDir, file), "is a symbolic link to a file outside content/ and templates/, "
                    + "which Broadsheet does not follow — copy the file here instead"));
            return false;
        }
        return Files.isRegularFile(file);
    }

    /** Whether a link leads to a file within the site's content/ or templates/ folders. */
    private static boolean staysInside(Path sourceDir, Path link) {
        try {
            Path target = link.toRealPath();
            return target.startsWith(sourceDir.resolve("content").toRealPath()) || target.startsWith(sourceDir.resolve("templates").toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    static String relative(Path base, Path file) {
        return base.relativize(file).toString().replace('\\', '/');
    }

    /** Largest Markdown file read: far above any article, far below what would strain memory. */
    static final long MAX_SOURCE_BYTES = 16L * 1024 * 1024;
}
