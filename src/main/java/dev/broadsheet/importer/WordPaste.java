package dev.broadsheet.importer;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/** What text pasted from Word brings into a post: conditional comments, fake bullets, list paragraphs. */
final class WordPaste {

    private WordPaste() {
    }

    /**
     * Drops every comment; Word's {@code <!--[if !supportLists]-->·<!--[endif]-->} takes its fake
     * bullet with it.
     */
    static void dropComments(Element body) {
        for (Comment comment : comments(body)) {
            if (comment.parent() == null) {
                continue;
            }
            if (comment.getData().strip().startsWith("[if !supportLists]")) {
                Node next = comment.nextSibling();
                while (next != null && !(next instanceof Comment c && c.getData().strip().startsWith("[endif]"))) {
                    Node after = next.nextSibling();
                    next.remove();
                    next = after;
                }
                if (next != null) {
                    next.remove();
                }
            }
            comment.remove();
        }
    }

    static List<Comment> comments(Element root) {
        List<Comment> found = new ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof Comment comment) {
                found.add(comment);
            }
        });
        return found;
    }

    /** Word's list paragraphs ({@code class="MsoListParagraphCxSpFirst"}…) in a row become one list. */
    static void lists(Element body) {
        for (Element paragraph : body.select("p[class^=MsoListParagraph]")) {
            if (paragraph.parent() == null) {
                continue;
            }
            Element previous = paragraph.previousElementSibling();
            Element list;
            if (previous != null && previous.normalName().equals("ul") && previous.hasAttr("data-word-list")) {
                list = previous;
            } else {
                list = new Element("ul").attr("data-word-list", "");
                paragraph.before(list);
            }
            Element item = new Element("li");
            item.appendChildren(new ArrayList<>(paragraph.childNodes()));
            list.appendChild(item);
            paragraph.remove();
        }
        body.select("ul[data-word-list]").removeAttr("data-word-list");
    }
}
