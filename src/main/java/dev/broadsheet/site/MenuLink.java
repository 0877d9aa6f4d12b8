package dev.broadsheet.site;

/**
 * An entry of the navigation, resolved.
 *
 * @param title what it shows
 * @param target an output path ({@code chi-siamo/index.html}) or an absolute URL
 */
public record MenuLink(String title, String target) {
}
