package org.pgdrill.practice.server;

/**
 * What the status bar shows about PostgreSQL.
 *
 * @param state   starting, ready or unavailable
 * @param summary one short line ("PostgreSQL 18.1 ready", "PostgreSQL unavailable: wrong password")
 * @param fix     what the user can do (only for {@link State#UNAVAILABLE}; otherwise empty)
 */
public record ServerStatus(State state, String summary, String fix) {
    public enum State { STARTING, READY, UNAVAILABLE }

    public static ServerStatus starting(String what) {
        return new ServerStatus(State.STARTING, what, "");
    }

    public static ServerStatus ready(PostgresServer server) {
        return new ServerStatus(State.READY, server.description(), "");
    }

    public static ServerStatus unavailable(String reason, String fix) {
        return new ServerStatus(State.UNAVAILABLE, reason, fix == null ? "" : fix);
    }

    public static ServerStatus unavailable(Throwable failure) {
        if (failure instanceof ServerException serverFailure) {
            return unavailable(serverFailure.getMessage(), serverFailure.fix());
        }
        String message = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
        return unavailable(message, "Run 'pgdrill doctor' for details.");
    }
}
