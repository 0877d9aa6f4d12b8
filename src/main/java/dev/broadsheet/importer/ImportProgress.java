package dev.broadsheet.importer;

import java.io.PrintWriter;

/**
 * How far a long import has come, on one line of an interactive terminal, rewritten in place and
 * wiped at the end; silent in CI logs and pipes.
 */
public final class ImportProgress {

    private static final long EVERY_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean shown;
    private long lastShown;
    private boolean dirty;

    ImportProgress(PrintWriter err, boolean interactive) {
        this.err = err;
        this.shown = interactive;
    }

    /** A progress line on {@code err} when the program runs on a terminal outside CI. */
    public static ImportProgress forTerminal(PrintWriter err) {
        return new ImportProgress(err, System.console() != null && System.getenv("CI") == null);
    }

    static ImportProgress silent() {
        return new ImportProgress(new PrintWriter(java.io.Writer.nullWriter()), false);
    }

    void entries(String pass, int read) {
        show(pass + ": " + read + " entries…");
    }

    synchronized void images(int done, int total) {
        show("Pictures: " + done + " of " + total + " downloaded…");
    }

    synchronized void end() {
        if (dirty) {
            err.print("\r\033[K");
            err.flush();
            dirty = false;
        }
    }

    private synchronized void show(String line) {
        if (!shown) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastShown >= EVERY_NANOS) {
            lastShown = now;
            err.print("\r\033[K" + line);
            err.flush();
            dirty = true;
        }
    }
}
