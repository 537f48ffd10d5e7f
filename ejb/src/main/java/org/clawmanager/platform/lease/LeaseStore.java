package org.clawmanager.platform.lease;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/** The lease rows; each method is its own short transaction so a failed insert race cannot poison the caller's. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LeaseStore {

    @Resource(lookup = "jdbc/clawmanager")
    DataSource dataSource;

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T inConnection(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("lease statement failed: " + e.getMessage(), e);
        }
    }

    /** Renews the lease when {@code holder} has it, or takes it over when it expired; true on success. */
    public boolean renewOrTakeOver(String name, String holder, Instant now, Instant until) {
        return inConnection(c -> LeaseSql.renewOrTakeOver(c, name, holder, now, until));
    }

    public boolean exists(String name) {
        return inConnection(c -> LeaseSql.exists(c, name));
    }

    /** Creates the lease row; fails when another replica created it first. */
    public void create(String name, String holder, Instant now, Instant until) {
        inConnection(c -> {
            LeaseSql.create(c, name, holder, now, until);
            return null;
        });
    }

    public void expire(String name, String holder, Instant now) {
        inConnection(c -> {
            LeaseSql.expire(c, name, holder, now);
            return null;
        });
    }
}
