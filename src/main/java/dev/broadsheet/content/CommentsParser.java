package dev.broadsheet.content;

import dev.broadsheet.BuildException;
import dev.broadsheet.Problem;
import dev.broadsheet.config.YamlMapping;
import dev.broadsheet.config.YamlReader;
import dev.broadsheet.markdown.Markdown;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an article's comments file ({@code content/articles/<name>.comments.yaml}): one entry per
 * comment, keyed by its id, and puts them in reading order — comments on the article oldest first,
 * each followed by its replies, oldest first.
 *
 * <pre>
 * c4711:
 *   author: Marco
 *   url: https://www.blogger.com/profile/123
 *   date: 2025-09-03T19:02:00+02:00
 *   text: Ottimo *articolo*.
 * c4712:
 *   author: ""
 *   date: 2025-09-03T20:15:00+02:00
 *   replyTo: c4711
 *   text: Concordo.
 * </pre>
 */
public final class CommentsParser {

    /** The suffix that makes a file the comments of the article of the same name. */
    public static final String SUFFIX = ".comments.yaml";
    private static final List<String> KEYS = List.of("author", "url", "date", "replyTo", "removed", "text");
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    private final YamlReader yaml;
    private final Markdown markdown;
    private final ZoneId zone;

    CommentsParser(YamlReader yaml, Markdown markdown, ZoneId zone) {
        this.yaml = yaml;
        this.markdown = markdown;
        this.zone = zone;
    }

    /** @throws BuildException with every problem of the file */
    List<Comment> parse(Source file) {
        YamlMapping entries = yaml.readMapping(file.text(), file.path(), 1);
        List<Problem> problems = new ArrayList<>();
        Map<String, Draft> byId = new LinkedHashMap<>();
        entries.values().forEach((id, value) -> read(entries, id, value, problems).ifPresent(c -> byId.put(id, c)));
        byId.values().forEach(c -> {
            if (!c.replyTo().isEmpty() && !byId.containsKey(c.replyTo())) {
                problems.add(new Problem(file.path(), c.line(), "comment " + c.id() + " answers '" + c.replyTo()
                        + "', which is not a comment of this file — use the id of another comment, or remove 'replyTo'"));
            }
        });
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
        return threaded(byId, file.path());
    }

    private Optional<Draft> read(YamlMapping entries, String id, Object value, List<Problem> problems) {
        int line = entries.lineOf(id);
        if (!ID.matcher(id).matches()) {
            problems.add(new Problem(entries.file(), line, "comment id '" + id + "' must start with a letter and use letters, digits, '-' and '_' only, such as c4711"));
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(new Problem(entries.file(), line, "comment " + id + " must be a mapping with 'date' and 'text' (and 'author', 'url', 'replyTo', 'removed')"));
            return Optional.empty();
        }
        Map<String, Object> fieldsOfComment = new LinkedHashMap<>();
        map.forEach((key, v) -> fieldsOfComment.put(String.valueOf(key), v));
        int before = problems.size();
        YamlMapping comment = new YamlMapping(fieldsOfComment, Map.of(), entries.file(), line);
        FieldReader fields = new FieldReader(comment, problems);
        comment.without(KEYS).keySet().forEach(key -> fields.problem(key,
                "comment " + id + " has an unknown key '" + key + "' — known keys are " + String.join(", ", KEYS)));
        Optional<ZonedDateTime> date = fields.date("date", zone);
        if (date.isEmpty() && problems.size() == before) {
            fields.problem("date", "comment " + id + " has no 'date' — add 'date: 2025-09-03T19:02:00+02:00'");
        }
        String url = fields.text("url");
        if (!url.isEmpty() && !(url.startsWith("https://") || url.startsWith("http://"))) {
            fields.problem("url", "comment " + id + ": 'url' must be an http(s) address, got \"" + url + "\"");
        }
        boolean removed = fields.flag("removed");
        String text = fields.text("text");
        String author = fields.text("author");
        String replyTo = fields.text("replyTo");
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Draft(id, author, url, date.orElseThrow(), removed ? "" : markdown.renderComment(text), replyTo, removed, line));
    }

    /** Comments in reading order with their depth; a reply chain that loops is a problem. */
    private static List<Comment> threaded(Map<String, Draft> byId, String file) {
        Comparator<Draft> oldestFirst = Comparator.comparing((Draft d) -> d.published().toInstant()).thenComparing(Draft::id);
        Map<String, List<Draft>> replies = new HashMap<>();
        List<Draft> roots = new ArrayList<>();
        for (Draft draft : byId.values()) {
            (draft.replyTo().isEmpty() ? roots : replies.computeIfAbsent(draft.replyTo(), k -> new ArrayList<>())).add(draft);
        }
        List<Comment> ordered = new ArrayList<>(byId.size());
        roots.sort(oldestFirst);
        java.util.Deque<Object[]> stack = new java.util.ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(new Object[] {roots.get(i), 0});
        }
        while (!stack.isEmpty()) {
            Object[] next = stack.pop();
            Draft draft = (Draft) next[0];
            int depth = (Integer) next[1];
            ordered.add(draft.toComment(depth));
            List<Draft> answers = replies.getOrDefault(draft.id(), List.of()).stream().sorted(oldestFirst).toList();
            for (int i = answers.size() - 1; i >= 0; i--) {
                stack.push(new Object[] {answers.get(i), depth + 1});
            }
        }
        if (ordered.size() < byId.size()) {
            Draft looping = byId.values().stream().filter(d -> ordered.stream().noneMatch(c -> c.id().equals(d.id()))).findFirst().orElseThrow();
            throw new BuildException(new Problem(file, looping.line(), "comment " + looping.id()
                    + " is part of a chain of replies that answers itself — make one of them answer no comment"));
        }
        return ordered;
    }

    /** A comment as read, before its place in the thread is known. */
    private record Draft(String id, String author, String authorUrl, ZonedDateTime published, String html, String replyTo,
                         boolean removed, int line) {

        Comment toComment(int depth) {
            return new Comment(id, author, authorUrl, published, html, replyTo, depth, removed);
        }
    }
}
