package org.clawmanager.gateway.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clawmanager.gateway.entity.GatewayRecord;
import org.clawmanager.gateway.entity.RecordContent;

/** Moves journal records into {@code gw_records} in one transaction per batch; replays are idempotent by trace id. */
@ApplicationScoped
public class RecordStore {

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int store(List<JsonObject> batch) {
        List<String> ids = batch.stream().map(o -> o.getString("traceId")).toList();
        Set<String> existing = new HashSet<>(em.createQuery(
                "SELECT r.traceId FROM GatewayRecord r WHERE r.traceId IN :ids", String.class)
                .setParameter("ids", ids).getResultList());
        int stored = 0;
        for (JsonObject o : batch) {
            if (!existing.add(o.getString("traceId"))) {
                continue;
            }
            em.persist(record(o));
            if (o.get("content") instanceof JsonObject c) {
                RecordContent rc = new RecordContent();
                rc.traceId = o.getString("traceId");
                rc.capturedAt = Instant.parse(o.getString("at"));
                rc.requestText = c.getString("request", null);
                rc.responseText = c.getString("response", null);
                em.persist(rc);
            }
            stored++;
        }
        return stored;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeContent(Instant before) {
        return em.createQuery("DELETE FROM RecordContent c WHERE c.capturedAt < :before")
                .setParameter("before", before).executeUpdate();
    }

    static GatewayRecord record(JsonObject o) {
        GatewayRecord r = new GatewayRecord();
        r.traceId = o.getString("traceId");
        r.occurredAt = Instant.parse(o.getString("at"));
        r.endpoint = o.getString("endpoint");
        r.userId = optLong(o, "userId");
        r.keyId = optLong(o, "keyId");
        r.instanceId = optLong(o, "instanceId");
        r.teamId = optLong(o, "teamId");
        r.requestedModel = cut(o.getString("requestedModel", null), 128);
        r.servedModel = cut(o.getString("servedModel", null), 128);
        r.provider = o.getString("provider", null);
        r.stream = o.getBoolean("stream", false);
        r.promptTokens = o.getJsonNumber("promptTokens").longValue();
        r.completionTokens = o.getJsonNumber("completionTokens").longValue();
        r.cachedTokens = o.getJsonNumber("cachedTokens").longValue();
        r.reasoningTokens = o.getJsonNumber("reasoningTokens").longValue();
        r.usageSource = o.getString("usageSource");
        r.cost = o.getJsonNumber("cost").bigDecimalValue();
        r.priceVersion = optLong(o, "priceVersion");
        r.latencyMs = o.getInt("latencyMs");
        r.ttftMs = o.get("ttftMs") instanceof JsonNumber n ? n.intValue() : null;
        r.overheadUs = o.getInt("overheadUs");
        r.status = o.getInt("status");
        r.error = cut(o.getString("error", null), 512);
        r.riskAction = o.getString("riskAction", null);
        r.attempts = o.getInt("attempts");
        r.detailJson = o.get("detail") == null ? null : o.get("detail").toString();
        if (r.cost == null) {
            r.cost = BigDecimal.ZERO;
        }
        return r;
    }

    private static Long optLong(JsonObject o, String k) {
        JsonValue v = o.get(k);
        return v instanceof JsonNumber n ? n.longValue() : null;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
