package dev.broadsheet.cli;

import dev.broadsheet.serve.Serve;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code broadsheet serve}: the writing loop. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the site on this computer, rebuild when content/ or templates/ change, and reload open pages.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteOptions site;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: 8080; 0 for any free port).")
    private int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: 127.0.0.1, this computer only).")
    private String bind = "127.0.0.1";

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Serve serve = Serve.start(new Serve.Options(site.source, bind, port, site.drafts, site.future,
                Clock.systemDefaultZone(), Duration.ofMillis(10)), out, spec.commandLine().getErr());
        out.println("Serving " + serve.url() + " — edit content/ or templates/ and open pages reload. Ctrl+C to stop.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            serve.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
