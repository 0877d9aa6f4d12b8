package dev.broadsheet.importer;

import static dev.broadsheet.importer.XmlElements.attribute;
import static dev.broadsheet.importer.XmlElements.children;
import static dev.broadsheet.importer.XmlElements.local;
import static dev.broadsheet.importer.XmlElements.nestedText;
import static dev.broadsheet.importer.XmlElements.skip;
import static dev.broadsheet.importer.XmlElements.text;

import dev.broadsheet.BuildException;
import dev.broadsheet.Problem;
import java.io.BufferedInputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a Blogger export, classic or Takeout, as a stream of entries: one entry at a time is in
 * memory, however large the export. DTDs and external entities are refused (no Blogger export has
 * one; they are how XML files read other files). Names are matched without their namespace prefix
 * bound, because re-serialised exports lose the inline {@code xmlns:app} of {@code app:draft}.
 */
final class BloggerFeedReader {

    private static final String KIND_SCHEME = "http://schemas.google.com/g/2005#kind";
    private static final String TAKEOUT_NAMESPACE = "http://schemas.google.com/blogger/2018";

    private final XMLInputFactory factory;

    BloggerFeedReader() {
        factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /**
     * Streams every entry of the export to {@code entries}; an entry that cannot be read (no id, a
     * date that is not one) goes to {@code skipped} by its id instead, and the rest is read.
     *
     * @param in the export, buffered (as {@link ExportFile#openFeed()} opens it): its first byte is read and put back
     * @param file the export's name, for problems
     * @return what the export says of the blog
     * @throws BuildException at {@code file:line:col} when the file is not a Blogger export
     */
    FeedInfo read(BufferedInputStream in, String file, Consumer<BloggerEntry> entries, Consumer<Problem> skipped) {
        XMLStreamReader xml = null;
        try {
            // Looked at before the XML reader, which calls an empty file a "premature end of file".
            in.mark(1);
            if (in.read() < 0) {
                throw new BuildException(Problem.of(file, "is empty — Blogger sometimes serves an empty file: download the export again"));
            }
            in.reset();
            xml = factory.createXMLStreamReader(in, "UTF-8");
            return feed(xml, file, entries, skipped);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String message = e.getMessage() == null ? "not well-formed XML" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "");
            throw new BuildException(new Problem(file, at == null ? 0 : Math.max(0, at.getLineNumber()),
                    at == null ? 0 : Math.max(0, at.getColumnNumber()), "not a readable export: " + message.strip()
                    + " — download the export again from Blogger (Settings › Back up content) or Google Takeout"));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // reading is over either way
                }
            }
        }
    }

    private FeedInfo feed(XMLStreamReader xml, String file, Consumer<BloggerEntry> entries, Consumer<Problem> skipped) throws XMLStreamException {
        // The document cannot end before its root: the JDK's reader throws "Premature end of file" for a
        // file with no element, and read has already refused an empty one.
        int event = xml.next();
        while (event != XMLStreamConstants.START_ELEMENT) {
            if (event == XMLStreamConstants.DTD) {
                throw new BuildException(problem(file, xml, "the export declares a DOCTYPE, which no Blogger export has — "
                        + "Broadsheet does not read DTDs or external entities; download the export again"));
            }
            event = xml.next();
        }
        if (!local(xml).equals("feed")) {
            throw new BuildException(problem(file, xml, "starts with <" + xml.getLocalName() + ">, not <feed>: this is not a Blogger export"));
        }
        boolean takeout = false;
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            takeout |= TAKEOUT_NAMESPACE.equals(xml.getAttributeValue(i));
        }
        String id = "";
        String title = "";
        String blogUrl = "";
        Map<String, String> settings = new LinkedHashMap<>();
        while (xml.hasNext()) {
            event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new BuildException(problem(file, xml, "a DOCTYPE inside the export — refused"));
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (local(xml)) {
                case "id" -> id = text(xml);
                case "title" -> title = text(xml);
                case "link" -> {
                    if ("alternate".equals(xml.getAttributeValue(null, "rel"))) {
                        blogUrl = attribute(xml, "href");
                    }
                    skip(xml);
                }
                case "entry" -> {
                    int line = xml.getLocation().getLineNumber();
                    int column = xml.getLocation().getColumnNumber();
                    EntryFields fields = fields(xml);
                    takeout |= !fields.type.isEmpty();
                    Optional<BloggerEntry> entry = entry(fields, file, line, column, skipped);
                    if (entry.isPresent()) {
                        if (entry.get().kind() == BloggerEntry.Kind.SETTINGS) {
                            settings.put(entry.get().settingName(), entry.get().html().strip());
                        }
                        entries.accept(entry.get());
                    }
                }
                default -> skip(xml);
            }
        }
        String blogId = id.endsWith(".archive") ? id.substring(0, id.length() - ".archive".length()) : id;
        return new FeedInfo(takeout ? FeedInfo.Format.TAKEOUT : FeedInfo.Format.CLASSIC, blogId.strip(), title.strip(),
                blogUrl.strip(), settings);
    }

    /** The child elements of an entry, positioned on its start tag; leaves the reader on its end tag. */
    private static EntryFields fields(XMLStreamReader xml) throws XMLStreamException {
        EntryFields f = new EntryFields();
        children(xml, child -> field(child, f));
        return f;
    }

    /** The entry {@code f} describes; empty (with the reason in {@code skipped}) when it is unusable. */
    private static Optional<BloggerEntry> entry(EntryFields f, String file, int line, int column, Consumer<Problem> skipped) {
        String where = f.id.isEmpty() ? "the entry at line " + line : "entry " + f.id;
        if (f.id.isEmpty()) {
            skipped.accept(new Problem(file, line, column, where + " has no <id> and is left out"));
            return Optional.empty();
        }
        BloggerEntry.Kind kind = f.kind();
        Optional<OffsetDateTime> published;
        Optional<OffsetDateTime> updated;
        try {
            published = date(f.published);
            updated = date(f.updated);
        } catch (DateTimeParseException e) {
            skipped.accept(new Problem(file, line, column, where + " has a date that is not one (\"" + f.published + "\", \""
                    + f.updated + "\") and is left out"));
            return Optional.empty();
        }
        if (published.isEmpty() && (kind == BloggerEntry.Kind.POST || kind == BloggerEntry.Kind.PAGE || kind == BloggerEntry.Kind.COMMENT)) {
            skipped.accept(new Problem(file, line, column, where + " has no <published> date and is left out"));
            return Optional.empty();
        }
        // A comment removed on Blogger keeps its entry, without text, marked in the classic export only
        boolean removed = f.removed || (kind == BloggerEntry.Kind.COMMENT && f.content.isBlank());
        return Optional.of(new BloggerEntry(kind, f.id, f.status(), f.title, f.content, published, updated, f.labels,
                f.filename.isEmpty() ? f.alternate : f.filename, f.author, f.metaDescription.strip(), f.location.strip(),
                f.parentPost, f.parentComment, removed, line));
    }

    private static void field(XMLStreamReader xml, EntryFields f) throws XMLStreamException {
        switch (local(xml)) {
            case "id" -> f.id = text(xml).strip();
            case "type" -> f.type = text(xml).strip();
            case "status" -> f.statusText = text(xml).strip();
            case "title" -> f.title = text(xml);
            case "content" -> f.content = text(xml);
            case "published" -> f.published = text(xml).strip();
            case "updated" -> f.updated = text(xml).strip();
            case "filename" -> f.filename = text(xml).strip();
            case "trashed" -> f.trashed = text(xml).strip();
            case "metaDescription" -> f.metaDescription = text(xml);
            case "summary" -> f.metaDescription = f.metaDescription.isBlank() ? text(xml) : f.metaDescription;
            case "parent" -> f.parentPost = text(xml).strip();
            case "inReplyTo" -> f.parentComment = text(xml).strip();
            case "featurename" -> f.location = text(xml);
            case "location" -> f.location = nestedText(xml, "name");
            case "category" -> {
                String scheme = attribute(xml, "scheme");
                String term = attribute(xml, "term");
                if (KIND_SCHEME.equals(scheme)) {
                    f.kindTerm = term;
                } else if (!term.isBlank() && !scheme.startsWith("http://schemas.google.com/")) {
                    f.labels.add(term.strip());
                }
                skip(xml);
            }
            case "link" -> {
                String rel = attribute(xml, "rel");
                if (rel.equals("alternate")) {
                    f.alternate = attribute(xml, "href").strip();
                } else if (rel.equals("related") && f.parentComment.isEmpty()) {
                    String href = attribute(xml, "href");
                    f.parentComment = href.contains("/comments/default/") ? href.substring(href.lastIndexOf('/') + 1).strip() : "";
                }
                skip(xml);
            }
            case "in-reply-to" -> {
                f.parentPost = attribute(xml, "ref").strip();
                skip(xml);
            }
            case "extendedProperty" -> {
                f.removed |= "blogger.contentRemoved".equals(attribute(xml, "name")) && "true".equals(attribute(xml, "value"));
                skip(xml);
            }
            case "control" -> f.draft = nestedText(xml, "draft").strip().equalsIgnoreCase("yes");
            case "author" -> f.author = author(xml);
            default -> skip(xml);
        }
    }

    private static BloggerEntry.Author author(XMLStreamReader xml) throws XMLStreamException {
        String[] name = {"", "", ""};
        boolean[] anonymous = {false};
        children(xml, child -> {
            switch (local(child)) {
                case "name" -> name[0] = text(child).strip();
                case "uri" -> name[1] = text(child).strip();
                case "type" -> anonymous[0] = text(child).strip().equalsIgnoreCase("ANONYMOUS");
                case "image" -> {
                    name[2] = attribute(child, "src").strip();
                    skip(child);
                }
                default -> skip(child);
            }
        });
        return new BloggerEntry.Author(name[0], name[1], name[2], anonymous[0]);
    }

    private static Optional<OffsetDateTime> date(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(OffsetDateTime.parse(text));
    }

    private static Problem problem(String file, XMLStreamReader xml, String message) {
        Location at = xml.getLocation();
        return new Problem(file, Math.max(0, at.getLineNumber()), Math.max(0, at.getColumnNumber()), message);
    }
}
