package org.clawmanager.platform.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Liquibase changelog builds the schema on the embedded database (H2 in the LEGACY mode the server uses), is a
 * no-op the second time, and yields tables the JPA mappings rely on. MariaDB runs the same changelog in every
 * integration-test run.
 */
class SchemaMigrationTest {

    private static Connection h2() throws Exception {
        return DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Test
    void createsEveryTableOnH2AndIsIdempotent() throws Exception {
        try (Connection c = h2()) {
            SchemaMigrator.update(c, getClass().getClassLoader());
            SchemaMigrator.update(c, getClass().getClassLoader());
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[]{"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME").toLowerCase());
                }
            }
            assertThat(tables).contains("users", "user_quotas", "auth_sessions", "signing_keys", "audit_log",
                    "cluster_leases", "databasechangelog");
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM databasechangelog")) {
                rs.next();
                int applied = rs.getInt(1);
                assertThat(applied).isGreaterThanOrEqualTo(5);
            }
        }
    }

    @Test
    void identityColumnsAndConstraintsWork() throws Exception {
        try (Connection c = h2(); Statement s = c.createStatement()) {
            SchemaMigrator.update(c, getClass().getClassLoader());
            s.executeUpdate("INSERT INTO users (username, role, status, auth_provider, created_at, updated_at, version) "
                    + "VALUES ('ada', 'ADMIN', 'ACTIVE', 'local', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
            try (ResultSet rs = s.executeQuery("SELECT id FROM users WHERE username = 'ada'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isPositive();
            }
            boolean duplicateRejected;
            try {
                s.executeUpdate("INSERT INTO users (username, role, status, auth_provider, created_at, updated_at, version) "
                        + "VALUES ('ada', 'USER', 'ACTIVE', 'local', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
                duplicateRejected = false;
            } catch (java.sql.SQLException expected) {
                duplicateRejected = true;
            }
            assertThat(duplicateRejected).as("usernames are unique").isTrue();
            s.executeUpdate("INSERT INTO user_quotas VALUES ((SELECT id FROM users WHERE username = 'ada'), 1, 1000, 1, 1, 0, CURRENT_TIMESTAMP)");
            s.executeUpdate("DELETE FROM users WHERE username = 'ada'");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM user_quotas")) {
                rs.next();
                assertThat(rs.getInt(1)).as("quota rows follow their user").isZero();
            }
        }
    }
}
