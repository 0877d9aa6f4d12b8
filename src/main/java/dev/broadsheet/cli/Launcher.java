package dev.broadsheet.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The jar's entry point. {@code build} is a short batch run: for it, it starts the real command in
 * a JVM tuned for that — the quick compiler only, the throughput collector, and the class data
 * {@code mvn package} recorded (an AOT cache on Java 25 and later, a CDS archive before) — and waits
 * for it. Measured on a RAM disk, a 1,000-article warm build takes 1.2 s in that JVM against 1.8 s
 * in this one with the default flags. Everything else ({@code serve}, {@code check}, {@code new},
 * help) runs right here. {@code BROADSHEET_IN_PROCESS=1} runs every command here.
 *
 * <p>The child's memory limit is the one this JVM was given ({@code -Xmx}, {@code -XX:MaxRAMPercentage}
 * and the like are passed on as they were written), else half the memory the JVM sees (which
 * under a container limit is the container's), with a young generation of a fixed 256 MB: left to
 * grow, the collector grows it to gigabytes, and touching that much fresh memory costs more than
 * the collections it saves (a cold 10,000-article build: 6.6 s and 2.2 GB resident, against
 * 5.6-5.8 s and 660-750 MB) — and a first heap of 5% of the memory, so that the old generation
 * need not grow, with a full collection each time, while the articles pile up (a warm
 * 10,000-article build spent 370 ms in two such collections).
 */
public final class Launcher {

    static final String CHILD = "broadsheet.child";
    private static final List<String> MEMORY_OPTIONS = List.of("-Xmx", "-Xms", "-XX:MaxRAM", "-XX:MinRAM", "-XX:InitialRAM",
            "-XX:MaxHeapSize", "-XX:InitialHeapSize");

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
            Process child = new ProcessBuilder(command(jar, Runtime.version().feature(), jvmOptions(), args)).inheritIO().start();
            System.exit(child.waitFor());
        } catch (IOException | URISyntaxException | SecurityException e) {
            Main.main(args);
        }
    }

    /**
     * The options this JVM was started with, from the operating system's record of its command line:
     * the management beans would say the same but cost tens of milliseconds to load, and this is all
     * overhead. {@code JDK_JAVA_OPTIONS} and {@code JAVA_TOOL_OPTIONS} need no passing on: the child
     * inherits the environment.
     */
    private static List<String> jvmOptions() {
        List<String> options = new ArrayList<>();
        for (String argument : ProcessHandle.current().info().arguments().orElse(new String[0])) {
            if (argument.equals("-jar") || argument.equals("-cp") || !argument.startsWith("-")) {
                break;
            }
            options.add(argument);
        }
        return options;
    }

    /** The child's command line, for a JDK of {@code feature} version started with {@code jvmOptions}. */
    static List<String> command(Path jar, int feature, List<String> jvmOptions, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseParallelGC");
        command.add("-XX:-UsePerfData");
        List<String> memory = jvmOptions.stream().filter(option -> MEMORY_OPTIONS.stream().anyMatch(option::startsWith)).toList();
        command.addAll(memory.isEmpty() ? List.of("-XX:MaxRAMPercentage=50", "-XX:InitialRAMPercentage=5", "-Xmn256m") : memory);
        command.addAll(classData(jar, feature));
        command.add("-D" + CHILD + "=1");
        command.add("-cp");
        command.add(jar.toString());
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * What {@code mvn package} recorded beside the jar for this JDK, if anything: a JVM told to map
     * data a different JDK made would only say so and ignore it, so the options are given only when
     * the file was made by a JDK of the same generation.
     */
    private static List<String> classData(Path jar, int feature) {
        Path aotCache = jar.resolveSibling("broadsheet.aot");
        if (feature >= 25 && Files.isRegularFile(aotCache)) {
            return List.of("-XX:AOTCache=" + aotCache, "-Xlog:aot=off", "-Xlog:cds=off");
        }
        Path archive = jar.resolveSibling("broadsheet.jsa");
        if (feature < 25 && Files.isRegularFile(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        }
        return List.of();
    }
}
