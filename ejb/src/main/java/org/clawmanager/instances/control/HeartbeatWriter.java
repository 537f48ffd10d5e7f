package org.clawmanager.instances.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Writes buffered heartbeats with one JDBC batch per flush. A beat of an older epoch never overwrites a newer
 * incarnation's row, and a heartbeat rolls the session expiry forward.
 */
@ApplicationScoped
public class HeartbeatWriter {

    private static final Logger LOG = Logger.getLogger(HeartbeatWriter.class.getName());
    private static final String SQL = "UPDATE instance_agents SET last_heartbeat_at = ?, session_expires_at = ? "
            + "WHERE instance_id = ? AND epoch = ? AND last_heartbeat_at < ?";

    @Resource(lookup = "jdbc/clawmanager")
    DataSource dataSource;

    @Inject
    HeartbeatBuffer buffer;

    @Inject
    AgentSettings settings;

    /** Flushes everything buffered (in chunks); returns the number of beats written. */
    public int flush() {
        int written = 0;
        List<HeartbeatBuffer.Beat> beats;
        while (!(beats = buffer.drain(1000)).isEmpty()) {
            try {
                write(beats, settings.sessionTtl());
                written += beats.size();
            } catch (SQLException | RuntimeException e) {
                buffer.restore(beats);
                LOG.log(Level.WARNING, "writing " + beats.size() + " heartbeats failed; will retry", e);
                break;
            }
        }
        return written;
    }

    private void write(List<HeartbeatBuffer.Beat> beats, Duration sessionTtl) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SQL)) {
            for (HeartbeatBuffer.Beat b : beats) {
                Timestamp at = Timestamp.from(b.at());
                ps.setTimestamp(1, at);
                ps.setTimestamp(2, Timestamp.from(b.at().plus(sessionTtl)));
                ps.setLong(3, b.instanceId());
                ps.setLong(4, b.epoch());
                ps.setTimestamp(5, at);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
