package dev.broadsheet.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import dev.broadsheet.content.StaticFile;
import dev.broadsheet.testing.Photos;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageProcessorTest {

    @TempDir
    Path dir;

    private StaticFile picture(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve("content/static/images").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return new StaticFile("images/" + name, file, "content/static/images/" + name);
    }

    private ImageProcessor processor() {
        return new ImageProcessor(dir.resolve("cache"));
    }

    @Test
    void aCameraPhotoIsPublishedAtFourNarrowerWidthsKeepingItsShape() throws IOException {
        ImageProcessor.Processed made = processor().process(picture("foto.jpg", Photos.jpeg(4000, 3000, 1, 1)));

        ImageInfo info = made.info().orElseThrow();
        assertThat(info.width()).isEqualTo(4000);
        assertThat(info.height()).isEqualTo(3000);
        assertThat(info.variants()).extracting(ImageInfo.Variant::width).containsExactly(480, 800, 1200, 1600);
        assertThat(info.variants()).extracting(ImageInfo.Variant::height).containsExactly(360, 600, 900, 1200);
        assertThat(made.published()).extracting(StaticFile::outputPath).containsExactly("images/foto.jpg", "images/foto-480w.jpg",
                "images/foto-800w.jpg", "images/foto-1200w.jpg", "images/foto-1600w.jpg");
        for (StaticFile file : made.published().subList(1, 5)) {
            BufferedImage variant = ImageIO.read(file.file().toFile());
            ImageInfo.Variant expected = info.variants().get(made.published().indexOf(file) - 1);
            assertThat(variant.getWidth()).isEqualTo(expected.width());
            assertThat(variant.getHeight()).isEqualTo(expected.height());
        }
    }

    @Test
    void noPublishedFileTellsWhereTheCameraStoodWhatItWasOrWhoHeldIt() throws Exception {
        StaticFile original = picture("foto.jpg", Photos.jpeg(2000, 1500, 1, 2));
        assertThat(metadata(original.file()).getFirstDirectoryOfType(GpsDirectory.class)).as("the fixture has GPS").isNotNull();

        ImageProcessor.Processed made = processor().process(original);

        assertThat(made.published()).hasSize(5);
        for (StaticFile file : made.published()) {
            Metadata metadata = metadata(file.file());
            assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).as(file.outputPath()).isNull();
            assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).as(file.outputPath()).isNull();
            assertThat(metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class)).as(file.outputPath()).isNull();
            assertThat(text(metadata)).as(file.outputPath()).doesNotContain("Mario Rossi", "SN-4711", "Broadsheet Test Camera");
            assertThat(new String(Files.readAllBytes(file.file()), StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "Mario Rossi");
        }
    }

    @Test
    void theUprightOriginalKeepsItsCompressedPictureByteForByte() throws IOException {
        byte[] bytes = Photos.jpeg(1000, 800, 1, 3);
        StaticFile original = picture("foto.jpg", bytes);

        Path published = processor().process(original).published().get(0).file();

        byte[] stripped = Files.readAllBytes(published);
        assertThat(stripped.length).isLessThan(bytes.length);
        byte[] tail = java.util.Arrays.copyOfRange(bytes, bytes.length - 4096, bytes.length);
        byte[] strippedTail = java.util.Arrays.copyOfRange(stripped, stripped.length - 4096, stripped.length);
        assertThat(strippedTail).isEqualTo(tail);
    }

    @Test
    void aPhotoTakenWithThePhoneTurnedIsPublishedUpright() throws IOException {
        // Stored 1200 wide and 800 high with orientation 6: shown 800 wide and 1200 high.
        ImageProcessor.Processed made = processor().process(picture("ritratto.jpg", Photos.jpeg(1200, 800, 6, 4)));

        ImageInfo info = made.info().orElseThrow();
        assertThat(info.width()).isEqualTo(800);
        assertThat(info.height()).isEqualTo(1200);
        BufferedImage original = ImageIO.read(made.published().get(0).file().toFile());
        assertThat(original.getWidth()).isEqualTo(800);
        assertThat(original.getHeight()).isEqualTo(1200);
        BufferedImage variant = ImageIO.read(made.published().get(1).file().toFile());
        assertThat(variant.getWidth()).isEqualTo(480);
        assertThat(variant.getHeight()).isEqualTo(720);
    }

    @Test
    void aSmallPictureIsNeverEnlarged() throws IOException {
        ImageInfo info = processor().process(picture("piccola.jpg", Photos.jpeg(640, 480, 1, 5))).info().orElseThrow();

        assertThat(info.variants()).extracting(ImageInfo.Variant::width).containsExactly(480);
        assertThat(info.candidates()).extracting(ImageInfo.Variant::width).containsExactly(480, 640);
    }

    @Test
    void aSecondRunReadsWhatTheFirstMadeAndResizesNothing() throws IOException {
        StaticFile original = picture("foto.jpg", Photos.jpeg(2400, 1600, 1, 6));
        ImageProcessor.Processed first = processor().process(original);
        Map<Path, FileTime> times = new TreeMap<>();
        for (StaticFile file : first.published()) {
            Files.setLastModifiedTime(file.file(), FileTime.fromMillis(1_000_000));
            times.put(file.file(), Files.getLastModifiedTime(file.file()));
        }

        ImageProcessor.Processed second = processor().process(original);

        assertThat(second).isEqualTo(first);
        for (StaticFile file : second.published()) {
            assertThat(Files.getLastModifiedTime(file.file())).isEqualTo(times.get(file.file()));
        }
    }

    @Test
    void aPngLosesItsTextChunks() throws IOException {
        ImageProcessor.Processed made = processor().process(picture("grafico.png", Photos.pngWithText(900, 600)));

        assertThat(made.info().orElseThrow().variants()).extracting(ImageInfo.Variant::width).containsExactly(480, 800);
        for (StaticFile file : made.published()) {
            assertThat(new String(Files.readAllBytes(file.file()), StandardCharsets.ISO_8859_1)).doesNotContain("tEXt", "Mario Rossi");
            assertThat(ImageIO.read(file.file().toFile())).isNotNull();
        }
    }

    @Test
    void aBrokenPictureIsAProblemOfItsFileAndPublishesNothing() throws IOException {
        ImageProcessor.Processed made = processor().process(picture("rotta.jpg", "not a picture".getBytes(StandardCharsets.UTF_8)));

        assertThat(made.info()).isEmpty();
        assertThat(made.published()).isEmpty();
        assertThat(made.problem().orElseThrow().toString())
                .startsWith("content/static/images/rotta.jpg: this picture cannot be published: it is not a readable JPEG file")
                .endsWith("Replace the file with a working JPEG, PNG, GIF or SVG, or remove it");
    }

    @Test
    void anSvgIsSizedFromItsViewBoxAndPublishedAsItIs() throws IOException {
        StaticFile svg = picture("logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 120\"><rect/></svg>"
                .getBytes(StandardCharsets.UTF_8));

        ImageProcessor.Processed made = processor().process(svg);

        ImageInfo info = made.info().orElseThrow();
        assertThat(List.of(info.width(), info.height(), info.variants().size())).containsExactly(300, 120, 0);
        assertThat(info.isVector()).isTrue();
        assertThat(made.published()).containsExactly(svg);
    }

    @Test
    void anSvgWidthInPixelsGivesTheHeightByItsViewBox() throws IOException {
        StaticFile svg = picture("icona.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64px\" viewBox=\"0 0 32 16\"/>"
                .getBytes(StandardCharsets.UTF_8));

        ImageInfo info = processor().process(svg).info().orElseThrow();

        assertThat(List.of(info.width(), info.height())).containsExactly(64, 32);
    }

    @Test
    void theFolderKeepsOnlyWhatTheSiteStillUses() throws IOException {
        ImageProcessor processor = processor();
        ImageProcessor.Processed kept = processor.process(picture("a.jpg", Photos.jpeg(700, 500, 1, 8)));
        processor.process(picture("b.jpg", Photos.jpeg(700, 500, 1, 9)));

        processor.keepOnly(java.util.Set.of(kept.key().orElseThrow()));

        List<String> left = new ArrayList<>();
        try (var files = Files.list(dir.resolve("cache"))) {
            files.forEach(file -> left.add(file.getFileName().toString()));
        }
        assertThat(left).hasSize(3).allMatch(name -> name.startsWith(kept.key().orElseThrow()));
    }

    private static Metadata metadata(Path file) throws Exception {
        return ImageMetadataReader.readMetadata(file.toFile());
    }

    private static String text(Metadata metadata) {
        StringBuilder all = new StringBuilder();
        for (Directory directory : metadata.getDirectories()) {
            directory.getTags().forEach(tag -> all.append(tag).append('\n'));
        }
        return all.toString();
    }
}
