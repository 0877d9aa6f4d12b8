package dev.broadsheet.content;

import dev.broadsheet.markdown.LinkRef;
import dev.broadsheet.markdown.RenderedMarkdown.Heading;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed article as bytes and back, for the build cache: every field, so that the article read
 * back equals the one written. Front-matter values Broadsheet does not know ({@code params}) are
 * what the YAML reader makes: strings, lists and maps of them.
 */
public final class ArticleCodec {

    private static final byte STRING = 0;
    private static final byte LIST = 1;
    private static final byte MAP = 2;

    private ArticleCodec() {
    }

    public static void write(DataOutput out, Article article) throws IOException {
        for (String field : List.of(article.source(), article.slug(), article.title())) {
            string(out, field);
        }
        time(out, article.published());
        time(out, article.updated());
        for (String field : List.of(article.author(), article.summary(), article.standfirst())) {
            string(out, field);
        }
        strings(out, article.authors());
        out.writeInt(article.authorLine());
        strings(out, article.tags());
        for (String field : List.of(article.dateline(), article.image(), article.imageAlt(), article.imageCaption(), article.imageCredit(),
                article.section(), article.dossier())) {
            string(out, field);
        }
        out.writeInt(article.part());
        strings(out, article.aliases());
        out.writeBoolean(article.draft());
        string(out, article.bodyHtml());
        out.writeInt(article.wordCount());
        string(out, article.text());
        out.writeInt(article.headings().size());
        for (Heading heading : article.headings()) {
            out.writeInt(heading.level());
            string(out, heading.text());
            string(out, heading.id());
        }
        out.writeInt(article.links().size());
        for (LinkRef link : article.links()) {
            string(out, link.destination());
            out.writeInt(link.line());
            out.writeBoolean(link.image());
            string(out, link.description());
        }
        string(out, article.layout());
        out.writeBoolean(article.toc());
        out.writeInt(article.corrections().size());
        for (Correction correction : article.corrections()) {
            time(out, correction.date());
            string(out, correction.text());
        }
        out.writeInt(article.comments().size());
        for (Comment comment : article.comments()) {
            for (String field : List.of(comment.id(), comment.author(), comment.authorUrl())) {
                string(out, field);
            }
            time(out, comment.published());
            string(out, comment.html());
            string(out, comment.replyTo());
            out.writeInt(comment.depth());
            out.writeBoolean(comment.removed());
        }
        value(out, article.params());
    }

    @SuppressWarnings("unchecked")
    public static Article read(DataInput in) throws IOException {
        String source = string(in);
        String slug = string(in);
        String title = string(in);
        ZonedDateTime published = time(in);
        ZonedDateTime updated = time(in);
        String author = string(in);
        String summary = string(in);
        String standfirst = string(in);
        List<String> authors = strings(in);
        int authorLine = in.readInt();
        List<String> tags = strings(in);
        String dateline = string(in);
        String image = string(in);
        String imageAlt = string(in);
        String imageCaption = string(in);
        String imageCredit = string(in);
        String section = string(in);
        String dossier = string(in);
        int part = in.readInt();
        List<String> aliases = strings(in);
        boolean draft = in.readBoolean();
        String bodyHtml = string(in);
        int wordCount = in.readInt();
        String text = string(in);
        List<Heading> headings = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            headings.add(new Heading(in.readInt(), string(in), string(in)));
        }
        List<LinkRef> links = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            links.add(new LinkRef(string(in), in.readInt(), in.readBoolean(), string(in)));
        }
        String layout = string(in);
        boolean toc = in.readBoolean();
        List<Correction> corrections = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            corrections.add(new Correction(time(in), string(in)));
        }
        List<Comment> comments = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            comments.add(new Comment(string(in), string(in), string(in), time(in), string(in), string(in), in.readInt(), in.readBoolean()));
        }
        Map<String, Object> params = (Map<String, Object>) value(in);
        return new Article(source, slug, title, published, updated, author, authors, authorLine, summary, standfirst, tags, dateline, image, imageAlt, imageCaption,
                imageCredit, section, dossier, part, aliases, draft, bodyHtml, wordCount, text, headings, links, layout, toc, corrections, comments, params);
    }

    private static void string(DataOutput out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInput in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void strings(DataOutput out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String item : list) {
            string(out, item);
        }
    }

    private static List<String> strings(DataInput in) throws IOException {
        List<String> list = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            list.add(string(in));
        }
        return list;
    }

    /** The instant and the zone: a time read back is equal, offset and zone rules included. */
    private static void time(DataOutput out, ZonedDateTime time) throws IOException {
        out.writeLong(time.toEpochSecond());
        out.writeInt(time.getNano());
        string(out, time.getZone().getId());
    }

    private static ZonedDateTime time(DataInput in) throws IOException {
        Instant instant = Instant.ofEpochSecond(in.readLong(), in.readInt());
        return ZonedDateTime.ofInstant(instant, ZoneId.of(string(in)));
    }

    private static void value(DataOutput out, Object value) throws IOException {
        if (value instanceof String text) {
            out.writeByte(STRING);
            string(out, text);
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object item : list) {
                value(out, item);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                string(out, (String) entry.getKey());
                value(out, entry.getValue());
            }
        } else {
            throw new IOException("a front-matter value of " + value.getClass() + " cannot be cached");
        }
    }

    private static Object value(DataInput in) throws IOException {
        byte kind = in.readByte();
        int size;
        switch (kind) {
            case STRING:
                return string(in);
            case LIST:
                size = in.readInt();
                List<Object> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    list.add(value(in));
                }
                return Collections.unmodifiableList(list);
            case MAP:
                size = in.readInt();
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    map.put(string(in), value(in));
                }
                return Collections.unmodifiableMap(map);
            default:
                throw new IOException("not a front-matter value: " + kind);
        }
    }
}
