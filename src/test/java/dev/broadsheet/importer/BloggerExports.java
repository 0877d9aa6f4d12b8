package dev.broadsheet.importer;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Blogger exports for tests, written from the field tables and quirks of the research note
 * ({@code shared/research/blogger-formats.md}): the same blog as a classic "Back up content" file
 * and as a Takeout {@code feed.atom}. An Italian news blog, "Il Taccuino", on
 * {@code iltaccuino.blogspot.com}, in Europe/Rome.
 */
final class BloggerExports {

    static final String BLOG_ID = "7435112345678901234";
    static final String BLOGSPOT = "https://iltaccuino.blogspot.com";
    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    enum Status { LIVE, DRAFT, SCHEDULED, TRASHED }

    /** A post or page of the fixture blog. */
    record Post(String id, boolean page, String title, String html, OffsetDateTime published, OffsetDateTime updated,
                List<String> labels, String path, Status status, String author, String searchDescription, String location) {

        Post withHtml(String body) {
            return new Post(id, page, title, body, published, updated, labels, path, status, author, searchDescription, location);
        }

        Post withUpdated(OffsetDateTime when) {
            return new Post(id, page, title, html, published, when, labels, path, status, author, searchDescription, location);
        }

        Post withTitle(String text) {
            return new Post(id, page, text, html, published, updated, labels, path, status, author, searchDescription, location);
        }
    }

    /** A reader's comment. {@code parent} is the comment it answers, or empty. */
    record Comment(String id, String post, String parent, String author, boolean anonymous, String html, OffsetDateTime published,
                   boolean spam, boolean removed) {
    }

    final List<Post> posts = new ArrayList<>();
    final List<Comment> comments = new ArrayList<>();

    /** The fixture blog: 34 posts (drafts, a scheduled one, trashed ones, every quirk), 3 pages, 12 comments. */
    static BloggerExports taccuino() {
        BloggerExports blog = new BloggerExports();
        String[][] labels = {{"Russia", "Diplomazia"}, {"Corea del Nord"}, {"Città", "Cronaca"}, {"Politica estera", "Russia"},
                {"Economia"}, {"Cina", "Diplomazia"}, {"Cronaca"}, {"Economia", "Città"}};
        for (int i = 1; i <= 22; i++) {
            OffsetDateTime when = OffsetDateTime.of(2025, 1 + (i % 9), 1 + (i * 3) % 27, 9 + i % 10, 15, 0, 0, ZoneOffset.ofHours(i % 9 < 3 ? 1 : 2));
            String slug = "notizia-numero-" + i;
            blog.post("10" + i, "Notizia numero " + i + ": il punto della settimana", generic(i), when, labels[i % labels.length],
                    "/" + when.getYear() + "/" + String.format("%02d", when.getMonthValue()) + "/" + slug + ".html");
        }
        blog.posts.add(new Post("201", false, "Putin e Kim, colloquio a porte chiuse a Diaoyutai", seedArticle(),
                OffsetDateTime.parse("2025-09-03T18:30:00.004+02:00"), OffsetDateTime.parse("2025-09-04T09:12:31.120+02:00"),
                List.of("Russia", "Corea del Nord", "Diplomazia"), "/2025/09/putin-e-kim-colloquio-porte-chiuse.html", Status.LIVE,
                "Redazione Esteri", "Il presidente russo e il leader nordcoreano si sono visti a Pechino.", "Pechino, Cina"));
        // Untitled: the slug Blogger made from the body
        blog.post("202", "", "Hakyll-convert provides a library and utility.<br /><br />We aim to keep URLs.",
                OffsetDateTime.parse("2025-08-02T14:44:00.002+02:00"), new String[] {"Cronaca"}, "/2025/08/hakyll-convert-provides-library-and.html");
        // Slug collisions across months and a Blogger collision suffix; a title with a URL in it
        blog.post("203", "Python 3", "<p>Prima.</p>", OffsetDateTime.parse("2025-03-10T10:00:00+01:00"), new String[] {"Economia"}, "/2025/03/python-3.html");
        blog.post("204", "Python 3", "<p>Seconda.</p>", OffsetDateTime.parse("2025-05-10T10:00:00+02:00"), new String[] {"Economia"}, "/2025/05/python-3.html");
        blog.post("205", "Cypress mountain", "<p>Sentiero.</p>", OffsetDateTime.parse("2025-05-10T11:00:00+02:00"), new String[] {"Cronaca"},
                "/2025/05/cypress-mountain_2989.html");
        blog.post("206", "Vedi http://goo.gl/abc/def per i dettagli", "<p>Link.</p>", OffsetDateTime.parse("2025-06-01T08:00:00+02:00"),
                new String[] {"Cronaca"}, "/2025/06/vedi-httpgooglabcdef-per-i-dettagli.html");
        // Published at 00:30 in Rome on 1 October: 30 September in UTC, and its address says September
        blog.post("207", "Notte di ottobre", "<p>A mezzanotte e mezza.</p>", OffsetDateTime.parse("2025-10-01T00:30:00+02:00"),
                new String[] {"Cronaca"}, "/2025/09/notte-di-ottobre.html");
        // Accents dropped by Blogger's slug; labels differing only in case
        blog.post("208", "Lakásvadászat a Città", "<p>Casa.</p>", OffsetDateTime.parse("2025-04-04T12:00:00+02:00"),
                new String[] {"russia", "Città"}, "/2025/04/laksvadszat-citta.html");
        blog.post("209", "Soup dal nuovo editor", soupArticle(), OffsetDateTime.parse("2025-07-07T07:07:00+02:00"),
                new String[] {"Economia", "Politica estera"}, "/2025/07/soup-dal-nuovo-editor.html");
        blog.post("210", "Incollato da Word", wordArticle(), OffsetDateTime.parse("2025-07-08T07:07:00+02:00"), new String[] {"Cronaca"},
                "/2025/07/incollato-da-word.html");
        blog.post("211", "Foto e video", picturesArticle(), OffsetDateTime.parse("2025-07-09T07:07:00+02:00"), new String[] {"Cina"},
                "/2025/07/foto-e-video.html");
        blog.post("212", "Link tra articoli", linksArticle(), OffsetDateTime.parse("2025-09-20T07:07:00+02:00"), new String[] {"Cronaca"},
                "/2025/09/link-tra-articoli.html");
        blog.post("213", "Graffe {{ 7 * 7 }} nel titolo", "<p>{{ 7 * 7 }} e {% if true %}sì{% endif %} restano scritti.</p>",
                OffsetDateTime.parse("2025-09-21T07:07:00+02:00"), new String[] {"Cronaca"}, "/2025/09/graffe-7-7-nel-titolo.html");
        blog.posts.add(new Post("214", false, "Bozza riservata", "<p>Non ancora pubblicata.</p>", OffsetDateTime.parse("2025-09-22T10:00:00+02:00"),
                OffsetDateTime.parse("2025-09-22T10:00:00+02:00"), List.of("Cronaca"), "", Status.DRAFT, "Redazione", "", ""));
        blog.posts.add(new Post("215", false, "Bozza senza etichette", "Testo.", OffsetDateTime.parse("2025-09-23T10:00:00+02:00"),
                OffsetDateTime.parse("2025-09-23T10:00:00+02:00"), List.of(), "", Status.DRAFT, "Redazione", "", ""));
        blog.posts.add(new Post("216", false, "Programmato per novembre", "<p>Uscirà più avanti.</p>", OffsetDateTime.parse("2025-11-15T08:00:00+01:00"),
                OffsetDateTime.parse("2025-09-25T10:00:00+02:00"), List.of("Economia"), "/2025/11/programmato-per-novembre.html",
                Status.SCHEDULED, "Redazione", "", ""));
        blog.posts.add(new Post("217", false, "Cestinato", "<p>Via.</p>", OffsetDateTime.parse("2025-06-06T10:00:00+02:00"),
                OffsetDateTime.parse("2025-06-06T10:00:00+02:00"), List.of("Cronaca"), "/2025/06/cestinato.html", Status.TRASHED,
                "Redazione", "", ""));
        blog.posts.add(new Post("301", true, "Chi siamo", "<p>La redazione del <b>Taccuino</b>.</p><p>Scriveteci.</p>",
                OffsetDateTime.parse("2024-01-10T10:00:00+01:00"), OffsetDateTime.parse("2025-02-01T10:00:00+01:00"), List.of(),
                "/p/chi-siamo.html", Status.LIVE, "Redazione", "", ""));
        blog.posts.add(new Post("302", true, "Archivio", "<p>Una pagina che si chiama come l’archivio del sito.</p>",
                OffsetDateTime.parse("2024-01-11T10:00:00+01:00"), OffsetDateTime.parse("2024-01-11T10:00:00+01:00"), List.of(),
                "/p/archive.html", Status.LIVE, "Redazione", "", ""));
        blog.posts.add(new Post("303", true, "Pagina in bozza", "<p>Presto.</p>", OffsetDateTime.parse("2024-01-12T10:00:00+01:00"),
                OffsetDateTime.parse("2024-01-12T10:00:00+01:00"), List.of(), "", Status.DRAFT, "Redazione", "", ""));
        blog.comments.add(new Comment("9001", "201", "", "Marco Rossi", false, "Ottimo pezzo,<br />grazie.", OffsetDateTime.parse("2025-09-03T19:02:00.000+02:00"), false, false));
        blog.comments.add(new Comment("9002", "201", "9001", "Anonymous", true, "Concordo &amp; rilancio: <a href=\"" + BLOGSPOT
                + "/2025/09/link-tra-articoli.html\">vedi qui</a>.", OffsetDateTime.parse("2025-09-03T20:15:00.000+02:00"), false, false));
        blog.comments.add(new Comment("9003", "201", "", "Giulia", false, "Testo rimosso.", OffsetDateTime.parse("2025-09-04T08:00:00.000+02:00"), false, true));
        blog.comments.add(new Comment("9004", "201", "9001", "Marco Rossi", false, "Una seconda risposta.", OffsetDateTime.parse("2025-09-04T09:00:00.000+02:00"), false, false));
        blog.comments.add(new Comment("9005", "201", "", "Spammer", false, "Compra <a href=\"http://spam.example/\">qui</a>", OffsetDateTime.parse("2025-09-04T10:00:00.000+02:00"), true, false));
        for (int i = 0; i < 7; i++) {
            blog.comments.add(new Comment("91" + i, "10" + (i + 1), "", "Lettore " + i, false, "Commento " + i + ".",
                    OffsetDateTime.parse("2025-09-10T10:00:00+02:00").plusHours(i), false, false));
        }
        return blog;
    }

    private void post(String id, String title, String html, OffsetDateTime published, String[] labels, String path) {
        posts.add(new Post(id, false, title, html, published, published.plusSeconds(31), List.of(labels), path, Status.LIVE,
                "Redazione", "", ""));
    }

    private static String generic(int i) {
        return "Roma, " + i + " settembre. Primo paragrafo della notizia numero " + i + ", con i fatti principali.<br /><br />"
                + "Secondo paragrafo: il contesto, le reazioni<br />e una riga spezzata.<br /><br /><a name='more'></a>"
                + "Terzo paragrafo, dopo l’interruzione, con un’ultima frase.";
    }

    /** The example article as Blogger published it: div soup, headings, a list with newlines in the source. */
    static String seedArticle() {
        return "<div style=\"text-align: justify;\"><span style=\"font-family: Georgia, serif;\">Pechino, 3 settembre 2025. Subito dopo la ricezione "
                + "per l’80° anniversario della fine della Seconda guerra mondiale, Vladimir Putin e Kim Jong-un si sono spostati (a bordo della "
                + "berlina presidenziale russa) alla residenza di Stato Diaoyutai, dove hanno tenuto un colloquio bilaterale a porte chiuse.</span></div>"
                + "<div><br /></div><!--more--><h3 style=\"text-align: left;\">Contenuti politici del colloquio</h3>"
                + "<div>Secondo il resoconto ufficiale russo e le agenzie internazionali, il clima &#232; stato di &#8220;alleanza e fiducia&#8221;.</div>"
                + "<div><br /></div><div>Kim ha ricambiato parlando di “dovere\nfraterno” verso la Russia e della volontà di espandere la cooperazione\n"
                + "economica “in tutti i settori”.</div><h3>Il contesto cinese</h3><div>Che il bilaterale sia avvenuto a Pechino non è un dettaglio.</div>"
                + "<div><br /></div><div>Punti da tenere d’occhio:</div><ul><li>eventuale annuncio di date/luoghi per la\nvisita di Kim in Russia;</li>"
                + "<li>seguiti concreti del trattato del 2024 (commesse\nindustriali, logistica, scambi energetici);</li>"
                + "<li>reazioni di Seul, Tokyo e Washington.</li></ul>";
    }

    private static String soupArticle() {
        return "<div>Caff&amp;egrave; e cornetto&amp;nbsp;alle 8&amp;#8217;30.</div><div><br /></div>"
                + "<div style=\"color: #333;\"><font face=\"arial\"><span style=\"font-size: large;\"><b>Grassetto</b> e <i>corsivo</i>.</span></font></div>"
                + "<div><br /></div><blockquote style=\"border: 0;\">Una citazione.</blockquote>"
                + "<table border=\"1\"><tbody><tr><th>Paese</th><th>Capitale</th></tr><tr><td>Corea del Nord</td><td>Pyongyang</td></tr>"
                + "<tr><td>Russia</td><td>Mosca</td></tr></tbody></table>"
                + "<table><tbody><tr><td colspan=\"2\">Voti</td></tr><tr><td>Sì</td><td>No</td></tr></tbody></table>";
    }

    private static String wordArticle() {
        return "<p class=\"MsoNormal\" style=\"margin-bottom: 0.0001pt;\"><span style=\"font-size: 12.0pt; font-family: &quot;Times New Roman&quot;;\">"
                + "Testo incollato da Word.<o:p></o:p></span></p><!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->"
                + "<p class=\"MsoListParagraphCxSpFirst\" style=\"text-indent: -18.0pt;\"><!--[if !supportLists]--><span style=\"font-family: Symbol;\">·"
                + "<span style=\"font: 7.0pt &quot;Times New Roman&quot;;\">&nbsp;&nbsp;&nbsp;&nbsp; </span></span><!--[endif]-->Prima voce</p>"
                + "<p class=\"MsoListParagraphCxSpLast\" style=\"text-indent: -18.0pt;\"><!--[if !supportLists]--><span style=\"font-family: Symbol;\">·"
                + "<span>&nbsp;&nbsp;&nbsp;</span></span><!--[endif]-->Seconda voce</p>";
    }

    private static String picturesArticle() {
        return "<div class=\"separator\" style=\"clear: both; text-align: center;\"><a href=\"https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh1/s1600/parata.jpg\" "
                + "imageanchor=\"1\" style=\"margin-left: 1em;\"><img border=\"0\" data-original-height=\"1200\" height=\"213\" "
                + "src=\"https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh1/s320/parata.jpg\" width=\"320\" alt=\"La parata\" /></a></div>"
                + "<table align=\"center\" cellpadding=\"0\" cellspacing=\"0\" class=\"tr-caption-container\"><tbody><tr><td style=\"text-align: center;\">"
                + "<a href=\"https://1.bp.blogspot.com/-Ab/Xy/AAAAAAAA/Cd/s1600/piazza.png\"><img src=\"https://1.bp.blogspot.com/-Ab/Xy/AAAAAAAA/Cd/s400/piazza.png\" /></a>"
                + "</td></tr><tr><td class=\"tr-caption\" style=\"text-align: center;\">Piazza Tian’anmen, 3 settembre</td></tr></tbody></table>"
                + "<p><img src=\"https://blogger.googleusercontent.com/img/a/AVvXsEiNoName123=s600\" alt=\"Senza nome\"/></p>"
                + "<p><img src=\"//2.bp.blogspot.com/-Zz/Yy/AAAAAAAA/Ee/w640-h426/perduta.jpg\" alt=\"Perduta\"/></p>"
                + "<p><img src=\"https://www.ansa.example/foto/esterna.jpg\" alt=\"Esterna\"/></p>"
                + "<div class=\"separator\"><iframe allowfullscreen=\"\" class=\"BLOG_video_class\" height=\"266\" src=\"//www.youtube.com/embed/abcDEF12345\" "
                + "width=\"320\" youtube-src-id=\"abcDEF12345\"></iframe></div>"
                + "<p><iframe src=\"https://www.google.com/maps/embed?pb=!1m18\" width=\"600\" height=\"450\" style=\"border:0;\"></iframe></p>";
    }

    private static String linksArticle() {
        return "<p>Leggi <a href=\"" + BLOGSPOT + "/2025/09/putin-e-kim-colloquio-porte-chiuse.html\">il colloquio</a>, "
                + "<a href=\"http://iltaccuino.blogspot.com/2025/03/python-3.html?m=1\">la versione mobile</a>, "
                + "<a href=\"https://iltaccuino.blogspot.it/p/chi-siamo.html\">chi siamo</a>, "
                + "<a href=\"" + BLOGSPOT + "/search/label/Corea%20del%20Nord\">l’etichetta</a>, "
                + "<a href=\"" + BLOGSPOT + "/2025/09/putin-e-kim-colloquio-porte-chiuse.html?showComment=1756918920000#c9001\">il commento</a>, "
                + "<a href=\"" + BLOGSPOT + "/2025/09/bozza-riservata.html\">una bozza</a>, "
                + "<a href=\"" + BLOGSPOT + "/\">la prima pagina</a> e "
                + "<a href=\"https://example.org/altro\">un sito esterno</a>.</p>";
    }

    /** The classic "Back up content" export: one line, template and settings first, comments last. */
    String classic() {
        StringBuilder xml = new StringBuilder("<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet href=\"https://www.blogger.com/styles/atom.css\" type=\"text/css\"?>");
        xml.append("<feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:gd='http://schemas.google.com/g/2005'")
                .append(" xmlns:thr='http://purl.org/syndication/thread/1.0' xmlns:georss='http://www.georss.org/georss'>")
                .append("<id>tag:blogger.com,1999:blog-").append(BLOG_ID).append(".archive</id><updated>2025-09-30T12:00:00.000+02:00</updated>")
                .append("<title type='text'>Il Taccuino</title><link rel='alternate' type='text/html' href='").append(BLOGSPOT).append("/'/>")
                .append("<author><name>Redazione</name><email>noreply@blogger.com</email></author><generator version='7.00' uri='https://www.blogger.com'>Blogger</generator>");
        xml.append("<entry><id>tag:blogger.com,1999:blog-").append(BLOG_ID).append(".layout</id><published>2024-01-01T10:00:00.000+01:00</published>")
                .append("<updated>2025-09-30T12:00:00.000+02:00</updated><title type='text'>Modello: Il Taccuino</title>")
                .append("<content type='text'>&lt;?xml version=\"1.0\"?&gt;&lt;html&gt;&lt;b:skin&gt;&lt;/b:skin&gt;&lt;/html&gt;</content>")
                .append("<link rel='alternate' type='text/html' href='").append(BLOGSPOT).append("/'/>")
                .append("<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#template'/></entry>");
        setting(xml, "BLOG_NAME", "Nome del blog", "Il Taccuino");
        setting(xml, "BLOG_DESCRIPTION", "Descrizione", "Notizie e analisi, con calma.");
        setting(xml, "BLOG_LOCALE", "Lingua", "it");
        setting(xml, "BLOG_TIME_ZONE", "Fuso orario", "Europe/Rome");
        setting(xml, "BLOG_SUBDOMAIN", "Sottodominio", "iltaccuino");
        setting(xml, "BLOG_CONVERT_LINE_BREAKS", "Converti interruzioni di riga", "false");
        for (Post post : posts) {
            if (post.status() == Status.TRASHED) {
                continue; // the classic export holds no trash
            }
            String kind = post.page() ? "page" : "post";
            xml.append("<entry><id>tag:blogger.com,1999:blog-").append(BLOG_ID).append('.').append(kind).append('-').append(post.id()).append("</id>")
                    .append("<published>").append(millis(post.published())).append("</published><updated>").append(millis(post.updated())).append("</updated>");
            if (post.status() == Status.DRAFT) {
                xml.append("<app:control xmlns:app='http://purl.org/atom/app#'><app:draft>yes</app:draft></app:control>");
            }
            // The kind category is not always the first one
            for (String label : post.labels()) {
                xml.append("<category scheme='http://www.blogger.com/atom/ns#' term='").append(attr(label)).append("'/>");
            }
            xml.append("<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#").append(kind).append("'/>");
            xml.append("<title type='text'>").append(text(post.title())).append("</title><content type='html'>").append(text(post.html())).append("</content>");
            if (!post.path().isEmpty() && post.status() != Status.DRAFT) {
                xml.append("<link rel='replies' type='text/html' href='").append(BLOGSPOT).append(post.path()).append("#comment-form' title='1 commenti'/>")
                        .append("<link rel='alternate' type='text/html' href='").append(BLOGSPOT).append(post.path()).append("' title='").append(attr(post.title())).append("'/>");
            }
            xml.append("<author><name>").append(text(post.author())).append("</name><uri>https://www.blogger.com/profile/1234</uri><email>noreply@blogger.com</email></author>");
            if (!post.searchDescription().isEmpty()) {
                xml.append("<summary type='text'>").append(text(post.searchDescription())).append("</summary>");
            }
            if (!post.location().isEmpty()) {
                xml.append("<georss:featurename>").append(text(post.location())).append("</georss:featurename>");
            }
            xml.append("<thr:total>0</thr:total></entry>");
        }
        for (Comment comment : comments) {
            if (comment.spam()) {
                continue; // spam is not exported in the classic format
            }
            Post post = posts.stream().filter(p -> p.id().equals(comment.post())).findFirst().orElseThrow();
            xml.append("<entry><id>tag:blogger.com,1999:blog-").append(BLOG_ID).append(".post-").append(comment.id()).append("</id>")
                    .append("<published>").append(millis(comment.published())).append("</published><updated>").append(millis(comment.published())).append("</updated>")
                    .append("<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#comment'/>")
                    .append("<title type='text'>").append(text(comment.html().length() > 20 ? comment.html().substring(0, 20) + "..." : comment.html())).append("</title>")
                    .append("<content type='html'>").append(text(comment.html())).append("</content>")
                    .append("<link rel='alternate' type='text/html' href='http://iltaccuino.blogspot.com").append(post.path()).append("?showComment=1#c").append(comment.id()).append("'/>");
            if (!comment.parent().isEmpty()) {
                xml.append("<link rel='related' type='application/atom+xml' href='https://www.blogger.com/feeds/").append(BLOG_ID).append('/')
                        .append(post.id()).append("/comments/default/").append(comment.parent()).append("'/>");
            }
            xml.append("<author><name>").append(text(comment.author())).append("</name>")
                    .append(comment.anonymous() ? "" : "<uri>https://www.blogger.com/profile/55" + comment.id() + "</uri>")
                    .append("<email>noreply@blogger.com</email></author>")
                    .append("<thr:in-reply-to href='").append(BLOGSPOT).append(post.path()).append("' ref='tag:blogger.com,1999:blog-").append(BLOG_ID)
                    .append(".post-").append(post.id()).append("' source='https://www.blogger.com/feeds/").append(BLOG_ID).append("/posts/default/")
                    .append(post.id()).append("' type='text/html'/>")
                    .append("<gd:extendedProperty name='blogger.itemClass' value='pid-1'/>")
                    .append(comment.removed() ? "<gd:extendedProperty name='blogger.contentRemoved' value='true'/>" : "")
                    .append("<gd:extendedProperty name='blogger.displayTime' value='3 settembre 2025 alle ore 19:02'/></entry>");
        }
        return xml.append("</feed>").toString();
    }

    /** Takeout's {@code feed.atom}: UTC times, {@code blogger:} elements, no settings and no blog address. */
    String takeout() {
        StringBuilder xml = new StringBuilder("<?xml version='1.0' encoding='utf-8'?>\n<feed xmlns='http://www.w3.org/2005/Atom' "
                + "xmlns:blogger='http://schemas.google.com/blogger/2018'>\n<id>tag:blogger.com,1999:blog-" + BLOG_ID + "</id>\n<title>Il Taccuino</title>\n");
        for (Post post : posts) {
            xml.append("<entry>\n<id>tag:blogger.com,1999:blog-").append(BLOG_ID).append(".post-").append(post.id()).append("</id>\n")
                    .append("<blogger:type>").append(post.page() ? "PAGE" : "POST").append("</blogger:type>\n")
                    .append("<blogger:status>").append(switch (post.status()) {
                        case LIVE -> "LIVE";
                        case DRAFT -> "DRAFT";
                        case SCHEDULED -> "SCHEDULED";
                        case TRASHED -> "SOFT_TRASHED";
                    }).append("</blogger:status>\n")
                    .append("<author><name>").append(text(post.author())).append("</name><uri>https://www.blogger.com/profile/1234</uri><blogger:type>BLOGGER</blogger:type></author>\n")
                    .append("<title>").append(text(post.title())).append("</title>\n")
                    .append("<content type='html'>").append(text(post.html())).append("</content>\n")
                    .append("<blogger:created>").append(utc(post.published().minusDays(1))).append("</blogger:created>\n")
                    .append("<published>").append(utc(post.published())).append("</published>\n<updated>").append(utc(post.updated())).append("</updated>\n");
            for (String label : post.labels()) {
                xml.append("<category scheme='tag:blogger.com,1999:blog-").append(BLOG_ID).append("' term='").append(attr(label)).append("'/>\n");
            }
            xml.append("<blogger:filename>").append(post.status() == Status.DRAFT ? "" : text(post.path())).append("</blogger:filename>\n")
                    .append("<link/><enclosure/>\n")
                    .append(post.searchDescription().isEmpty() ? "<blogger:metaDescription/>\n"
                            : "<blogger:metaDescription>" + text(post.searchDescription()) + "</blogger:metaDescription>\n")
                    .append(post.location().isEmpty() ? "<blogger:location/>\n"
                            : "<blogger:location><blogger:name>" + text(post.location()) + "</blogger:name><blogger:latitude>39.9</blogger:latitude></blogger:location>\n")
                    .append(post.status() == Status.TRASHED ? "<blogger:trashed>2025-06-07T10:00:00Z</blogger:trashed>\n" : "<blogger:trashed/>\n")
                    .append("</entry>\n");
        }
        for (Comment comment : comments) {
            xml.append("<entry>\n<id>tag:blogger.com,1999:blog-").append(BLOG_ID).append(".post-").append(comment.id()).append("</id>\n")
                    .append("<blogger:parent>tag:blogger.com,1999:blog-").append(BLOG_ID).append(".post-").append(comment.post()).append("</blogger:parent>\n")
                    .append(comment.parent().isEmpty() ? "<blogger:inReplyTo/>\n"
                            : "<blogger:inReplyTo>tag:blogger.com,1999:blog-" + BLOG_ID + ".post-" + comment.parent() + "</blogger:inReplyTo>\n")
                    .append("<blogger:type>COMMENT</blogger:type>\n<blogger:status>").append(comment.spam() ? "SPAM_COMMENT" : "LIVE").append("</blogger:status>\n")
                    .append("<author><name>").append(comment.anonymous() ? "" : text(comment.author())).append("</name><uri>")
                    .append(comment.anonymous() ? "" : "https://www.blogger.com/profile/55" + comment.id()).append("</uri><blogger:type>")
                    .append(comment.anonymous() ? "ANONYMOUS" : "BLOGGER").append("</blogger:type></author>\n")
                    .append("<content type='html'>").append(comment.removed() ? "" : text(comment.html())).append("</content>\n")
                    .append("<published>").append(utc(comment.published())).append("</published>\n<updated>").append(utc(comment.published())).append("</updated>\n")
                    .append("<blogger:trashed/>\n</entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    private static void setting(StringBuilder xml, String name, String description, String value) {
        xml.append("<entry><id>tag:blogger.com,1999:blog-").append(BLOG_ID).append(".settings.").append(name).append("</id>")
                .append("<published>2024-01-01T10:00:00.000+01:00</published><updated>2025-09-30T12:00:00.000+02:00</updated>")
                .append("<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#settings'/>")
                .append("<title type='text'>").append(text(description)).append("</title><content type='text'>").append(text(value)).append("</content></entry>");
    }

    private static String millis(OffsetDateTime time) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").format(time);
    }

    private static String utc(OffsetDateTime time) {
        return DateTimeFormatter.ISO_INSTANT.format(time.toInstant());
    }

    static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String attr(String s) {
        return text(s).replace("'", "&apos;").replace("\"", "&quot;");
    }
}
