package org.pgdrill.testing;

import java.nio.file.Path;
import org.pgdrill.practice.server.EmbeddedServer;
import org.pgdrill.practice.server.ExternalServer;
import org.pgdrill.practice.server.PostgresServer;
import org.pgdrill.practice.server.ServerException;

/**
 * The one PostgreSQL a test run shares: the server named by {@code PGDRILL_TEST_DB_URL}, else an
 * embedded server in {@code target/test-postgres}. Failing to get one fails the tests; nothing skips.
 */
public final class TestPostgres {
    public static final String ENV_URL = "PGDRILL_TEST_DB_URL";
    private static PostgresServer server;
    private static String adminUrl;

    private TestPostgres() {
    }

    public static synchronized PostgresServer server() {
        if (server == null) {
            String url = System.getenv(ENV_URL);
            try {
                if (url != null && !url.isBlank()) {
                    server = ExternalServer.connect(url);
                    adminUrl = url;
                } else {
                    EmbeddedServer embedded = EmbeddedServer.start(Path.of("target", "test-postgres").toAbsolutePath());
                    server = embedded;
                    adminUrl = embedded.adminUrl();
                }
            } catch (ServerException e) {
                throw new IllegalStateException("The tests need PostgreSQL: " + e.getMessage() + " — " + e.fix(), e);
            }
            PostgresServer started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-postgres-stop"));
        }
        return server;
    }

    /** A JDBC URL with the admin account, for code that takes a "configured server". */
    public static synchronized String adminUrl() {
        server();
        return adminUrl;
    }
}
