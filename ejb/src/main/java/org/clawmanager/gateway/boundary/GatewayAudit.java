package org.clawmanager.gateway.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.clawmanager.gateway.control.JournalDrainer;
import org.clawmanager.gateway.entity.GatewayRecord;
import org.clawmanager.gateway.entity.RecordContent;
import org.clawmanager.platform.caller.Caller;
import org.clawmanager.platform.caller.CallerContext;
import org.clawmanager.platform.errors.InvalidInputException;
import org.clawmanager.platform.errors.NotFoundException;
import org.clawmanager.platform.paging.Page;

/**
 * The gateway's request records and their aggregates, computed by indexed SQL over all records (never over the
 * latest few). People see their own requests; admins everyone's. Reads first drain this replica's journal, so a
 * request answered a moment ago is already visible.
 */
@Stateless
@RolesAllowed({"admin", "operator", "user"})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class GatewayAudit {

    private static final Logger LOG = Logger.getLogger(GatewayAudit.class.getName());

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Inject
    CallerContext callerContext;

    @Inject
    JournalDrainer drainer;

    @Inject
    Clock clock;

    public Page<RecordView> search(RecordQuery q) {
        drain();
        List<Object> params = new ArrayList<>();
        String where = where(scoped(q), params);
        Query select = em.createQuery("SELECT r FROM GatewayRecord r" + where
                + " ORDER BY r.occurredAt DESC, r.traceId DESC", GatewayRecord.class);
        Query count = em.createQuery("SELECT COUNT(r) FROM GatewayRecord r" + where);
        for (int i = 0; i < params.size(); i++) {
            select.setParameter(i + 1, params.get(i));
            count.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<GatewayRecord> rows = select.setFirstResult(q.page() * q.size()).setMaxResults(q.size()).getResultList();
        return new Page<>(rows.stream().map(RecordView::of).toList(), ((Number) count.getSingleResult()).longValue(),
                q.page(), q.size());
    }

    public RecordDetail get(String traceId) {
        GatewayRecord r = traceId == null || traceId.length() > 36 ? null : em.find(GatewayRecord.class, traceId);
        if (r == null) {
            drain();
            r = traceId == null || traceId.length() > 36 ? null : em.find(GatewayRecord.class, traceId);
        }
        Caller caller = callerContext.get();
        if (r == null || !caller.isAdmin() && !java.util.Objects.equals(r.userId, caller.userId())) {
            throw new NotFoundException("gateway-record", traceId);
        }
        return RecordDetail.of(r, em.find(RecordContent.class, traceId));
    }

    public Analytics analytics(RecordQuery q, String groupBy) {
        drain();
        Instant to = q.to() == null ? clock.instant().plusSeconds(1) : q.to();
        Instant from = q.from() == null ? to.minus(Duration.ofDays(30)) : q.from();
        RecordQuery scoped = scoped(new RecordQuery(q.userId(), q.instanceId(), q.keyId(), q.model(), q.status(), from,
                to, 0, 1));
        String expr = switch (groupBy == null ? "day" : groupBy) {
            case "day" -> "CAST(occurred_at AS DATE)";
            case "user" -> "user_id";
            case "instance" -> "instance_id";
            case "team" -> "team_id";
            case "key" -> "key_id";
            case "model" -> "served_model";
            default -> throw new InvalidInputException("groupBy", "must be day, user, instance, team, key or model");
        };
        List<Object> params = new ArrayList<>();
        String where = nativeWhere(scoped, params);
        String aggregates = "COUNT(*), SUM(CASE WHEN status >= 400 THEN 1 ELSE 0 END), SUM(prompt_tokens), "
                + "SUM(completion_tokens), SUM(cost), AVG(latency_ms)";
        List<Analytics.Row> groups = new ArrayList<>();
        for (Object[] row : nativeRows("SELECT " + expr + ", " + aggregates + " FROM gw_records" + where
                + " GROUP BY " + expr + " ORDER BY " + expr, params)) {
            groups.add(row(row[0] == null ? null : row[0].toString(), row, 1));
        }
        List<Object[]> total = nativeRows("SELECT " + aggregates + " FROM gw_records" + where, params);
        return new Analytics(from, to, groupBy == null ? "day" : groupBy, row("total", total.get(0), 0), groups);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> nativeRows(String sql, List<Object> params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query.getResultList();
    }

    private static Analytics.Row row(String key, Object[] r, int o) {
        return new Analytics.Row(key, num(r[o]), num(r[o + 1]), num(r[o + 2]), num(r[o + 3]),
                r[o + 4] == null ? BigDecimal.ZERO : new BigDecimal(r[o + 4].toString()).stripTrailingZeros(),
                r[o + 5] == null ? 0 : Math.round(((Number) r[o + 5]).doubleValue() * 10) / 10.0);
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    /** Users only ever see their own records, whatever they filter on. */
    private RecordQuery scoped(RecordQuery q) {
        Caller c = callerContext.get();
        if (c.isAdmin()) {
            return q;
        }
        return new RecordQuery(c.userId(), q.instanceId(), q.keyId(), q.model(), q.status(), q.from(), q.to(),
                q.page(), q.size());
    }

    private static String where(RecordQuery q, List<Object> p) {
        List<String> c = new ArrayList<>();
        add(c, p, q.userId(), "r.userId = ?");
        add(c, p, q.instanceId(), "r.instanceId = ?");
        add(c, p, q.keyId(), "r.keyId = ?");
        add(c, p, q.model(), "r.servedModel = ?");
        add(c, p, q.status(), "r.status = ?");
        add(c, p, q.from(), "r.occurredAt >= ?");
        add(c, p, q.to(), "r.occurredAt < ?");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.size(); i++) {
            sb.append(i == 0 ? " WHERE " : " AND ").append(c.get(i).replace("?", "?" + (i + 1)));
        }
        return sb.toString();
    }

    private static String nativeWhere(RecordQuery q, List<Object> p) {
        List<String> c = new ArrayList<>();
        add(c, p, q.userId(), "user_id = ?");
        add(c, p, q.instanceId(), "instance_id = ?");
        add(c, p, q.keyId(), "key_id = ?");
        add(c, p, q.model(), "served_model = ?");
        add(c, p, q.status(), "status = ?");
        add(c, p, q.from() == null ? null : Timestamp.from(q.from()), "occurred_at >= ?");
        add(c, p, q.to() == null ? null : Timestamp.from(q.to()), "occurred_at < ?");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.size(); i++) {
            sb.append(i == 0 ? " WHERE " : " AND ").append(c.get(i).replace("?", "?" + (i + 1)));
        }
        return sb.toString();
    }

    private static void add(List<String> c, List<Object> p, Object value, String clause) {
        if (value != null) {
            c.add(clause);
            p.add(value);
        }
    }

    private void drain() {
        try {
            drainer.drain();
        } catch (IOException | RuntimeException e) {
            LOG.warning("draining the gateway journal before a read failed: " + e);
        }
    }
}
