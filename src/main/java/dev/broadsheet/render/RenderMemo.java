package dev.broadsheet.render;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.site.Sitemap;
import dev.broadsheet.site.Urls;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What planning and rendering keep from one build to the next that does not depend on the
 * templates: the views of articles, the last jobs, the site-wide values, the sitemap's and the
 * search index's entries. Each is a value kept while it is equal, so keeping them is never wrong;
 * one memo serves the renderers of one set of settings, and a template save keeps it.
 */
public final class RenderMemo {

    final Views views;
    final Map<String, RenderJob> jobs = new HashMap<>();
    final Map<String, Object> siteWide = new HashMap<>();
    final Sitemap sitemap = new Sitemap();
    final SearchIndex searchIndex;
    Object menu = List.of();

    public RenderMemo(SiteConfig config, Urls urls) {
        this.views = new Views(config, urls);
        this.searchIndex = new SearchIndex(urls, TemplateFunctions.dateFormat(config), SearchWords.forLanguage(config.language()));
    }
}
