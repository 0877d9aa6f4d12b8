package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.BuildException;
import dev.broadsheet.testing.FixtureSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev server's memoized rebuilds against the oracle, a cold build: 200 random edits — body,
 * title, date, tags (new, removed, spelt another way), draft, delete, add, a comments file, a page,
 * a template — each followed by a rebuild that must give byte for byte the outputs, and the same
 * warnings or the same errors, as a cold build of the same sources at the same moment. The clock
 * moves on between edits, so articles dated ahead come due on the way.
 */
class RandomEditsIT {

    private static final int EDITS = 200;
    private static final String HEADINGS = "\n\n## Uno\n\nPrimo.\n\n## Due\n\nSecondo.\n";
    private static final List<String> TAGS = List.of("Esteri", "Politica", "Cina", "Russia", "Economia", "Città", "Sport", "Cultura");

    @TempDir
    Path temp;

    /** An article as the test keeps it; its file is written from these. */
    private static final class Story {
        final String name;
        String title;
        String date = "";
        List<String> tags = new ArrayList<>();
        boolean draft;
        String body;
        /** Stories others link to are never deleted or drafted, so links stay good. */
        final boolean linkedTo;

        Story(String name, String title, String body, boolean linkedTo) {
            this.name = name;
            this.title = title;
            this.body = body;
            this.linkedTo = linkedTo;
        }

        String file() {
            return "content/articles/" + name + ".md";
        }

        String text() {
            StringBuilder front = new StringBuilder("title: \"" + title + "\"\n");
            if (!date.isEmpty()) {
                front.append("date: ").append(date).append('\n');
            }
            if (!tags.isEmpty()) {
                front.append("tags: [").append(String.join(", ", tags)).append("]\n");
            }
            if (draft) {
                front.append("draft: true\n");
            }
            return "---\n" + front + "---\n" + body;
        }
    }

    /** A clock the test moves on. */
    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2025-10-01T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void everyRebuildAfterARandomEditIsTheColdBuild() throws IOException {
        Random random = new Random(20261201);
        FixtureSite site = FixtureSite.create(temp, """
                title: Cronache casuali
                language: it
                timeZone: Europe/Rome
                author: Redazione
                perPage: 3
                feedSize: 4
                googleNews: true
                """);
        MovingClock clock = new MovingClock();
        List<Story> stories = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Story story = new Story("2025-%02d-%02d-storia-%d".formatted(1 + i % 9, 1 + i % 27, i), "Storia " + i,
                    "Testo " + i + "." + HEADINGS, i < 4);
            story.tags.addAll(randomTags(random));
            stories.add(story);
        }
        stories.get(4).body = "Vedi [la prima](2025-01-01-storia-0.md#due) e [chi siamo](../pages/chi-siamo.md)." + HEADINGS;
        stories.forEach(story -> site.write(story.file(), story.text()));
        site.write("content/pages/chi-siamo.md", "---\ntitle: Chi siamo\n---\nLa [seconda storia](../articles/2025-02-02-storia-1.md#uno).\n");
        Build build = new Build(true);
        BuildOptions options = BuildOptions.of(site.root(), site.output(), clock).withBaseUrl("https://example.org/cronache/");
        compare(build, options, Set.of(), "the first build");

        int added = 0;
        List<String> kinds = new ArrayList<>();
        for (int edit = 0; edit < EDITS; edit++) {
            clock.now = clock.now.plus(Duration.ofHours(1 + random.nextInt(12)));
            Set<String> changed = new LinkedHashSet<>();
            String kind = edit(random, site, stories, changed, added, LocalDate.ofInstant(clock.now, ZoneOffset.UTC));
            if (kind.equals("add")) {
                added++;
            }
            kinds.add(kind);
            compare(build, options, changed, "edit " + edit + " (" + kind + " " + changed + ")");
        }
        assertThat(kinds.stream().collect(Collectors.toSet()))
                .containsAll(List.of("body", "title", "date", "tags", "draft", "delete", "add", "comments", "page", "template"));
    }

    /** Makes one random edit; returns its kind and notes the files it wrote or removed. */
    private static String edit(Random random, FixtureSite site, List<Story> stories, Set<String> changed, int added, LocalDate today)
            throws IOException {
        // a quarter of new dates lie a few days ahead, and come due as the clock moves on
        LocalDate day = random.nextInt(4) == 0 ? today.plusDays(1 + random.nextInt(3)) : today.minusDays(random.nextInt(300));
        Story story = stories.get(random.nextInt(stories.size()));
        int roll = random.nextInt(100);
        String kind;
        if (roll < 20) {
            kind = "body";
            story.body = (story.body.startsWith("Vedi") ? story.body : "Testo riscritto " + random.nextInt(1000) + ".")
                    + (random.nextBoolean() ? HEADINGS : HEADINGS + "\n## Tre\n\nTerzo " + random.nextInt(9) + ".\n");
        } else if (roll < 35) {
            kind = "title";
            story.title = "Titolo " + random.nextInt(1000);
        } else if (roll < 47) {
            kind = "date";
            story.date = day + (random.nextBoolean() ? "" : "T%02d:30:00".formatted(random.nextInt(24)));
        } else if (roll < 62) {
            kind = "tags";
            story.tags = randomTags(random);
            if (random.nextInt(4) == 0) {
                story.tags.add(random.nextBoolean() ? "Nuovo " + random.nextInt(5) : "città"); // a new tag, or another spelling
            }
        } else if (roll < 70 && !story.linkedTo) {
            kind = "draft";
            story.draft = !story.draft;
        } else if (roll < 76 && !story.linkedTo && stories.size() > 10) {
            kind = "delete";
            stories.remove(story);
            Files.delete(site.root().resolve(story.file()));
            Files.deleteIfExists(site.root().resolve(story.file().replace(".md", ".comments.yaml")));
            changed.add(story.file());
            changed.add(story.file().replace(".md", ".comments.yaml"));
            return kind;
        } else if (roll < 84) {
            kind = "add";
            story = new Story("%s-nuova-%d".formatted(day, added), "Nuova " + added, "Appena scritta." + HEADINGS, false);
            story.tags = randomTags(random);
            stories.add(story);
        } else if (roll < 89) {
            kind = "comments";
            String comments = story.file().replace(".md", ".comments.yaml");
            site.write(comments, """
                    c%d:
                      author: Lettore
                      date: 2025-09-10T10:00:00+02:00
                      text: Un commento %d.
                    """.formatted(random.nextInt(100), random.nextInt(100)));
            changed.add(comments);
            return kind;
        } else if (roll < 93) {
            kind = "page";
            site.write("content/pages/chi-siamo.md", "---\ntitle: Chi siamo " + random.nextInt(10)
                    + "\n---\nLa [seconda storia](../articles/2025-02-02-storia-1.md#uno).\n");
            changed.add("content/pages/chi-siamo.md");
            return kind;
        } else {
            kind = "template";
            String template = List.of("templates/partials/teaser.peb", "templates/base.peb", "templates/article.peb", "templates/tag.peb")
                    .get(random.nextInt(4));
            Path file = site.root().resolve(template);
            Files.writeString(file, Files.readString(file) + "{# modifica " + random.nextInt(1000) + " #}\n<!-- " + random.nextInt(1000) + " -->\n");
            changed.add(template);
            return kind;
        }
        site.write(story.file(), story.text());
        changed.add(story.file());
        return kind;
    }

    private static List<String> randomTags(Random random) {
        List<String> tags = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            String tag = TAGS.get(random.nextInt(TAGS.size()));
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    /** Rebuilds after {@code changed} and compares with a cold build: the same outputs and warnings, or the same problems. */
    private static void compare(Build build, BuildOptions options, Set<String> changed, String what) {
        Outcome incremental = Outcome.of(() -> build.produce(options, changed.isEmpty() ? SourceChanges.UNKNOWN : SourceChanges.of(changed)));
        Outcome cold = Outcome.of(() -> new Build().produce(options));
        assertThat(incremental.problems()).as(what + ": problems").isEqualTo(cold.problems());
        assertThat(incremental.warnings()).as(what + ": warnings").isEqualTo(cold.warnings());
        assertThat(incremental.outputs().keySet()).as(what + ": the files").containsExactlyElementsOf(cold.outputs().keySet());
        cold.outputs().forEach((path, bytes) -> assertThat(new String(incremental.outputs().get(path), java.nio.charset.StandardCharsets.UTF_8))
                .as(what + ": " + path).isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** What a build gave: its files by path, its warnings, or the problems that stopped it. */
    private record Outcome(TreeMap<String, byte[]> outputs, List<String> warnings, List<String> problems) {

        static Outcome of(java.util.function.Supplier<BuiltSite> build) {
            try {
                BuiltSite built = build.get();
                TreeMap<String, byte[]> outputs = new TreeMap<>();
                built.outputs().forEach(output -> outputs.put(output.path(), output.bytes()));
                return new Outcome(outputs, built.warnings().stream().map(Object::toString).toList(), List.of());
            } catch (BuildException e) {
                return new Outcome(new TreeMap<>(), List.of(), e.problems().stream().map(Object::toString).toList());
            }
        }
    }
}
