package dev.broadsheet.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThirdPartyOriginsTest {

    private final ThirdPartyOrigins origins = new ThirdPartyOrigins("https://redazione.github.io");

    @Test
    void everyKindOfFetchOnOpeningIsFound() {
        String page = """
                <!DOCTYPE html><html><head>
                <link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Lora">
                <link rel="preconnect" href="https://fonts.gstatic.com">
                <link rel="icon" href="//cdn.example.net/favicon.ico">
                <script src="https://www.googletagmanager.com/gtag/js"></script>
                <style>body { background: url("https://img.example.org/bg.png"); }</style>
                </head><body>
                <img src="https://blogger.googleusercontent.com/img/a.jpg">
                <img src="local.jpg" srcset="local.jpg 1x, https://cdn.example.com/b.jpg 2x">
                <iframe src="https://www.youtube.com/embed/x"></iframe>
                <video poster="https://media.example.com/p.jpg"><source src="https://media.example.com/v.mp4"></video>
                <div style="background-image:url(//tracker.example.com/pixel.gif)"></div>
                <form action="https://forms.example.com/send"></form>
                </body></html>
                """;

        assertThat(origins.inPage(page)).extracting(ThirdPartyOrigins.Contact::origin).containsExactly(
                "https://fonts.googleapis.com", "https://fonts.gstatic.com", "https://cdn.example.net", "https://www.googletagmanager.com",
                "https://img.example.org", "https://blogger.googleusercontent.com", "https://cdn.example.com", "https://www.youtube.com",
                "https://media.example.com", "https://media.example.com", "https://tracker.example.com", "https://forms.example.com");
    }

    @Test
    void linksCanonicalAddressesPlaceholdersAndTheSitesOwnOriginFetchNothing() {
        String page = """
                <!DOCTYPE html><html><head>
                <link rel="canonical" href="https://redazione.github.io/giornale/">
                <link rel="alternate" type="application/atom+xml" href="https://redazione.github.io/giornale/feed.xml">
                <meta property="og:image" content="https://redazione.github.io/giornale/images/a.jpg">
                <script type="application/ld+json">{"url": "https://schema.org/x"}</script>
                <link rel="stylesheet" href="https://redazione.github.io/giornale/css/site.css">
                </head><body>
                <a href="https://www.youtube.com/watch?v=x">video</a>
                <figure class="embed" data-embed-src="https://www.youtube-nocookie.com/embed/x"></figure>
                <p>Scrivete https://example.org nel testo, o url(https://example.org) in un esempio di codice.</p>
                <img src="https://redazione.github.io/giornale/images/b.jpg">
                </body></html>
                """;

        assertThat(origins.inPage(page)).isEmpty();
    }

    @Test
    void aPageWhoseOnlyAddressesAreLinksAndMetadataIsNotEvenParsed() {
        String page = """
                <!DOCTYPE html><html><head>
                <link rel="canonical" href="https://redazione.github.io/giornale/">
                <meta property="og:url" content="https://redazione.github.io/giornale/">
                <script type="application/ld+json">{"url": "https://redazione.github.io/giornale/"}</script>
                <link rel="stylesheet" href="../css/site.css">
                </head><body><a href="https://www.ansa.it/">ANSA</a><img src="../images/a.jpg"></body></html>
                """;

        assertThat(ThirdPartyOrigins.mayContact(page)).isFalse();
        assertThat(ThirdPartyOrigins.mayContact(page.replace("../images/a.jpg", "https://cdn.example.com/a.jpg"))).isTrue();
    }

    @Test
    void aStyleSheetsImportsAndUrlsAreFound() {
        String css = "@import 'https://fonts.example.com/a.css';\n.x { background: url(/local.png) } .y { src: url('https://f.example.org/f.woff2') }";

        assertThat(origins.inCss(css, "site.css")).extracting(ThirdPartyOrigins.Contact::origin)
                .containsExactly("https://fonts.example.com", "https://f.example.org");
    }
}
