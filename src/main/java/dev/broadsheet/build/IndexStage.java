package dev.broadsheet.build;

import dev.broadsheet.site.IndexEntry;
import dev.broadsheet.site.Site;
import dev.broadsheet.site.SiteIndex;
import dev.broadsheet.site.SiteIndexer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The index stage. The site's structure is computed from the published articles' entries alone
 * ({@link IndexEntry}), so when they equal last time's the structure is reused; the site itself,
 * which holds this build's articles, is assembled anew.
 */
final class IndexStage {

    private record Known(List<IndexEntry> entries, Locale locale, SiteIndex index) {
    }

    private final boolean remember;
    private Optional<Known> last = Optional.empty();

    IndexStage(boolean remember) {
        this.remember = remember;
    }

    Site index(SiteIndexer indexer, ParseStage.Parsed parsed, BuildOptions options, Locale locale) {
        var published = indexer.published(parsed.articles(), options.clock().instant(), options.drafts(), options.future());
        List<IndexEntry> entries = SiteIndexer.entries(published);
        SiteIndex index = last.filter(k -> k.entries().equals(entries) && k.locale().equals(locale)).map(Known::index)
                .orElseGet(() -> indexer.index(entries));
        if (remember) {
            last = Optional.of(new Known(entries, locale, index));
        }
        return indexer.site(index, published, parsed.pages(), parsed.redirects(), options.clock().instant(), options.drafts());
    }
}
