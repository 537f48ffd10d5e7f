package org.clawmanager.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.clawmanager.identity.entity.AuthSession;
import org.clawmanager.platform.secrets.TokenHasher;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Login sessions and their refresh tokens; runs inside the calling boundary's transaction. */
@ApplicationScoped
public class Sessions {

    public static final String REFRESH_PREFIX = "cmr_";

    /** A session together with the refresh token secret, which exists only in this value and the client. */
    public record Opened(AuthSession session, String refreshToken) {
    }

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<SessionRevocations.Revoked> revoked;

    @Inject
    @ConfigProperty(name = "clawmanager.auth.refresh-token-ttl", defaultValue = "P7D")
    Duration refreshTtl;

    public Duration refreshTtl() {
        return refreshTtl;
    }

    public Opened open(long userId, String ip, String userAgent) {
        Instant now = clock.instant();
        String refresh = TokenHasher.newSecret(REFRESH_PREFIX);
        AuthSession s = new AuthSession(UUID.randomUUID().toString(), userId, TokenHasher.sha256Hex(refresh), now,
                now.plus(refreshTtl), ip, userAgent);
        em.persist(s);
        return new Opened(s, refresh);
    }

    /** Finds the session of a refresh token; a replayed, already rotated token revokes its whole session. */
    public Optional<Opened> rotate(String refreshToken) {
        if (refreshToken == null || !refreshToken.startsWith(REFRESH_PREFIX)) {
            return Optional.empty();
        }
        String hash = TokenHasher.sha256Hex(refreshToken);
        Instant now = clock.instant();
        Optional<AuthSession> current = em.createNamedQuery(AuthSession.BY_REFRESH_HASH, AuthSession.class)
                .setParameter("hash", hash).getResultStream().findFirst();
        if (current.isEmpty()) {
            em.createNamedQuery(AuthSession.BY_PREVIOUS_HASH, AuthSession.class).setParameter("hash", hash)
                    .getResultStream().findFirst().ifPresent(stolen -> revoke(stolen, "refresh-token-reuse"));
            return Optional.empty();
        }
        AuthSession s = current.get();
        if (!s.isUsable(now)) {
            return Optional.empty();
        }
        String next = TokenHasher.newSecret(REFRESH_PREFIX);
        s.rotate(TokenHasher.sha256Hex(next), now);
        return Optional.of(new Opened(s, next));
    }

    public void revoke(String sessionId, String reason) {
        AuthSession s = em.find(AuthSession.class, sessionId);
        if (s != null) {
            revoke(s, reason);
        }
    }

    public int revokeAllOf(long userId, String reason) {
        var active = em.createNamedQuery(AuthSession.ACTIVE_OF_USER, AuthSession.class)
                .setParameter("userId", userId).getResultList();
        active.forEach(s -> revoke(s, reason));
        return active.size();
    }

    private void revoke(AuthSession s, String reason) {
        s.revoke(reason, clock.instant());
        revoked.fire(new SessionRevocations.Revoked(s.id()));
    }
}
