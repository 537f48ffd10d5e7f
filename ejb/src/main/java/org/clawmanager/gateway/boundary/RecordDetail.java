package org.clawmanager.gateway.boundary;

import org.clawmanager.gateway.control.Jsons;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import org.clawmanager.gateway.entity.GatewayRecord;
import org.clawmanager.gateway.entity.RecordContent;

/** A trace: the record with its events, risk hits, attempts and (when captured) the redacted content. */
public record RecordDetail(String traceId, Instant occurredAt, String endpoint, Long userId, Long keyId,
                           Long instanceId, Long teamId, String requestedModel, String servedModel, String provider,
                           boolean stream, long promptTokens, long completionTokens, long cachedTokens,
                           long reasoningTokens, String usageSource, BigDecimal cost, Long priceVersion, int latencyMs,
                           Integer ttftMs, double overheadMs, int status, String error, String riskAction, int attempts,
                           JsonArray events, JsonArray riskHits, JsonArray attemptLog, String requestContent,
                           String responseContent) {

    static RecordDetail of(GatewayRecord r, RecordContent c) {
        JsonObject d = r.detailJson == null ? Jsons.JSON.createObjectBuilder().build()
                : Jsons.JSON.createReader(new StringReader(r.detailJson)).readObject();
        JsonArray empty = Jsons.JSON.createArrayBuilder().build();
        return new RecordDetail(r.traceId, r.occurredAt, r.endpoint, r.userId, r.keyId, r.instanceId, r.teamId,
                r.requestedModel, r.servedModel, r.provider, r.stream, r.promptTokens, r.completionTokens,
                r.cachedTokens, r.reasoningTokens, r.usageSource, r.cost.stripTrailingZeros(), r.priceVersion,
                r.latencyMs, r.ttftMs, r.overheadUs / 1000.0, r.status, r.error, r.riskAction, r.attempts,
                d.containsKey("events") ? d.getJsonArray("events") : empty,
                d.containsKey("riskHits") ? d.getJsonArray("riskHits") : empty,
                d.containsKey("attempts") ? d.getJsonArray("attempts") : empty,
                c == null ? null : c.requestText, c == null ? null : c.responseText);
    }
}
