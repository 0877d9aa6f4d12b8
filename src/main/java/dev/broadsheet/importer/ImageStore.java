package dev.broadsheet.importer;

import dev.broadsheet.Slug;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The blog's pictures, brought into {@code content/static/images/blogger/}: copied from the Takeout
 * albums when the export has them, else downloaded (in parallel, with timeouts and retries), each
 * under a name made from its address, so the same picture always has the same file. A picture that
 * cannot be had stays where it is, and is reported.
 */
final class ImageStore {

    static final String FOLDER = "content/static/images/blogger/";
    private static final int MAX_BYTES = 64 * 1024 * 1024;
    private static final int ATTEMPTS = 3;
    private static final int PARALLEL = 6;

    /** Where a picture ended up. */
    record Placed(String url, Optional<String> file, Source source, String reason) {
        enum Source { ALBUM, DOWNLOADED, EARLIER, REMOTE }
    }

    private final ExportFile export;
    private final ContentFiles files;
    private final ImportState state;
    private final boolean download;
    private final boolean dryRun;
    private final Function<URI, URI> fetchAddress;
    private final ImportProgress progress;
    private final HttpClient http;

    /**
     * @param fetchAddress where to fetch a picture's address from: the address itself, except in
     *     tests, which serve Blogger's addresses from a server on 127.0.0.1
     */
    ImageStore(ExportFile export, ContentFiles files, ImportState state, boolean download, boolean dryRun,
               Function<URI, URI> fetchAddress, ImportProgress progress) {
        this.export = export;
        this.files = files;
        this.state = state;
        this.download = download;
        this.dryRun = dryRun;
        this.fetchAddress = fetchAddress;
        this.progress = progress;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Brings every picture of {@code urls} (full-size addresses) that the blog hosted; returns where each is now. */
    Map<String, Placed> bring(Collection<String> urls) {
        List<String> wanted = new ArrayList<>(new TreeSet<>(urls));
        Map<String, Placed> placed = new ConcurrentHashMap<>();
        List<String> toFetch = new ArrayList<>();
        for (String url : wanted) {
            Optional<String> earlier = state.findImage(url).filter(files::exists);
            if (earlier.isPresent()) {
                placed.put(url, new Placed(url, earlier, Placed.Source.EARLIER, ""));
                continue;
            }
            Optional<byte[]> album = fileNameOf(url).flatMap(export::findAlbumPicture);
            if (album.isPresent()) {
                placed.put(url, store(url, album.get(), Placed.Source.ALBUM));
            } else if (!BloggerUrls.isBloggerImageHost(url)) {
                placed.put(url, new Placed(url, Optional.empty(), Placed.Source.REMOTE, "not hosted by Blogger"));
            } else if (!download) {
                placed.put(url, new Placed(url, Optional.empty(), Placed.Source.REMOTE, "--no-download"));
            } else {
                toFetch.add(url);
            }
        }
        fetchAll(toFetch, placed);
        return new TreeMap<>(placed);
    }

    private void fetchAll(List<String> urls, Map<String, Placed> placed) {
        if (urls.isEmpty()) {
            return;
        }
        if (dryRun) {
            urls.forEach(url -> placed.put(url, new Placed(url, Optional.of(plannedName(url, new byte[0])), Placed.Source.DOWNLOADED, "")));
            return;
        }
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL, urls.size()), runnable -> {
            Thread thread = new Thread(runnable, "broadsheet-image-download");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Placed>> results = new ArrayList<>();
            for (String url : urls) {
                results.add(pool.submit(() -> {
                    Placed result = fetch(url);
                    progress.images(done.incrementAndGet(), urls.size());
                    return result;
                }));
            }
            for (Future<Placed> result : results) {
                Placed p = result.get();
                placed.put(p.url(), p);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while downloading pictures", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Placed fetch(String url) {
        String reason = "";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpRequest request = HttpRequest.newBuilder(fetchAddress.apply(URI.create(url))).timeout(Duration.ofSeconds(30))
                        .header("User-Agent", "Broadsheet import").GET().build();
                HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream body = response.body()) {
                    if (response.statusCode() == 200) {
                        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                        if (bytes.length > MAX_BYTES) {
                            return new Placed(url, Optional.empty(), Placed.Source.REMOTE, "larger than 64 MB");
                        }
                        if (ImageType.of(bytes).isEmpty()) {
                            return new Placed(url, Optional.empty(), Placed.Source.REMOTE, "the server sent something that is not a picture");
                        }
                        return store(url, bytes, Placed.Source.DOWNLOADED);
                    }
                    reason = "HTTP " + response.statusCode();
                    if (response.statusCode() == 404 || response.statusCode() == 403 || response.statusCode() == 410) {
                        break; // asking again will not help
                    }
                }
            } catch (java.net.http.HttpTimeoutException e) {
                reason = "no answer within 30 seconds";
            } catch (java.net.ConnectException | java.nio.channels.UnresolvedAddressException e) {
                reason = "could not connect to " + URI.create(url).getHost();
            } catch (IOException | IllegalArgumentException e) {
                reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Placed(url, Optional.empty(), Placed.Source.REMOTE, "interrupted");
            }
            try {
                Thread.sleep(250L * attempt * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return new Placed(url, Optional.empty(), Placed.Source.REMOTE, reason.isEmpty() ? "could not be downloaded" : reason);
    }

    private Placed store(String url, byte[] bytes, Placed.Source source) {
        String path = plannedName(url, bytes);
        files.writeDerived(path, bytes);
        state.image(url, path);
        return new Placed(url, Optional.of(path), source, "");
    }

    /**
     * A warning for each picture left remote, by reason; a reason shared by more than
     * {@code oneByOne} pictures is one warning with a count and examples.
     */
    static List<String> remoteWarnings(Collection<Placed> pictures, int oneByOne) {
        Map<String, List<String>> byReason = new TreeMap<>();
        pictures.stream().filter(p -> p.source() == Placed.Source.REMOTE)
                .forEach(p -> byReason.computeIfAbsent(p.reason(), r -> new ArrayList<>()).add(p.url()));
        List<String> warnings = new ArrayList<>();
        byReason.forEach((reason, urls) -> {
            if (urls.size() <= oneByOne) {
                urls.forEach(url -> warnings.add("picture " + url + " stays remote: " + reason));
            } else {
                warnings.add(urls.size() + " pictures stay remote: " + reason + " (" + String.join(", ", urls.subList(0, 3)) + "…)");
            }
        });
        return warnings;
    }

    /** The hosts the pictures left remote are served from, sorted. */
    static List<String> remoteHosts(Collection<Placed> pictures) {
        return pictures.stream().filter(p -> p.source() == Placed.Source.REMOTE)
                .flatMap(p -> BloggerUrls.parse(p.url()).map(URI::getHost).stream()).filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }

    /** The origins ({@code https://1.bp.blogspot.com}) the pictures left remote are served from, sorted. */
    static List<String> remoteOrigins(Collection<Placed> pictures) {
        return pictures.stream().filter(p -> p.source() == Placed.Source.REMOTE)
                .flatMap(p -> dev.broadsheet.SafeUrls.originOf(p.url()).stream()).distinct().sorted().toList();
    }

    /**
     * {@code content/static/images/blogger/<hash>-<name>.<ext>}: a short hash of the address, so two
     * pictures named alike never share a file, and the picture's own name, so it stays recognisable.
     */
    static String plannedName(String url, byte[] bytes) {
        String hash = ContentFiles.sha256(url.getBytes(StandardCharsets.UTF_8)).substring(0, 10);
        String name = fileNameOf(url).orElse("");
        int dot = name.lastIndexOf('.');
        String stem = Slug.of(dot > 0 ? name.substring(0, dot) : name);
        String extension = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        if (!extension.matches("jpe?g|png|gif|webp|svg|avif|bmp")) {
            extension = ImageType.of(bytes).orElse("jpg");
        }
        if (stem.length() > 40) {
            stem = stem.substring(0, 40).replaceAll("-+$", "");
        }
        return FOLDER + hash + (stem.isEmpty() ? "" : "-" + stem) + "." + extension;
    }

    /** The decoded last part of an address's path, when it looks like a file name. */
    static Optional<String> fileNameOf(String url) {
        String path = url.replaceFirst("[?#].*$", "");
        int slash = path.lastIndexOf('/');
        String last = slash < 0 ? path : path.substring(slash + 1);
        if (last.contains("=") || !last.contains(".")) {
            return Optional.empty(); // blogger.googleusercontent.com/img/a/AVvXsE…=s0 has no name
        }
        try {
            return Optional.of(URLDecoder.decode(last.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.of(last);
        }
    }

    /** The kind of picture some bytes are, from their first bytes. */
    static final class ImageType {
        private ImageType() {
        }

        static Optional<String> of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
                return Optional.of("jpg");
            }
            if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
                return Optional.of("png");
            }
            if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
                return Optional.of("gif");
            }
            if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
                return Optional.of("webp");
            }
            if (b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p' && b[8] == 'a' && b[9] == 'v' && b[10] == 'i') {
                return Optional.of("avif");
            }
            if (b.length >= 2 && b[0] == 'B' && b[1] == 'M') {
                return Optional.of("bmp");
            }
            return Optional.empty();
        }
    }
}
