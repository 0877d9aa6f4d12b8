package dev.broadsheet.config;

import dev.broadsheet.BuildException;
import dev.broadsheet.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads YAML as plain data (no Java types from tags, scalars kept as text) and reports errors at
 * the line of the file the YAML came from. Thread-safe: settings are immutable, a composer is made
 * per call.
 */
public final class YamlReader {

    private static final int MAX_ALIASES = 50;
    private static final int MAX_DEPTH = 50;
    /** Values one document may expand to: caps "billion laughs" alias bombs. */
    private static final int MAX_NODES = 100_000;

    private final LoadSettings settings = LoadSettings.builder()
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setAllowDuplicateKeys(false)
            .setUseMarks(true)
            .build();

    /**
     * Reads a mapping.
     *
     * @param yaml the YAML text
     * @param file the file it came from, for problems
     * @param firstLine the 1-based line of the file on which the YAML text starts
     * @throws BuildException when the text is not YAML or not a mapping
     */
    public YamlMapping readMapping(String yaml, String file, int firstLine) {
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            int line = mark.map(m -> m.getLine() + firstLine).orElse(firstLine);
            int column = mark.map(m -> m.getColumn() + 1).orElse(0);
            String started = e.getContextMark().filter(m -> m.getLine() + firstLine != line)
                    .map(m -> " (it started on line " + (m.getLine() + firstLine) + ")").orElse("");
            throw new BuildException(new Problem(file, line, column, "invalid YAML: " + describe(e) + started
                    + " — check the indentation, and quote values that contain ': ' or start with a special character"));
        } catch (YamlEngineException e) {
            throw new BuildException(new Problem(file, firstLine, "invalid YAML: " + e.getMessage()));
        } catch (StackOverflowError e) {
            throw new BuildException(new Problem(file, firstLine, "YAML nested too deeply to read — flatten the lists and mappings"));
        }
        if (root.isEmpty()) {
            return YamlMapping.empty(file, firstLine);
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            throw new BuildException(new Problem(file, lineOf(root.get(), firstLine),
                    "expected 'key: value' lines, got a " + root.get().getNodeType().name().toLowerCase() + " — write one setting per line as 'key: value'"));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        int[] budget = {MAX_NODES};
        for (NodeTuple tuple : mapping.getValue()) {
            String key = keyOf(tuple.getKeyNode(), file, firstLine);
            int line = lineOf(tuple.getKeyNode(), firstLine);
            if (values.containsKey(key)) {
                throw new BuildException(new Problem(file, line,
                        "duplicate key '" + key + "' (first on line " + lines.get(key) + ") — keep only one"));
            }
            values.put(key, toData(tuple.getValueNode(), file, firstLine, 0, budget));
            lines.put(key, line);
        }
        return new YamlMapping(values, lines, file, firstLine);
    }

    private Object toData(Node node, String file, int firstLine, int depth, int[] budget) {
        if (--budget[0] < 0) {
            throw new BuildException(new Problem(file, lineOf(node, firstLine), "YAML expands to more than " + MAX_NODES
                    + " values (aliases repeating aliases?) — write the values out"));
        }
        if (depth > MAX_DEPTH) {
            throw new BuildException(new Problem(file, lineOf(node, firstLine), "YAML nested deeper than " + MAX_DEPTH + " levels"));
        }
        if (node instanceof ScalarNode scalar) {
            String text = scalar.getValue();
            return scalar.isPlain() && (text.equals("~") || text.equals("null")) ? "" : text;
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                list.add(toData(item, file, firstLine, depth + 1, budget));
            }
            return java.util.Collections.unmodifiableList(list);
        }
        MappingNode mapping = (MappingNode) node;
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = keyOf(tuple.getKeyNode(), file, firstLine);
            if (map.containsKey(key)) {
                throw new BuildException(new Problem(file, lineOf(tuple.getKeyNode(), firstLine), "duplicate key '" + key + "' — keep only one"));
            }
            map.put(key, toData(tuple.getValueNode(), file, firstLine, depth + 1, budget));
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private static String keyOf(Node key, String file, int firstLine) {
        if (key instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw new BuildException(new Problem(file, lineOf(key, firstLine), "a key must be plain text"));
    }

    private static int lineOf(Node node, int firstLine) {
        return node.getStartMark().map(Mark::getLine).orElse(0) + firstLine;
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        return context.isEmpty() ? problem : context + ", " + problem;
    }
}
