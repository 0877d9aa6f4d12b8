package dev.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageStoreTest {

    @Test
    void aRemotePictureWhoseAddressIsNotAUriIsLeftOutOfTheHostsNotACrash() {
        List<ImageStore.Placed> pictures = List.of(
                new ImageStore.Placed("https://www.ansa.example/foto/x.jpg", Optional.empty(), ImageStore.Placed.Source.REMOTE, "timed out"),
                new ImageStore.Placed("http://exa mple.example/[broken]^.jpg", Optional.empty(), ImageStore.Placed.Source.REMOTE, "no host"),
                new ImageStore.Placed("https://cdn.example/y.jpg", Optional.of("content/static/y.jpg"), ImageStore.Placed.Source.DOWNLOADED, ""));
        assertThat(ImageStore.remoteHosts(pictures)).containsExactly("www.ansa.example");
    }
}
