package dev.broadsheet;

import java.util.List;
import java.util.stream.Collectors;

/** A build stopped by bad input: carries every problem found, sorted by file and line. */
public final class BuildException extends RuntimeException {

    private final List<Problem> problems;

    public BuildException(List<Problem> problems) {
        super(problems.stream().sorted().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a BuildException needs at least one problem");
        }
        this.problems = problems.stream().sorted().toList();
    }

    public BuildException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
