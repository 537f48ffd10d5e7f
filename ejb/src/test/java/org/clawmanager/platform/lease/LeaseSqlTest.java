package org.clawmanager.platform.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.clawmanager.platform.schema.SchemaMigrator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two replicas ("a", "b") competing for one lease on the real schema. */
class LeaseSqlTest {

    private final Instant t0 = Instant.parse("2026-11-24T10:00:00Z");
    private Connection c;

    @BeforeEach
    void schema() throws Exception {
        c = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1", "sa", "");
        SchemaMigrator.update(c, getClass().getClassLoader());
    }

    @Test
    void onlyOneReplicaHoldsALeaseUntilItExpires() throws SQLException {
        assertThat(LeaseSql.renewOrTakeOver(c, "sweep", "a", t0, t0.plusSeconds(30))).isFalse();
        assertThat(LeaseSql.exists(c, "sweep")).isFalse();
        LeaseSql.create(c, "sweep", "a", t0, t0.plusSeconds(30));
        assertThatThrownBy(() -> LeaseSql.create(c, "sweep", "b", t0, t0.plusSeconds(30)))
                .isInstanceOf(SQLException.class);

        assertThat(LeaseSql.renewOrTakeOver(c, "sweep", "b", t0.plusSeconds(10), t0.plusSeconds(40))).isFalse();
        assertThat(LeaseSql.renewOrTakeOver(c, "sweep", "a", t0.plusSeconds(20), t0.plusSeconds(50))).isTrue();
        assertThat(LeaseSql.renewOrTakeOver(c, "sweep", "b", t0.plusSeconds(45), t0.plusSeconds(75)))
                .as("renewed by a until +50").isFalse();
        assertThat(LeaseSql.renewOrTakeOver(c, "sweep", "b", t0.plusSeconds(51), t0.plusSeconds(81)))
                .as("a stopped renewing: b takes over").isTrue();
        assertThat(LeaseSql.renewOrTakeOver(c, "sweep", "a", t0.plusSeconds(52), t0.plusSeconds(82))).isFalse();
    }

    @Test
    void releasingLetsAnotherReplicaTakeOverAtOnce() throws SQLException {
        LeaseSql.create(c, "reaper", "a", t0, t0.plusSeconds(60));
        LeaseSql.expire(c, "reaper", "b", t0.plusSeconds(1));
        assertThat(LeaseSql.renewOrTakeOver(c, "reaper", "b", t0.plusSeconds(2), t0.plusSeconds(62)))
                .as("only the holder can release").isFalse();
        LeaseSql.expire(c, "reaper", "a", t0.plusSeconds(1));
        assertThat(LeaseSql.renewOrTakeOver(c, "reaper", "b", t0.plusSeconds(2), t0.plusSeconds(62))).isTrue();
    }
}
