package org.clawmanager.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One login. The refresh token is stored only as a hash and rotates on every refresh; presenting the previous
 * one again means it was stolen, so the whole session is revoked. Access tokens name the session ('sid'), which
 * is how logout and password changes revoke them before they expire.
 */
@Entity
@Table(name = "auth_sessions")
@NamedQuery(name = AuthSession.BY_REFRESH_HASH, query = "SELECT s FROM AuthSession s WHERE s.refreshHash = :hash")
@NamedQuery(name = AuthSession.BY_PREVIOUS_HASH, query = "SELECT s FROM AuthSession s WHERE s.previousHash = :hash")
@NamedQuery(name = AuthSession.ACTIVE_OF_USER,
        query = "SELECT s FROM AuthSession s WHERE s.userId = :userId AND s.revokedAt IS NULL")
public class AuthSession {

    public static final String BY_REFRESH_HASH = "AuthSession.byRefreshHash";
    public static final String BY_PREVIOUS_HASH = "AuthSession.byPreviousHash";
    public static final String ACTIVE_OF_USER = "AuthSession.activeOfUser";

    @Id
    private String id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "refresh_hash", nullable = false)
    private String refreshHash;

    @Column(name = "previous_hash")
    private String previousHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at", nullable = false)
    private Instant lastUsedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoke_reason")
    private String revokeReason;

    private String ip;

    @Column(name = "user_agent")
    private String userAgent;

    protected AuthSession() {
    }

    public AuthSession(String id, Long userId, String refreshHash, Instant now, Instant expiresAt, String ip,
                       String userAgent) {
        this.id = id;
        this.userId = userId;
        this.refreshHash = refreshHash;
        this.createdAt = now;
        this.lastUsedAt = now;
        this.expiresAt = expiresAt;
        this.ip = truncate(ip, 64);
        this.userAgent = truncate(userAgent, 255);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public boolean isUsable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void rotate(String newRefreshHash, Instant now) {
        this.previousHash = this.refreshHash;
        this.refreshHash = newRefreshHash;
        this.lastUsedAt = now;
    }

    public void revoke(String reason, Instant now) {
        if (revokedAt == null) {
            this.revokedAt = now;
            this.revokeReason = reason;
        }
    }

    public String id() {
        return id;
    }

    public Long userId() {
        return userId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
