package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Articles by year and month, newest first, like Blogger's archive widget. */
public final class Archive {

    private Archive() {
    }

    /** A month of the archive: its articles, newest first. */
    public record Month(int year, int month, List<Article> articles) {

        public Month {
            articles = List.copyOf(articles);
        }

        public int count() {
            return articles.size();
        }

        /** The first day of the month, for templates to format ("settembre 2025"). */
        public java.time.LocalDate firstDay() {
            return java.time.LocalDate.of(year, month, 1);
        }
    }

    /** A year of the archive: its months, newest first. */
    public record Year(int year, List<Month> months) {

        public Year {
            months = List.copyOf(months);
        }

        public int count() {
            return months.stream().mapToInt(Month::count).sum();
        }

        public List<Article> articles() {
            return months.stream().flatMap(m -> m.articles().stream()).toList();
        }
    }
}
