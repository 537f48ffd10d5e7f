package org.clawmanager.gateway.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.clawmanager.gateway.entity.GatewayRecord;
import org.clawmanager.gateway.entity.RecordContent;

/**
 * Moves journal records into {@code gw_records} in one transaction per batch, as one JDBC batch insert: records are
 * written once and never updated, so the persistence context's per-entity bookkeeping bought nothing and cost a
 * tenth of the CPU under load. A replayed segment (after a crash, or a failed earlier attempt) is de-duplicated by
 * trace id first, so nothing is stored twice.
 */
@ApplicationScoped
public class RecordStore {

    private static final String INSERT = "INSERT INTO gw_records (trace_id, occurred_at, endpoint, user_id, key_id,"
            + " instance_id, team_id, requested_model, served_model, provider, stream, prompt_tokens, completion_tokens,"
            + " cached_tokens, reasoning_tokens, usage_source, cost, price_version, latency_ms, ttft_ms, overhead_us,"
            + " status, error, risk_action, attempts, detail_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String INSERT_CONTENT = "INSERT INTO gw_record_content (trace_id, captured_at, request_text,"
            + " response_text) VALUES (?,?,?,?)";

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Resource(lookup = "jdbc/clawmanager")
    DataSource dataSource;

    /** Stores the batch; {@code replay} when some of it may be stored already. Returns the number of new records. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int store(List<JournalRecords.Line> batch, boolean replay) {
        Set<String> existing = replay ? existing(batch) : new HashSet<>();
        int stored = 0;
        try (Connection c = dataSource.getConnection();
             PreparedStatement records = c.prepareStatement(INSERT);
             PreparedStatement contents = c.prepareStatement(INSERT_CONTENT)) {
            boolean anyContent = false;
            for (JournalRecords.Line line : batch) {
                if (!existing.add(line.record().traceId)) {
                    continue;
                }
                bind(records, line.record());
                records.addBatch();
                if (line.content() != null) {
                    bind(contents, line.content());
                    contents.addBatch();
                    anyContent = true;
                }
                stored++;
            }
            if (stored > 0) {
                records.executeBatch();
            }
            if (anyContent) {
                contents.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("storing " + batch.size() + " gateway records failed", e);
        }
        return stored;
    }

    private Set<String> existing(List<JournalRecords.Line> batch) {
        List<String> ids = batch.stream().map(l -> l.record().traceId).toList();
        return new HashSet<>(em.createQuery("SELECT r.traceId FROM GatewayRecord r WHERE r.traceId IN :ids",
                String.class).setParameter("ids", ids).getResultList());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeContent(Instant before) {
        return em.createQuery("DELETE FROM RecordContent c WHERE c.capturedAt < :before")
                .setParameter("before", before).executeUpdate();
    }

    static void bind(PreparedStatement s, GatewayRecord r) throws SQLException {
        s.setString(1, r.traceId);
        s.setTimestamp(2, Timestamp.from(r.occurredAt)); // as InstantConverter: the JVM runs in UTC
        s.setString(3, r.endpoint);
        s.setObject(4, r.userId, Types.BIGINT); // null stays SQL NULL
        s.setObject(5, r.keyId, Types.BIGINT);
        s.setObject(6, r.instanceId, Types.BIGINT);
        s.setObject(7, r.teamId, Types.BIGINT);
        s.setString(8, r.requestedModel);
        s.setString(9, r.servedModel);
        s.setString(10, r.provider);
        s.setBoolean(11, r.stream);
        s.setLong(12, r.promptTokens);
        s.setLong(13, r.completionTokens);
        s.setLong(14, r.cachedTokens);
        s.setLong(15, r.reasoningTokens);
        s.setString(16, r.usageSource);
        s.setBigDecimal(17, r.cost);
        s.setObject(18, r.priceVersion, Types.BIGINT);
        s.setInt(19, r.latencyMs);
        s.setObject(20, r.ttftMs, Types.INTEGER);
        s.setInt(21, r.overheadUs);
        s.setInt(22, r.status);
        s.setString(23, r.error);
        s.setString(24, r.riskAction);
        s.setInt(25, r.attempts);
        s.setString(26, r.detailJson);
    }

    private static void bind(PreparedStatement s, RecordContent c) throws SQLException {
        s.setString(1, c.traceId);
        s.setTimestamp(2, Timestamp.from(c.capturedAt));
        s.setString(3, c.requestText);
        s.setString(4, c.responseText);
    }
}
