package org.clawmanager.gateway.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import org.clawmanager.gateway.entity.GatewayRecord;

/** One gateway request's audit record as the API lists it. */
public record RecordView(String traceId, Instant occurredAt, String endpoint, Long userId, Long keyId, Long instanceId,
                         Long teamId, String requestedModel, String servedModel, String provider, boolean stream,
                         long promptTokens, long completionTokens, long cachedTokens, long reasoningTokens,
                         String usageSource, BigDecimal cost, Long priceVersion, int latencyMs, Integer ttftMs,
                         double overheadMs, int status, String error, String riskAction, int attempts) {

    static RecordView of(GatewayRecord r) {
        return new RecordView(r.traceId, r.occurredAt, r.endpoint, r.userId, r.keyId, r.instanceId, r.teamId,
                r.requestedModel, r.servedModel, r.provider, r.stream, r.promptTokens, r.completionTokens,
                r.cachedTokens, r.reasoningTokens, r.usageSource, r.cost.stripTrailingZeros(), r.priceVersion,
                r.latencyMs, r.ttftMs, r.overheadUs / 1000.0, r.status, r.error, r.riskAction, r.attempts);
    }
}
