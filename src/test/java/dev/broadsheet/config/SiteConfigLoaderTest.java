package dev.broadsheet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.BuildException;
import dev.broadsheet.testing.FixtureSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteConfigLoaderTest {

    private final SiteConfigLoader loader = new SiteConfigLoader(new YamlReader());

    @Test
    void appliesDefaults(@TempDir Path temp) {
        FixtureSite site = FixtureSite.create(temp, "title: Prova\n");
        SiteConfig config = loader.load(site.root());
        assertThat(config.language()).isEqualTo("en");
        assertThat(config.perPage()).isEqualTo(10);
        assertThat(config.feedSize()).isEqualTo(20);
        assertThat(config.permalink()).isEqualTo("/:year/:month/:slug/");
        assertThat(config.baseUrl()).isEmpty();
        assertThat(config.timeZone().getId()).isEqualTo("UTC");
    }

    @Test
    void reportsEveryBadSettingAtItsLine(@TempDir Path temp) {
        FixtureSite site = FixtureSite.create(temp, """
                title: Prova
                timeZone: Europa/Roma
                perPage: 0
                permalink: /:title/
                baseUrl: example.org
                colour: blue
                """);
        assertThatThrownBy(() -> loader.load(site.root()))
                .isInstanceOfSatisfying(BuildException.class, e -> assertThat(e.problems())
                        .extracting(Object::toString)
                        .anySatisfy(p -> assertThat(p).startsWith("content/site.yaml:2: 'timeZone' must be a time zone"))
                        .anySatisfy(p -> assertThat(p).startsWith("content/site.yaml:3: 'perPage' must be a whole number"))
                        .anySatisfy(p -> assertThat(p).startsWith("content/site.yaml:4: 'permalink' must look like"))
                        .anySatisfy(p -> assertThat(p).startsWith("content/site.yaml:5: the base URL must be"))
                        .anySatisfy(p -> assertThat(p).startsWith("content/site.yaml:6: unknown setting 'colour'")));
    }

    @Test
    void missingInterfaceStringsFallBackToEnglish(@TempDir Path temp) {
        FixtureSite site = FixtureSite.create(temp, "title: Prova\nlanguage: it\n");
        site.write("templates/i18n/it.yaml", "frontPage: Prima pagina\n");
        Strings strings = loader.load(site.root()).strings();
        assertThat(strings.format("frontPage")).isEqualTo("Prima pagina");
        assertThat(strings.format("pageOf", 2, 5)).isEqualTo("Page 2 of 5");
        assertThat(strings.missingKeys()).contains("pageOf").doesNotContain("frontPage");
    }

    @Test
    void baseUrlGetsATrailingSlash(@TempDir Path temp) {
        FixtureSite site = FixtureSite.create(temp, "title: Prova\nbaseUrl: https://user.github.io/my-blog\n");
        assertThat(loader.load(site.root()).baseUrl()).isEqualTo("https://user.github.io/my-blog/");
    }
}
