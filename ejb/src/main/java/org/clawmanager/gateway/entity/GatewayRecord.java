package org.clawmanager.gateway.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The audit record of one gateway request. Written from the local journal in batches (never on the request path);
 * {@code detailJson} holds the events, risk hits and attempts of the request.
 */
@Entity
@Table(name = "gw_records")
public class GatewayRecord {

    @Id
    @Column(name = "trace_id")
    public String traceId;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String endpoint;
    @Column(name = "user_id")
    public Long userId;
    @Column(name = "key_id")
    public Long keyId;
    @Column(name = "instance_id")
    public Long instanceId;
    @Column(name = "team_id")
    public Long teamId;
    @Column(name = "requested_model")
    public String requestedModel;
    @Column(name = "served_model")
    public String servedModel;
    public String provider;
    public boolean stream;
    @Column(name = "prompt_tokens")
    public long promptTokens;
    @Column(name = "completion_tokens")
    public long completionTokens;
    @Column(name = "cached_tokens")
    public long cachedTokens;
    @Column(name = "reasoning_tokens")
    public long reasoningTokens;
    @Column(name = "usage_source")
    public String usageSource;
    public BigDecimal cost;
    @Column(name = "price_version")
    public Long priceVersion;
    @Column(name = "latency_ms")
    public int latencyMs;
    @Column(name = "ttft_ms")
    public Integer ttftMs;
    @Column(name = "overhead_us")
    public int overheadUs;
    public int status;
    public String error;
    @Column(name = "risk_action")
    public String riskAction;
    public int attempts;
    @Column(name = "detail_json")
    public String detailJson;
}
