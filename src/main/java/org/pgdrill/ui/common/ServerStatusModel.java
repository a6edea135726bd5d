package org.pgdrill.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.pgdrill.app.PracticeService;
import org.pgdrill.app.ServerManager;
import org.pgdrill.app.TaskRunner;
import org.pgdrill.practice.server.ServerStatus;

/**
 * The PostgreSQL state every screen can watch (status bar, exercises, sandbox, settings) and the
 * commands that change it. Starting runs through the task runner, never on the FX thread.
 */
public final class ServerStatusModel {
    private final ServerManager servers;
    private final PracticeService practice;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<ServerStatus> status =
            new ReadOnlyObjectWrapper<>(ServerStatus.starting("PostgreSQL not started yet"));

    public ServerStatusModel(ServerManager servers, PracticeService practice, TaskRunner tasks) {
        this.servers = servers;
        this.practice = practice;
        this.tasks = tasks;
    }

    public ReadOnlyObjectProperty<ServerStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ServerStatus status() {
        return status.get();
    }

    public boolean isReady() {
        return status.get().state() == ServerStatus.State.READY;
    }

    /** Starts (or connects to) PostgreSQL in the background; the status says how it went. */
    public void start() {
        status.set(ServerStatus.starting("Starting " + servers.plannedSource() + "…"));
        tasks.run("Starting PostgreSQL", context -> practice.engine().server(),
                server -> status.set(ServerStatus.ready(server)),
                failure -> status.set(ServerStatus.unavailable(failure)));
    }

    /** Stops the current server and starts whichever the settings now choose. */
    public void restart() {
        status.set(ServerStatus.starting("Switching to " + servers.plannedSource() + "…"));
        tasks.run("Restarting PostgreSQL", context -> {
                    practice.restart();
                    return practice.engine().server();
                },
                server -> status.set(ServerStatus.ready(server)),
                failure -> status.set(ServerStatus.unavailable(failure)));
    }
}
