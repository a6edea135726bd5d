package org.pgdrill.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Prints a command's failure as one readable line (no stack trace) and exits with 2. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        err.println("pgdrill " + commandLine.getCommandName() + ": " + message);
        err.flush();
        return PgdrillCommand.EXIT_USAGE;
    }
}
