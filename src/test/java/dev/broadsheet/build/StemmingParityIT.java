package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.render.SearchWords;
import dev.broadsheet.testing.Browser;
import dev.broadsheet.testing.FixtureSite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The browser cuts, folds and stems words exactly as the build indexed them: the search page's own
 * code and the Java side run on the same word lists (thousands of Snowball's test words, and text
 * with capitals, accents, apostrophes and letters beyond Latin) and must agree word for word.
 */
class StemmingParityIT {

    private static final String TRICKY = "Città PERCHÉ perché l’Italia dell'anno Ünïcödé naïve Straße İstanbul ΣΟΦΊΑ Ὀδυσσεύς "
            + "ǅemal ﬁne Ångström façade résumé 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 日本語 Москва x² ½ ٣ e\u0301 a\u030a 2025-09-03 G7 covid-19 "
            + "ANSA/Reuters l'80° anniversario «virgolette» “curve” — trattino… fine.";

    @TempDir
    Path temp;
    ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @CsvSource({"it, italian-words.txt", "en, english-words.txt"})
    void theBrowserStemsEveryWordAsTheBuildDid(String language, String list) throws IOException {
        FixtureSite site = FixtureSite.create(temp, "title: Prova\nlanguage: " + language + "\n")
                .article("2025-09-03-prova", "title: Prova", "Testo.\n");
        site.build();
        String text = words(list) + "\n" + TRICKY;
        SearchWords java = SearchWords.forLanguage(language);
        List<List<String>> expected = new ArrayList<>();
        for (String word : java.words(text)) {
            expected.add(List.of(word, java.stem(word)));
        }
        assertThat(expected).hasSizeGreaterThan(3900);

        browser = Browser.start(temp.resolve("profile"));
        browser.get(site.output().resolve("search/index.html").toUri().toString());
        Object found = browser.executeScript("return window.BROADSHEET_SEARCH.analyse(arguments[0]);", text);

        assertThat(found).isEqualTo(expected);
    }

    private static String words(String list) throws IOException {
        try (InputStream in = StemmingParityIT.class.getResourceAsStream("/search/" + list)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
