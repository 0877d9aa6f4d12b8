package dev.broadsheet.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/** The text of Markdown as a reader sees it: for summaries, word counts, search and the importer's check. */
final class PlainText {

    private PlainText() {
    }

    /** Runs of white space as one space, none at the ends. */
    static String normalizeSpace(String s) {
        return normalize(s).text();
    }

    /** Text with its white space normalized, and the number of words in it. */
    record Normalized(String text, int words) {
    }

    /**
     * {@code text} with runs of white space as one space (none at the ends), and its words counted,
     * in one pass over a char array: this runs over every article's whole text, so it avoids
     * StringBuilder's per-character checks; ASCII, most of any text, skips the Unicode tables, and
     * below U+1680 no character outside ASCII is white space.
     */
    static Normalized normalize(String text) {
        char[] in = text.toCharArray();
        char[] out = new char[in.length];
        int length = 0;
        int words = 0;
        boolean inWord = false;
        boolean space = false;
        for (char c : in) {
            boolean white = c < 128 ? c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0b
                    : c >= 0x1680 && Character.isWhitespace(c);
            if (white) {
                space = length > 0;
                inWord = false;
                continue;
            }
            if (space) {
                out[length++] = ' ';
                space = false;
            }
            out[length++] = c;
            boolean letter = c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    : Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter || (inWord && (c == '\'' || c == '’' || c == '-'));
        }
        return new Normalized(new String(out, 0, length), words);
    }

    static String of(Node node) {
        return of(node, true);
    }

    static String of(Node node, boolean imageDescriptions) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Image image) {
                if (imageDescriptions) {
                    visitChildren(image);
                }
            }

            @Override
            public void visit(org.commonmark.node.Text t) {
                out.append(t.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.FencedCodeBlock code) {
                out.append(code.getLiteral()).append(' ');
            }

            @Override
            public void visit(org.commonmark.node.IndentedCodeBlock code) {
                out.append(code.getLiteral()).append(' ');
            }

            @Override
            public void visit(org.commonmark.node.SoftLineBreak lineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(org.commonmark.node.HardLineBreak lineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(Paragraph paragraph) {
                visitChildren(paragraph);
                out.append(' ');
            }

            @Override
            public void visit(Heading heading) {
                visitChildren(heading);
                out.append(' ');
            }

            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent instanceof org.commonmark.node.CustomBlock || parent instanceof org.commonmark.node.CustomNode) {
                    out.append(' ');
                }
            }
        });
        return out.toString();
    }
}
