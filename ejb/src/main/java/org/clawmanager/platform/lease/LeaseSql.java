package org.clawmanager.platform.lease;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** The lease statements, on a plain connection so they are the same in the server and in tests. */
final class LeaseSql {

    private LeaseSql() {
    }

    static boolean renewOrTakeOver(Connection c, String name, String holder, Instant now, Instant until)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE cluster_leases SET holder = ?, acquired_at = ?, "
                + "expires_at = ? WHERE name = ? AND (holder = ? OR expires_at < ?)")) {
            s.setString(1, holder);
            s.setTimestamp(2, Timestamp.from(now));
            s.setTimestamp(3, Timestamp.from(until));
            s.setString(4, name);
            s.setString(5, holder);
            s.setTimestamp(6, Timestamp.from(now));
            return s.executeUpdate() == 1;
        }
    }

    static boolean exists(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM cluster_leases WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Fails with a constraint violation when another replica created the row first. */
    static void create(Connection c, String name, String holder, Instant now, Instant until) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO cluster_leases (name, holder, acquired_at, expires_at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, name);
            s.setString(2, holder);
            s.setTimestamp(3, Timestamp.from(now));
            s.setTimestamp(4, Timestamp.from(until));
            s.executeUpdate();
        }
    }

    static void expire(Connection c, String name, String holder, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE cluster_leases SET expires_at = ? WHERE name = ? AND holder = ?")) {
            s.setTimestamp(1, Timestamp.from(now));
            s.setString(2, name);
            s.setString(3, holder);
            s.executeUpdate();
        }
    }
}
