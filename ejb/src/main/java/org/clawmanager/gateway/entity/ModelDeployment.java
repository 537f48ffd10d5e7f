package org.clawmanager.gateway.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One deployment of a public model name on a provider. Several rows with the same {@code name} are load-balanced by
 * {@code weight}; {@code fallbacks} names other public models tried (in order) when every deployment failed.
 */
@Entity
@Table(name = "gw_models")
public class ModelDeployment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Column(name = "provider_id")
    private Long providerId;
    @Column(name = "upstream_model")
    private String upstreamModel;
    private String kind;
    private int weight;
    private boolean secure;
    private String fallbacks;
    private boolean enabled;
    @Column(name = "created_at")
    private Instant createdAt;

    protected ModelDeployment() {
    }

    public ModelDeployment(String name, long providerId, Instant now) {
        this.name = name;
        this.providerId = providerId;
        this.createdAt = now;
        this.enabled = true;
        this.weight = 1;
    }

    public void update(String upstreamModel, String kind, int weight, boolean secure, String fallbacks,
                       boolean enabled) {
        this.upstreamModel = upstreamModel;
        this.kind = kind;
        this.weight = weight;
        this.secure = secure;
        this.fallbacks = fallbacks;
        this.enabled = enabled;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public Long providerId() { return providerId; }
    public String upstreamModel() { return upstreamModel; }
    public String kind() { return kind; }
    public int weight() { return weight; }
    public boolean secure() { return secure; }
    public String fallbacks() { return fallbacks; }
    public boolean enabled() { return enabled; }
    public Instant createdAt() { return createdAt; }
}
