package dev.broadsheet.importer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * A large classic Blogger export, written as it is generated (never held in memory): posts of
 * Blogger's {@code <br>} soup with labels, pictures and comments, for the memory test and the
 * import benchmark. The same arguments give the same bytes.
 *
 * <pre>java -cp target/test-classes dev.broadsheet.importer.LargeExport POSTS BODY_BYTES OUT.xml</pre>
 */
public final class LargeExport {

    private static final String[] LABELS = {"Russia", "Corea del Nord", "Città", "Politica estera", "Economia", "Cina",
            "Diplomazia", "Cronaca", "Università", "Sanità", "Europa", "Stati Uniti", "Medio Oriente", "Cultura", "Sport"};
    private static final String[] WORDS = ("la delegazione ha incontrato il ministro degli esteri per discutere "
            + "della cooperazione economica e delle sanzioni internazionali mentre le agenzie riferiscono di un clima "
            + "disteso ma ancora lontano da un accordo sulle questioni più delicate della regione").split(" ");

    private LargeExport() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[2]), Integer.parseInt(args[0]), Integer.parseInt(args[1]));
    }

    /** Writes {@code posts} posts of about {@code bodyBytes} bytes each, and two comments per post, to {@code file}. */
    static void write(Path file, int posts, int bodyBytes) throws IOException {
        Random random = new Random(42);
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom' "
                    + "xmlns:thr='http://purl.org/syndication/thread/1.0' xmlns:gd='http://schemas.google.com/g/2005'>"
                    + "<id>tag:blogger.com,1999:blog-1.archive</id><title type='text'>Archivio grande</title>"
                    + "<link rel='alternate' type='text/html' href='https://archiviogrande.blogspot.com/'/>");
            setting(out, "BLOG_TIME_ZONE", "Europe/Rome");
            setting(out, "BLOG_LOCALE", "it");
            OffsetDateTime start = OffsetDateTime.of(2008, 1, 1, 9, 0, 0, 0, ZoneOffset.ofHours(1));
            for (int i = 0; i < posts; i++) {
                OffsetDateTime when = start.plusHours(7L * i);
                String slug = "notizia-" + i + "-" + WORDS[i % WORDS.length];
                String path = String.format("/%04d/%02d/%s.html", when.getYear(), when.getMonthValue(), slug);
                out.write("<entry><id>tag:blogger.com,1999:blog-1.post-" + (1_000_000 + i) + "</id><published>" + when
                        + "</published><updated>" + when.plusDays(1) + "</updated>"
                        + "<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#post'/>");
                for (int l = 0; l < 1 + i % 3; l++) {
                    out.write("<category scheme='http://www.blogger.com/atom/ns#' term='" + LABELS[(i * 7 + l * 3) % LABELS.length] + "'/>");
                }
                out.write("<title type='text'>Notizia " + i + ": " + sentence(random, 6) + "</title><content type='html'>");
                out.write(BloggerExports.text(body(random, bodyBytes, i)));
                out.write("</content><link rel='alternate' type='text/html' href='https://archiviogrande.blogspot.com" + path + "'/>"
                        + "<author><name>Redazione</name></author></entry>");
            }
            for (int i = 0; i < posts; i++) {
                for (int c = 0; c < 2; c++) {
                    OffsetDateTime when = start.plusHours(7L * i + 1 + c);
                    out.write("<entry><id>tag:blogger.com,1999:blog-1.post-" + (5_000_000 + 2 * i + c) + "</id><published>" + when
                            + "</published><category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#comment'/>"
                            + "<content type='html'>" + BloggerExports.text(sentence(random, 14) + ".<br />" + sentence(random, 8) + ".")
                            + "</content><author><name>Lettore " + (i % 97) + "</name></author>"
                            + "<thr:in-reply-to ref='tag:blogger.com,1999:blog-1.post-" + (1_000_000 + i) + "'/></entry>");
                }
            }
            out.write("</feed>");
        }
    }

    private static void setting(Writer out, String name, String value) throws IOException {
        out.write("<entry><id>tag:blogger.com,1999:blog-1.settings." + name + "</id><published>2008-01-01T00:00:00.000+01:00</published>"
                + "<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#settings'/>"
                + "<content type='text'>" + value + "</content></entry>");
    }

    private static String body(Random random, int bytes, int i) {
        StringBuilder html = new StringBuilder(bytes + 512);
        html.append("<div class=\"separator\"><a href=\"https://blogger.googleusercontent.com/img/b/R29v/AVv").append(i)
                .append("/s1600/foto-").append(i).append(".jpg\"><img src=\"https://blogger.googleusercontent.com/img/b/R29v/AVv").append(i)
                .append("/s320/foto-").append(i).append(".jpg\" alt=\"Foto ").append(i).append("\" /></a></div>");
        int paragraph = 0;
        while (html.length() < bytes) {
            if (paragraph % 5 == 4) {
                html.append("<h3>").append(sentence(random, 4)).append("</h3>");
            }
            html.append("<span style=\"font-family: Georgia;\">").append(sentence(random, 25)).append(", <b>")
                    .append(sentence(random, 3)).append("</b> ").append(sentence(random, 20)).append(".</span><br /><br />");
            if (paragraph == 1) {
                html.append("<a name='more'></a>");
            }
            paragraph++;
        }
        return html.toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
