package dev.broadsheet.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The jar's entry point. {@code build} is a short batch run: for it, it starts
 * the real command in a JVM tuned for that — the quick compiler only, the throughput collector, a
 * heap sized from the content (so memory stays bounded), and the class-data archive made by
 * {@code mvn package} — and waits for it. Everything else ({@code serve}, {@code check}, {@code new}, help) runs
 * right here. {@code BROADSHEET_IN_PROCESS=1} runs every command here.
 */
public final class Launcher {

    static final String CHILD = "broadsheet.child";

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 0 || !args[0].equals("build")
                || System.getProperty(CHILD) != null || System.getenv("BROADSHEET_IN_PROCESS") != null) {
            Main.main(args);
            return;
        }
        try {
            Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                Main.main(args); // running from classes, as in tests or exec:java
                return;
            }
            Process child = new ProcessBuilder(command(jar, args)).inheritIO().start();
            System.exit(child.waitFor());
        } catch (IOException | URISyntaxException | SecurityException e) {
            Main.main(args);
        }
    }

    private static List<String> command(Path jar, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseParallelGC");
        command.add("-XX:-UsePerfData");
        command.add("-Xmx" + heapMegabytes(args) + "m");
        Path archive = jar.resolveSibling("broadsheet.jsa");
        if (Files.isRegularFile(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
            command.add("-Xlog:cds=off");
            command.add("-Xlog:cds+dynamic=off");
        }
        command.add("-D" + CHILD + "=1");
        command.add("-cp");
        command.add(jar.toString());
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** 256 MB plus 13 times the Markdown, at least 512 MB and at most three quarters of the memory. */
    static long heapMegabytes(String[] args) {
        Path source = Path.of(".");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--source") && i + 1 < args.length) {
                source = Path.of(args[i + 1]);
            } else if (args[i].startsWith("--source=")) {
                source = Path.of(args[i].substring("--source=".length()));
            }
        }
        long content = markdownBytes(source.resolve("content").toFile(), 0);
        long memory = physicalMemoryMegabytes();
        long wanted = 256 + 13 * content / (1024 * 1024);
        return Math.max(512, Math.min(wanted, memory * 3 / 4));
    }

    /**
     * The size of the {@code .md} files under {@code folder}, hidden ones left out. This runs before the
     * build's JVM starts, so all of it is overhead: {@code java.io.File} does one stat per file with less
     * work around it than {@code Files.walkFileTree} in a JVM that has not compiled anything yet (55–65 ms
     * against 66–86 ms for 10,000 files). Folders deeper than 8 levels (or a loop of links) are not counted.
     */
    private static long markdownBytes(java.io.File folder, int depth) {
        java.io.File[] files = folder.listFiles();
        long bytes = 0;
        for (java.io.File file : files == null ? new java.io.File[0] : files) {
            String name = file.getName();
            if (name.startsWith(".")) {
                continue;
            }
            if (name.endsWith(".md")) {
                bytes += file.length();
            } else if (depth < 8 && file.isDirectory()) {
                bytes += markdownBytes(file, depth + 1);
            }
        }
        return bytes;
    }

    /** The JVM's default heap limit is a quarter of the memory: cheaper to ask than the management beans. */
    private static long physicalMemoryMegabytes() {
        return Runtime.getRuntime().maxMemory() * 4 / (1024 * 1024);
    }
}
