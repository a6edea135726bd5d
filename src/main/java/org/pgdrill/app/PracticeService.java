package org.pgdrill.app;

import java.io.IOException;
import java.sql.SQLException;
import org.pgdrill.content.DatasetRef;
import org.pgdrill.content.Exercise;
import org.pgdrill.content.Track;
import org.pgdrill.practice.PracticeEngine;
import org.pgdrill.practice.check.Verdict;
import org.pgdrill.practice.dataset.DatasetException;
import org.pgdrill.practice.sandbox.AttemptResult;
import org.pgdrill.practice.sandbox.Limits;
import org.pgdrill.practice.server.ServerException;

/**
 * Practising on PostgreSQL for the screens and commands: starts the server and the engine on first
 * use, runs sandbox scripts and checks answers for lesson-pack exercises. Blocking; call it off the
 * UI thread (through the task runner).
 */
public final class PracticeService implements AutoCloseable {
    private final ServerManager servers;
    private final PracticeContent content = new PracticeContent();
    private PracticeEngine engine;

    public PracticeService(ServerManager servers) {
        this.servers = servers;
    }

    /** The engine on the current server, starting both if needed. */
    public synchronized PracticeEngine engine() throws ServerException, SQLException {
        if (engine == null) {
            engine = PracticeEngine.start(servers.start());
        }
        return engine;
    }

    public AttemptResult run(Track track, DatasetRef dataset, String script, Limits limits)
            throws ServerException, SQLException, DatasetException, IOException {
        return engine().run(content.dataset(track, dataset), script, limits);
    }

    public Verdict check(Track track, Exercise exercise, String answer) throws ServerException, SQLException, DatasetException, IOException {
        return engine().check(content.dataset(track, exercise.dataset()), PracticeContent.definition(exercise), answer);
    }

    /** Installs a dataset ahead of use (the first install takes a second or two). */
    public void prepare(Track track, DatasetRef dataset) throws ServerException, SQLException, DatasetException, IOException {
        engine().dataset(content.dataset(track, dataset));
    }

    /** Cancels a running sandbox script or check; safe from any thread. */
    public void cancel() {
        PracticeEngine current;
        synchronized (this) {
            current = engine;
        }
        if (current != null) {
            current.cancel();
        }
    }

    /** Drops the engine and the server, so the next use picks the server the settings now name. */
    public synchronized void restart() {
        closeEngine();
        servers.restart();
    }

    private void closeEngine() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }

    @Override
    public synchronized void close() {
        closeEngine();
        servers.close();
    }
}
