package org.clawmanager.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.clawmanager.identity.entity.AuthSession;
import org.clawmanager.platform.sharedstate.EventBus;

/**
 * Answers "is this access token's session still valid?" on every authenticated request without a database read
 * each time: positive answers are cached briefly, revocations are broadcast to every replica as soon as the
 * revoking transaction commits and remembered for as long as an access token can live.
 */
@ApplicationScoped
public class SessionRevocations {

    static final String TOPIC = "session-revoked";
    private static final Duration POSITIVE_TTL = Duration.ofSeconds(30);

    /** Fired by the identity boundary when sessions are revoked; broadcast after commit. */
    public record Revoked(String sessionId) {
    }

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Inject
    EventBus bus;

    @Inject
    Clock clock;

    @Inject
    TokenIssuer tokens;

    private final ConcurrentHashMap<String, Instant> validUntil = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Instant> revokedUntil = new ConcurrentHashMap<>();

    @PostConstruct
    void listen() {
        bus.subscribe(TOPIC, this::markRevoked);
    }

    public boolean isActive(String sessionId) {
        if (sessionId == null) {
            return false;
        }
        Instant now = clock.instant();
        if (revokedUntil.containsKey(sessionId)) {
            return false;
        }
        Instant cached = validUntil.get(sessionId);
        if (cached != null && now.isBefore(cached)) {
            return true;
        }
        AuthSession session = em.find(AuthSession.class, sessionId);
        boolean active = session != null && session.isUsable(now);
        if (active) {
            if (validUntil.size() > 100_000) {
                validUntil.clear();
            }
            validUntil.put(sessionId, now.plus(POSITIVE_TTL));
        }
        return active;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Revoked revoked) {
        markRevoked(revoked.sessionId());
        bus.publish(TOPIC, revoked.sessionId());
    }

    void markRevoked(String sessionId) {
        Instant now = clock.instant();
        validUntil.remove(sessionId);
        revokedUntil.put(sessionId, now.plus(tokens.accessTtl()).plusSeconds(60));
        if (revokedUntil.size() % 1024 == 0) {
            revokedUntil.values().removeIf(until -> until.isBefore(now));
        }
    }
}
