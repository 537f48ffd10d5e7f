package org.clawmanager.gateway.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A rate limit or budget: at most {@code limitValue} of {@code metric} (requests, tokens, or cost in micro-units of
 * the currency) per {@code period} for one {@code scope} subject (a key, user, team, instance or model; subject
 * {@code *} or empty = each subject of that scope separately).
 */
@Entity
@Table(name = "gw_limits")
public class GatewayLimit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String scope;
    private String subject;
    private String metric;
    private String period;
    @Column(name = "limit_value")
    private long limitValue;
    @Column(name = "created_at")
    private Instant createdAt;

    protected GatewayLimit() {
    }

    public GatewayLimit(String scope, String subject, String metric, String period, long limitValue, Instant now) {
        this.scope = scope;
        this.subject = subject;
        this.metric = metric;
        this.period = period;
        this.limitValue = limitValue;
        this.createdAt = now;
    }

    public void limitValue(long value) {
        this.limitValue = value;
    }

    public Long id() { return id; }
    public String scope() { return scope; }
    public String subject() { return subject; }
    public String metric() { return metric; }
    public String period() { return period; }
    public long limitValue() { return limitValue; }
    public Instant createdAt() { return createdAt; }
}
