package org.pgdrill.practice.dataset;

import static org.pgdrill.practice.SqlText.ident;
import static org.pgdrill.practice.SqlText.literal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pgdrill.practice.server.PostgresServer;
import org.pgdrill.practice.server.Secrets;

/**
 * The roles pgdrill creates on a server: a dataset owner that installs dataset scripts, and three
 * learner logins ({@link Access}). Passwords are new at every start and the learner roles' settings
 * are re-applied, because a learner's {@code ALTER ROLE … SET} or password change could otherwise
 * persist (RELIABILITY.md).
 */
public final class PracticeRoles {
    public static final String OWNER = "pgdrill_owner";
    public static final String READER = "pgdrill_reader";
    public static final String WRITER = "pgdrill_writer";
    public static final String BUILDER = "pgdrill_builder";
    static final List<String> LEARNERS = List.of(READER, WRITER, BUILDER);

    private final String ownerPassword;
    private final Map<Access, String> learnerPasswords;

    private PracticeRoles(String ownerPassword, Map<Access, String> learnerPasswords) {
        this.ownerPassword = ownerPassword;
        this.learnerPasswords = learnerPasswords;
    }

    /** Creates missing roles, then resets every role's password, attributes and settings. */
    public static PracticeRoles ensure(PostgresServer server, LearnerLimits limits) throws SQLException {
        String ownerPassword = Secrets.random(32);
        Map<Access, String> passwords = new EnumMap<>(Access.class);
        try (Connection admin = server.adminConnection(server.maintenanceDatabase()); Statement s = admin.createStatement()) {
            Set<String> existing = existingRoles(admin);
            for (String role : List.of(OWNER, READER, WRITER, BUILDER)) {
                if (!existing.contains(role)) {
                    s.execute("CREATE ROLE " + ident(role));
                }
            }
            // Only a superuser may even state NOSUPERUSER/NOREPLICATION; new roles have both by default.
            String lockedDown = server.adminIsSuperuser() ? " NOSUPERUSER NOREPLICATION NOBYPASSRLS" : "";
            s.execute("ALTER ROLE " + ident(OWNER) + " LOGIN NOCREATEDB NOCREATEROLE INHERIT" + lockedDown
                    + " CONNECTION LIMIT 10 PASSWORD " + literal(ownerPassword));
            s.execute("ALTER ROLE " + ident(OWNER) + " RESET ALL");
            for (Access access : Access.values()) {
                String role = access.role();
                String password = Secrets.random(32);
                passwords.put(access, password);
                s.execute("ALTER ROLE " + ident(role) + " LOGIN NOCREATEDB NOCREATEROLE INHERIT" + lockedDown
                        + " CONNECTION LIMIT " + limits.connectionsPerRole() + " PASSWORD " + literal(password));
                s.execute("ALTER ROLE " + ident(role) + " RESET ALL");
                s.execute("ALTER ROLE " + ident(role) + " SET statement_timeout = " + literal(limits.statementTimeoutMillis() + "ms"));
                s.execute("ALTER ROLE " + ident(role) + " SET lock_timeout = " + literal(limits.lockTimeoutMillis() + "ms"));
                s.execute("ALTER ROLE " + ident(role) + " SET idle_in_transaction_session_timeout = '60s'");
                // JIT compiles for half a second on big tables: slower than running the small queries it speeds up
                s.execute("ALTER ROLE " + ident(role) + " SET jit = off");
                if (server.adminIsSuperuser()) {
                    // superuser-only parameter, so set on the role it is a real cap (RELIABILITY.md)
                    s.execute("ALTER ROLE " + ident(role) + " SET temp_file_limit = " + literal(limits.tempFileLimitKb() + "kB"));
                }
            }
            // Only the builder may do DDL on dataset objects, through membership in the owner.
            s.execute("GRANT " + ident(OWNER) + " TO " + ident(BUILDER));
            for (String role : List.of(READER, WRITER)) {
                s.execute("REVOKE " + ident(OWNER) + " FROM " + ident(role));
            }
            if (!server.adminIsSuperuser()) {
                // A CREATEROLE admin needs membership to create databases owned by the owner and to
                // terminate learner backends (pg_terminate_backend works for roles one is a member of).
                s.execute("GRANT " + ident(OWNER) + ", " + ident(READER) + ", " + ident(WRITER) + ", " + ident(BUILDER) + " TO CURRENT_USER");
            }
        }
        return new PracticeRoles(ownerPassword, passwords);
    }

    private static Set<String> existingRoles(Connection admin) throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement ps = admin.prepareStatement("SELECT rolname FROM pg_roles WHERE rolname LIKE 'pgdrill\\_%'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    public String ownerPassword() {
        return ownerPassword;
    }

    public String password(Access access) {
        return learnerPasswords.get(access);
    }
}
