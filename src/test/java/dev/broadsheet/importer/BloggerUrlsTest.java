package dev.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Blogger's picture sizes and the blog's own addresses, as other importers met them. */
class BloggerUrlsTest {

    @ParameterizedTest
    @CsvSource({
            "https://blogger.googleusercontent.com/img/b/R29v/AVv/s320/x.jpg, https://blogger.googleusercontent.com/img/b/R29v/AVv/s0/x.jpg",
            "https://1.bp.blogspot.com/-a/b/c/d/s72-c/x.jpg, https://1.bp.blogspot.com/-a/b/c/d/s0/x.jpg",
            "https://2.bp.blogspot.com/-a/b/c/d/w640-h426/x.png, https://2.bp.blogspot.com/-a/b/c/d/s0/x.png",
            "//3.bp.blogspot.com/-a/b/c/d/s1600-h/x.gif, https://3.bp.blogspot.com/-a/b/c/d/s0/x.gif",
            "https://blogger.googleusercontent.com/img/a/AVvXsEiAbC=s600, https://blogger.googleusercontent.com/img/a/AVvXsEiAbC=s0",
            "https://blogger.googleusercontent.com/img/a/AVvXsEiAbC=w640-h426-rw, https://blogger.googleusercontent.com/img/a/AVvXsEiAbC=s0",
            "http://photos1.blogger.com/blogger/123/456/320/foto.jpg, http://photos1.blogger.com/blogger/123/456/1600/foto.jpg",
            "https://www.ansa.example/foto/s320/x.jpg, https://www.ansa.example/foto/s320/x.jpg"})
    void aThumbnailAddressAsksForTheFullSizePicture(String thumbnail, String full) {
        assertThat(BloggerUrls.fullSize(thumbnail)).isEqualTo(full);
    }

    @Test
    void theBlogsOwnAddressesAreRecognisedOnEveryHostAndSchemeItHad() {
        BloggerUrls blog = new BloggerUrls(List.of("https://www.iltaccuino.it/", ""), "iltaccuino");
        for (String own : List.of("https://www.iltaccuino.it/2025/09/x.html", "http://iltaccuino.it/2025/09/x.html?m=1",
                "https://iltaccuino.blogspot.com/p/chi-siamo.html", "http://iltaccuino.blogspot.it/search/label/Russia",
                "//iltaccuino.blogspot.co.uk/", "/2025/09/x.html")) {
            assertThat(blog.ownAddress(own)).as(own).isPresent();
        }
        for (String other : List.of("https://altroblog.blogspot.com/2025/09/x.html", "https://example.org/", "mailto:a@b.it", "#nota")) {
            assertThat(blog.ownAddress(other)).as(other).isEmpty();
        }
        assertThat(blog.onBlogspot()).isTrue();
        assertThat(new BloggerUrls(List.of("https://www.iltaccuino.it/"), "").onBlogspot()).isFalse();
    }
}
