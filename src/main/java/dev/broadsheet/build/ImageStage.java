package dev.broadsheet.build;

import dev.broadsheet.Parallel;
import dev.broadsheet.Problem;
import dev.broadsheet.content.StaticFile;
import dev.broadsheet.images.ImageCatalog;
import dev.broadsheet.images.ImageInfo;
import dev.broadsheet.images.ImageProcessor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The image stage: the site's static files with each picture replaced by what it publishes (the
 * picture without its metadata and its resized copies), and the catalog of their sizes. Pictures
 * are processed in parallel; what is made is kept by content (see {@link ImageProcessor}), and a
 * remembering build also keeps each file's result while its size and time are the same.
 */
final class ImageStage {

    /**
     * What the pictures give the site.
     *
     * @param catalog every picture's size and copies
     * @param staticFiles the static files to publish, pictures replaced by what they publish
     * @param problems pictures that cannot be published
     * @param keys the names their made files are kept under
     * @param broken the output path of each picture that cannot be published → its source file
     */
    record Images(ImageCatalog catalog, List<StaticFile> staticFiles, List<Problem> problems, Set<String> keys, Map<String, String> broken) {
    }

    private final boolean remember;
    private Map<FileStamp, ImageProcessor.Processed> memo = Map.of();
    private Optional<Images> last = Optional.empty();
    private List<StaticFile> lastFiles = List.of();
    private List<ImageProcessor.Processed> lastDone = List.of();

    ImageStage(boolean remember) {
        this.remember = remember;
    }

    Images process(List<StaticFile> files, Path folder) {
        List<StaticFile> pictures = files.stream().filter(ImageProcessor::reads).toList();
        if (pictures.isEmpty()) {
            return new Images(ImageCatalog.EMPTY, files, List.of(), Set.of(), Map.of());
        }
        ImageProcessor processor = new ImageProcessor(folder);
        Map<FileStamp, ImageProcessor.Processed> known = memo;
        List<FileStamp> stamps = Parallel.map(pictures, FileStamp::of);
        List<ImageProcessor.Processed> done = Parallel.map(stamps, stamp -> {
            ImageProcessor.Processed kept = known.get(stamp);
            return kept != null ? kept : processor.process(stamp.file());
        });
        if (remember) {
            Map<FileStamp, ImageProcessor.Processed> next = new HashMap<>();
            for (int i = 0; i < stamps.size(); i++) {
                next.put(stamps.get(i), done.get(i));
            }
            memo = next;
            if (last.isPresent() && files.equals(lastFiles) && dev.broadsheet.SameObjects.inOrder(done, lastDone)) {
                return last.get(); // the very same object: later stages compare it at once
            }
        }
        Images images = assembled(files, pictures, done);
        if (remember) {
            last = Optional.of(images);
            lastFiles = files;
            lastDone = done;
        }
        return images;
    }

    private static Images assembled(List<StaticFile> files, List<StaticFile> pictures, List<ImageProcessor.Processed> done) {
        List<StaticFile> published = new ArrayList<>(files.size() + done.size() * ImageProcessor.WIDTHS.size());
        files.stream().filter(file -> !ImageProcessor.reads(file)).forEach(published::add);
        List<ImageInfo> infos = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Map<String, String> broken = new HashMap<>();
        for (int i = 0; i < done.size(); i++) {
            ImageProcessor.Processed processed = done.get(i);
            published.addAll(processed.published());
            processed.info().ifPresent(infos::add);
            processed.key().ifPresent(keys::add);
            StaticFile picture = pictures.get(i);
            processed.problem().ifPresent(problem -> {
                problems.add(problem);
                broken.put(picture.outputPath(), picture.origin());
            });
        }
        return new Images(ImageCatalog.of(infos), published, problems, keys, broken);
    }
}
