package dev.broadsheet.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code broadsheet} in a child JVM with the test classpath, as a user runs the jar. */
public final class ChildBuild {

    private ChildBuild() {
    }

    public static Process start(Path log, String maxHeap, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + maxHeap, "-Xss512k",
                "-cp", System.getProperty("java.class.path"), "dev.broadsheet.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
