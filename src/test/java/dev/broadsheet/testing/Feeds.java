package dev.broadsheet.testing;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.xml.sax.InputSource;

/** Reads feeds back with ROME, its XML healer off, as a strict feed reader would. */
public final class Feeds {

    private Feeds() {
    }

    public static SyndFeed read(Path feed) {
        SyndFeedInput input = new SyndFeedInput();
        input.setXmlHealerOn(false);
        input.setPreserveWireFeed(true);
        try (InputStream in = Files.newInputStream(feed)) {
            return input.build(new InputSource(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FeedException e) {
            throw new AssertionError(feed + " is not a valid feed: " + e.getMessage(), e);
        }
    }
}
