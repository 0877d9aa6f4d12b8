package dev.broadsheet.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.broadsheet.content.Article;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.site.Urls;
import java.io.IOException;
import java.util.List;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Schema.org data for search engines, written with a JSON generator. {@code <}, {@code >}, {@code &},
 * U+2028 and U+2029 are written as {@code \\uXXXX}, so no value can close the {@code <script>} it
 * stands in, open a comment, or break a JavaScript parser, and the data parses back unchanged.
 */
final class JsonLd {

    private static final JsonFactory JSON = new JsonFactory();
    static final CharacterEscapes SCRIPT_SAFE = new ScriptSafeEscapes();

    private final SiteConfig config;
    private final Urls urls;

    JsonLd(SiteConfig config, Urls urls) {
        this.config = config;
        this.urls = urls;
    }

    /** A {@code NewsArticle} describing {@code article}. */
    /** @param image the picture that shares the article, if any */
    String newsArticle(Article article, java.util.Optional<PageImages.ShareImage> image, List<Views.AuthorLink> authors) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out).setCharacterEscapes(SCRIPT_SAFE)) {
            String canonical = urls.absolute(urls.articlePath(article));
            json.writeStartObject();
            json.writeStringField("@context", "https://schema.org");
            json.writeStringField("@type", "NewsArticle");
            json.writeStringField("headline", article.title());
            json.writeStringField("description", article.summary());
            json.writeStringField("datePublished", IsoDates.format(article.published()));
            json.writeStringField("dateModified", IsoDates.format(article.updated()));
            json.writeStringField("inLanguage", config.language());
            json.writeArrayFieldStart("author");
            if (authors.isEmpty()) {
                json.writeStartObject();
                json.writeStringField("@type", "Person");
                json.writeStringField("name", article.author());
                json.writeEndObject();
            }
            for (Views.AuthorLink author : authors) {
                json.writeStartObject();
                json.writeStringField("@type", "Person");
                json.writeStringField("name", author.name());
                if (urls.hasBaseUrl()) {
                    json.writeStringField("url", urls.absolute(author.path()));
                }
                if (!author.sameAs().isEmpty()) {
                    json.writeArrayFieldStart("sameAs");
                    for (String link : author.sameAs()) {
                        json.writeString(link);
                    }
                    json.writeEndArray();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("publisher");
            json.writeStringField("@type", "Organization");
            json.writeStringField("name", config.title());
            if (urls.hasBaseUrl()) {
                json.writeStringField("url", urls.absolute(urls.homePath(1)));
                if (!config.logo().isEmpty()) {
                    json.writeObjectFieldStart("logo");
                    json.writeStringField("@type", "ImageObject");
                    json.writeStringField("url", TemplateFunctions.absoluteImage(urls, config.logo()));
                    json.writeEndObject();
                }
            }
            json.writeEndObject();
            if (urls.hasBaseUrl()) {
                json.writeStringField("url", canonical);
                json.writeObjectFieldStart("mainEntityOfPage");
                json.writeStringField("@type", "WebPage");
                json.writeStringField("@id", canonical);
                json.writeEndObject();
                if (image.isPresent()) {
                    json.writeArrayFieldStart("image");
                    imageObject(json, image.get());
                    json.writeEndArray();
                }
            }
            if (!article.tags().isEmpty()) {
                json.writeArrayFieldStart("keywords");
                for (String tag : article.tags()) {
                    json.writeString(tag);
                }
                json.writeEndArray();
            }
            if (!article.section().isEmpty()) {
                json.writeStringField("articleSection", article.section());
            }
            if (!article.dateline().isEmpty()) {
                json.writeObjectFieldStart("locationCreated");
                json.writeStringField("@type", "Place");
                json.writeStringField("name", article.dateline());
                json.writeEndObject();
            }
            json.writeNumberField("wordCount", article.wordCount());
            if (!article.corrections().isEmpty()) {
                json.writeArrayFieldStart("correction");
                for (dev.broadsheet.content.Correction correction : article.corrections()) {
                    json.writeStartObject();
                    json.writeStringField("@type", "CorrectionComment");
                    json.writeStringField("datePublished", IsoDates.format(correction.date()));
                    json.writeStringField("text", correction.text());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private void imageObject(com.fasterxml.jackson.core.JsonGenerator json, PageImages.ShareImage image) throws IOException {
        json.writeStartObject();
        json.writeStringField("@type", "ImageObject");
        json.writeStringField("url", TemplateFunctions.absoluteImage(urls, image.path()));
        if (image.width() > 0) {
            json.writeNumberField("width", image.width());
            json.writeNumberField("height", image.height());
        }
        if (!image.caption().isEmpty()) {
            json.writeStringField("caption", image.caption());
        }
        if (!image.credit().isEmpty()) {
            json.writeStringField("creditText", image.credit());
        }
        json.writeEndObject();
    }

    /** Jackson's standard escapes plus the characters that matter inside an HTML {@code <script>}. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private final int[] escapes = standardAsciiEscapesForJSON();

        ScriptSafeEscapes() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? new SerializedString("\\u2028") : ch == 0x2029 ? new SerializedString("\\u2029") : null;
        }
    }
}
