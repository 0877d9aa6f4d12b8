package dev.broadsheet.build;

import dev.broadsheet.render.ArticleReads;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What each output read of the articles while it was rendered, and the other way round: which
 * outputs must be rendered again when values of an article change. Kept by a memoizing
 * {@link Build} between rebuilds, and updated after each.
 */
final class OutputReads {

    private final Map<String, ArticleReads> byOutput;
    private final Map<String, Set<String>> outputsBySource = new HashMap<>();

    /** @param byOutput output path → what it read */
    OutputReads(Map<String, ArticleReads> byOutput) {
        this.byOutput = new HashMap<>(byOutput);
        byOutput.forEach(this::index);
    }

    private void index(String output, ArticleReads reads) {
        for (String source : reads.sources()) {
            outputsBySource.computeIfAbsent(source, s -> new HashSet<>()).add(output);
        }
    }

    /**
     * The outputs, in path order, that read a value that changed.
     *
     * @param changed source → the {@link ArticleReads} bits of its values that changed
     */
    Set<String> outputsReading(Map<String, Long> changed) {
        Set<String> outputs = new TreeSet<>();
        changed.forEach((source, bits) -> {
            for (String output : outputsBySource.getOrDefault(source, Set.of())) {
                if (byOutput.get(output).read(source, bits)) {
                    outputs.add(output);
                }
            }
        });
        return outputs;
    }

    /** Notes what the outputs rendered again read this time, in place of what they read before. */
    void update(Map<String, ArticleReads> rendered) {
        rendered.forEach((output, reads) -> {
            ArticleReads before = byOutput.put(output, reads);
            if (before != null) {
                before.sources().forEach(source -> outputsBySource.computeIfPresent(source, (s, outputs) -> {
                    outputs.remove(output);
                    return outputs;
                }));
            }
            index(output, reads);
        });
    }
}
