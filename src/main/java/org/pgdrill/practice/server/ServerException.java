package org.pgdrill.practice.server;

/**
 * PostgreSQL could not be started or reached. {@link #getMessage()} says what went wrong and
 * {@link #fix()} what the user can do about it.
 */
public class ServerException extends Exception {
    private final String fix;

    public ServerException(String message, String fix, Throwable cause) {
        super(message, cause);
        this.fix = fix;
    }

    public String fix() {
        return fix;
    }
}
