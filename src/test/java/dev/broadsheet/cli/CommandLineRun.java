package dev.broadsheet.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What one run of the command line printed and returned. */
record CommandLineRun(int exitCode, String out, String err) {

    static CommandLineRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CommandLineRun(code, out.toString(), err.toString());
    }
}
