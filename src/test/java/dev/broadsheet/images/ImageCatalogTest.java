package dev.broadsheet.images;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageCatalogTest {

    @Test
    void aPictureWrittenFromTheRootIsItsOutputPathDecoded() {
        assertThat(ImageCatalog.outputPathOf("/images/x.jpg?v=2")).contains("images/x.jpg");
        assertThat(ImageCatalog.outputPathOf("/images/foto%20uno.jpg#a")).contains("images/foto uno.jpg");
        assertThat(ImageCatalog.outputPathOf("/images/citt%C3%A0.jpg")).contains("images/città.jpg");
        assertThat(ImageCatalog.outputPathOf("/images/100%.jpg")).as("not a percent-escape: as written").contains("images/100%.jpg");
        assertThat(ImageCatalog.outputPathOf("images/x.jpg")).isEmpty();
        assertThat(ImageCatalog.outputPathOf("//cdn.example/x.jpg")).isEmpty();
    }
}
