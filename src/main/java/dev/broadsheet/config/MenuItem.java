package dev.broadsheet.config;

import java.util.Objects;

/**
 * An entry of {@code menu:} in {@code site.yaml}: a title and either a standalone page (by slug)
 * or a URL (from the site root, such as {@code /archive/}, or absolute).
 *
 * @param title what the menu shows
 * @param page the slug of a page of {@code content/pages}, or empty
 * @param url a site path or an absolute URL, or empty
 * @param line the line of {@code menu:} in {@code site.yaml}, for problems
 */
public record MenuItem(String title, String page, String url, int line) {

    public MenuItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(url, "url");
    }
}
