package dev.broadsheet.site;

import dev.broadsheet.content.Comment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * One page of an article's comments: the first is on the article's own page, a long thread goes on
 * on pages of its own ({@code 2025/09/x/comments/2/}).
 *
 * @param path its output path (the article's page for the first)
 * @param number 1-based page number
 * @param total number of pages of comments, at least 1
 * @param comments the comments on this page, in reading order
 * @param count the comments of the whole thread, on every page
 * @param previousPath the previous page's output path, or empty on the first
 * @param nextPath the next page's output path, or empty on the last
 */
public record CommentPage(String path, int number, int total, List<Comment> comments, int count, String previousPath, String nextPath) {

    /**
     * Comments a page shows before the next comment on the article starts a new page: a page
     * breaks only between threads, so a reply is always shown under what it answers.
     */
    public static final int PER_PAGE = 50;

    public CommentPage {
        comments = List.copyOf(comments);
    }

    /** {@code comments} (in reading order) split into pages; no comments still give one, empty, page. */
    static List<CommentPage> paginate(List<Comment> comments, IntFunction<String> pathOfPage) {
        List<List<Comment>> slices = new ArrayList<>();
        List<Comment> current = new ArrayList<>();
        for (Comment comment : comments) {
            if (comment.depth() == 0 && current.size() >= PER_PAGE) {
                slices.add(current);
                current = new ArrayList<>();
            }
            current.add(comment);
        }
        slices.add(current);
        int total = slices.size();
        List<CommentPage> pages = new ArrayList<>(total);
        for (int n = 1; n <= total; n++) {
            pages.add(new CommentPage(pathOfPage.apply(n), n, total, slices.get(n - 1), comments.size(),
                    n > 1 ? pathOfPage.apply(n - 1) : "", n < total ? pathOfPage.apply(n + 1) : ""));
        }
        return pages;
    }
}
