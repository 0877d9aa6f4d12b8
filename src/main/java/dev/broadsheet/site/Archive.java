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

    /** {@code archive} with newer versions of some of its articles ({@code replaced}, by source), each in the same month. */
    static List<Year> withArticles(List<Year> archive, Map<String, Article> replaced) {
        java.util.Set<java.time.YearMonth> months = new java.util.HashSet<>();
        replaced.values().forEach(a -> months.add(java.time.YearMonth.from(a.published())));
        java.util.function.Predicate<Month> touched = m -> months.contains(java.time.YearMonth.of(m.year(), m.month()));
        List<Year> years = new ArrayList<>(archive.size());
        for (Year year : archive) {
            if (year.months().stream().noneMatch(touched)) {
                years.add(year);
                continue;
            }
            years.add(new Year(year.year(), year.months().stream().map(m -> !touched.test(m)
                    ? m : new Month(m.year(), m.month(), m.articles().stream().map(a -> replaced.getOrDefault(a.source(), a)).toList())).toList()));
        }
        return years;
    }

    /** Groups {@code newestFirst} by year and month (in the site's time zone, as published). */
    static List<Year> of(List<Article> newestFirst) {
        Map<Integer, Map<Integer, List<Article>>> years = new LinkedHashMap<>();
        for (Article article : newestFirst) {
            years.computeIfAbsent(article.published().getYear(), y -> new LinkedHashMap<>())
                    .computeIfAbsent(article.published().getMonthValue(), m -> new ArrayList<>())
                    .add(article);
        }
        List<Year> archive = new ArrayList<>();
        years.forEach((year, months) -> {
            List<Month> list = new ArrayList<>();
            months.forEach((month, articles) -> list.add(new Month(year, month, articles)));
            archive.add(new Year(year, list));
        });
        return archive;
    }
}
