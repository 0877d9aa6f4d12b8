package dev.broadsheet.build;

import dev.broadsheet.render.Output;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A build's outputs held in memory, in the plan's order (so in the same order at every build of
 * the same sources, whatever order the threads finish in), the search index last.
 */
final class MadeOutputs implements RenderStage.Sink {

    private final Output[] places;
    private final Map<String, Integer> placeByPath;

    /** @param placeByPath each output's place by its path */
    MadeOutputs(int count, Map<String, Integer> placeByPath) {
        this.places = new Output[count];
        this.placeByPath = placeByPath;
    }

    @Override
    public void accept(int place, Output output) {
        places[place] = output;
    }

    @Override
    public Optional<byte[]> read(String path) {
        return Optional.ofNullable(placeByPath.get(path)).map(place -> places[place]).map(Output::bytes);
    }

    /** Every output, once all are made. */
    List<Output> all() {
        return Arrays.asList(places);
    }
}
