package org.pgdrill.practice.check;

import org.pgdrill.practice.dataset.DatasetInstaller;
import org.pgdrill.practice.dataset.LearnerLimits;
import org.pgdrill.practice.dataset.PracticeRoles;
import org.pgdrill.practice.sandbox.LearnerSessions;
import org.pgdrill.practice.sandbox.Sandbox;
import org.pgdrill.practice.server.PostgresServer;
import org.pgdrill.testing.TestPostgres;

/** An answer checker wired as the app wires it, on the test run's PostgreSQL; closed in reverse order. */
record CheckerRig(DatasetInstaller installer, LearnerSessions sessions, Sandbox sandbox, AnswerChecker checker) implements AutoCloseable {

    static CheckerRig start() throws Exception {
        PostgresServer server = TestPostgres.server();
        PracticeRoles roles = PracticeRoles.ensure(server, LearnerLimits.defaults());
        DatasetInstaller installer = new DatasetInstaller(server, roles);
        LearnerSessions sessions = new LearnerSessions(server, roles);
        Sandbox sandbox = new Sandbox(sessions, installer);
        return new CheckerRig(installer, sessions, sandbox, new AnswerChecker(server, roles, installer, sandbox));
    }

    @Override
    public void close() {
        checker.close();
        sandbox.close();
        sessions.close();
        installer.close();
    }
}
