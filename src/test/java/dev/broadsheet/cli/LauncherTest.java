package dev.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    private static final String[] BUILD = {"build", "--source", "blog"};

    @Test
    void theChildGetsTheMemoryLimitThisJvmWasGivenAsItWasWritten(@TempDir Path target) throws IOException {
        Path jar = Files.createFile(target.resolve("broadsheet.jar"));
        List<String> command = Launcher.command(jar, 17, List.of("-Xmx3g", "-Dfile.encoding=UTF-8", "-XX:MaxRAMPercentage=30"), BUILD);
        assertThat(command).contains("-Xmx3g", "-XX:MaxRAMPercentage=30").doesNotContain("-Dfile.encoding=UTF-8", "-XX:MaxRAMPercentage=50", "-XX:InitialRAMPercentage=5", "-Xmn256m");
    }

    @Test
    void withoutALimitTheChildTakesHalfTheMemoryItSees(@TempDir Path target) throws IOException {
        Path jar = Files.createFile(target.resolve("broadsheet.jar"));
        List<String> command = Launcher.command(jar, 17, List.of("-Dfile.encoding=UTF-8"), BUILD);
        assertThat(command).contains("-XX:MaxRAMPercentage=50", "-XX:InitialRAMPercentage=5", "-Xmn256m").noneMatch(option -> option.startsWith("-Xmx"));
        assertThat(command.subList(command.size() - 4, command.size()))
                .containsExactly(Main.class.getName(), "build", "--source", "blog");
    }

    @Test
    void java25MapsTheAotCacheAndOlderJdksTheCdsArchive(@TempDir Path target) throws IOException {
        Path jar = Files.createFile(target.resolve("broadsheet.jar"));
        assertThat(Launcher.command(jar, 17, List.of(), BUILD)).noneMatch(option -> option.contains("SharedArchiveFile") || option.contains("AOTCache"));

        Files.createFile(target.resolve("broadsheet.jsa"));
        assertThat(Launcher.command(jar, 17, List.of(), BUILD)).contains("-XX:SharedArchiveFile=" + target.resolve("broadsheet.jsa"));
        assertThat(Launcher.command(jar, 25, List.of(), BUILD)).noneMatch(option -> option.contains("SharedArchiveFile") || option.contains("AOTCache"));

        Files.createFile(target.resolve("broadsheet.aot"));
        assertThat(Launcher.command(jar, 25, List.of(), BUILD)).contains("-XX:AOTCache=" + target.resolve("broadsheet.aot"))
                .noneMatch(option -> option.contains("SharedArchiveFile"));
        assertThat(Launcher.command(jar, 21, List.of(), BUILD)).noneMatch(option -> option.contains("AOTCache"));
    }
}
