package org.pgdrill.app;

import java.util.Optional;
import java.util.function.Supplier;
import org.pgdrill.practice.server.EmbeddedServer;
import org.pgdrill.practice.server.ExternalServer;
import org.pgdrill.practice.server.PostgresServer;
import org.pgdrill.practice.server.ServerException;

/**
 * Chooses and owns the PostgreSQL pgdrill practises on: the URL given with {@code --db} or
 * {@code PGDRILL_DB_URL}, else the one in Settings, else the embedded server in the data folder.
 */
public final class ServerManager implements AutoCloseable {
    private final AppConfig config;
    private final Supplier<String> settingsUrl;
    private PostgresServer server;

    public ServerManager(AppConfig config, Supplier<String> settingsUrl) {
        this.config = config;
        this.settingsUrl = settingsUrl;
    }

    /** Where the server comes from, for messages before it is started. */
    public synchronized String plannedSource() {
        return configuredUrl().map(url -> "your PostgreSQL at " + ExternalServer.redact(url))
                .orElse("the embedded PostgreSQL in " + config.postgresDir());
    }

    public synchronized Optional<String> configuredUrl() {
        return config.databaseUrl().or(() -> Optional.ofNullable(settingsUrl.get()).filter(url -> !url.isBlank()));
    }

    /** Starts or connects; blocking (seconds for a first embedded start), so call it off the UI thread. */
    public synchronized PostgresServer start() throws ServerException {
        if (server == null) {
            Optional<String> url = configuredUrl();
            server = url.isPresent() ? ExternalServer.connect(url.get()) : EmbeddedServer.start(config.postgresDir());
        }
        return server;
    }

    public synchronized Optional<PostgresServer> current() {
        return Optional.ofNullable(server);
    }

    /** Stops the current server (an embedded one) so the next {@link #start()} chooses again. */
    public synchronized void restart() {
        close();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
