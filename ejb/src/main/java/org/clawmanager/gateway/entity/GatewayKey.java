package org.clawmanager.gateway.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A gateway API key: only the SHA-256 of the secret is stored. A key belongs to a user and optionally to one
 * instance (keys the control plane injects into runtimes) and a team; {@code allowedModels} (comma separated,
 * empty = all) narrows what it may call.
 */
@Entity
@Table(name = "gw_keys")
@NamedQuery(name = GatewayKey.ACTIVE, query = "SELECT k FROM GatewayKey k WHERE k.revokedAt IS NULL")
@NamedQuery(name = GatewayKey.BY_HASH, query = "SELECT k FROM GatewayKey k WHERE k.secretHash = :hash")
@NamedQuery(name = GatewayKey.OF_INSTANCE,
        query = "SELECT k FROM GatewayKey k WHERE k.instanceId = :instanceId AND k.revokedAt IS NULL")
public class GatewayKey {

    public static final String ACTIVE = "GatewayKey.active";
    public static final String BY_HASH = "GatewayKey.byHash";
    public static final String OF_INSTANCE = "GatewayKey.ofInstance";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String prefix;
    @Column(name = "secret_hash")
    private String secretHash;
    @Column(name = "owner_id")
    private Long ownerId;
    @Column(name = "instance_id")
    private Long instanceId;
    @Column(name = "team_id")
    private Long teamId;
    @Column(name = "allowed_models")
    private String allowedModels;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected GatewayKey() {
    }

    public GatewayKey(String name, String prefix, String secretHash, long ownerId, Long instanceId, Long teamId,
                      String allowedModels, Instant now, Instant expiresAt) {
        this.name = name;
        this.prefix = prefix;
        this.secretHash = secretHash;
        this.ownerId = ownerId;
        this.instanceId = instanceId;
        this.teamId = teamId;
        this.allowedModels = allowedModels;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public void rotate(String prefix, String secretHash) {
        this.prefix = prefix;
        this.secretHash = secretHash;
    }

    public boolean usable(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String prefix() { return prefix; }
    public String secretHash() { return secretHash; }
    public Long ownerId() { return ownerId; }
    public Long instanceId() { return instanceId; }
    public Long teamId() { return teamId; }
    public String allowedModels() { return allowedModels; }
    public Instant createdAt() { return createdAt; }
    public Instant expiresAt() { return expiresAt; }
    public Instant revokedAt() { return revokedAt; }
}
