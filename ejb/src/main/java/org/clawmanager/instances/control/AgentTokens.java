package org.clawmanager.instances.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.clawmanager.instances.entity.AgentSession;
import org.clawmanager.platform.errors.AuthenticationException;
import org.clawmanager.platform.errors.ConflictException;
import org.clawmanager.platform.secrets.TokenHasher;

/**
 * Session tokens of agents: {@code cms_<instanceId>_<epoch>_<secret>}. The id and epoch in the token only route the
 * lookup; the secret's SHA-256 is compared in constant time with the stored hash. Verified sessions are cached per
 * instance so that heartbeats need no database read; a registration anywhere in the cluster evicts the entry
 * (event bus), and a token with a newer epoch than the cache reloads it.
 */
@ApplicationScoped
public class AgentTokens {

    public static final String SESSION_PREFIX = "cms_";
    public static final String BOOTSTRAP_PREFIX = "cmb_";

    /** Who an agent request comes from, once its token is verified. */
    public record AgentIdentity(long instanceId, long epoch) {
    }

    private record Cached(long epoch, String hash, Instant expiresAt) {
    }

    private final ConcurrentHashMap<Long, Cached> cache = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Inject
    Clock clock;

    public static String newSessionToken(long instanceId, long epoch) {
        return TokenHasher.newSecret(SESSION_PREFIX + instanceId + "_" + epoch + "_");
    }

    public static String newBootstrapToken(long instanceId) {
        return TokenHasher.newSecret(BOOTSTRAP_PREFIX + instanceId + "_");
    }

    /** The instance id a bootstrap token claims, or -1 when it is not one. */
    public static long bootstrapInstance(String token) {
        if (token == null || !token.startsWith(BOOTSTRAP_PREFIX)) {
            return -1;
        }
        String[] parts = token.substring(BOOTSTRAP_PREFIX.length()).split("_", 2);
        return parts.length == 2 ? parseLong(parts[0]) : -1;
    }

    public AgentIdentity verify(String token) {
        if (token == null || !token.startsWith(SESSION_PREFIX)) {
            throw invalid();
        }
        String[] parts = token.substring(SESSION_PREFIX.length()).split("_", 3);
        if (parts.length != 3) {
            throw invalid();
        }
        long instanceId = parseLong(parts[0]);
        long epoch = parseLong(parts[1]);
        if (instanceId < 0 || epoch < 0) {
            throw invalid();
        }
        Cached c = cache.get(instanceId);
        if (c == null || epoch > c.epoch()) {
            c = load(instanceId);
        }
        if (c == null) {
            throw invalid();
        }
        if (epoch < c.epoch()) {
            throw new ConflictException("agent-epoch-stale", "a newer incarnation of this agent has registered "
                    + "(epoch " + c.epoch() + "); this one must stop");
        }
        if (epoch > c.epoch() || !TokenHasher.matches(token, c.hash()) || clock.instant().isAfter(c.expiresAt())) {
            throw invalid();
        }
        return new AgentIdentity(instanceId, epoch);
    }

    /** Keeps a heartbeat's roll-forward of the session expiry visible to this replica's cache. */
    public void extend(long instanceId, long epoch, Instant expiresAt) {
        cache.computeIfPresent(instanceId, (id, c) -> c.epoch() == epoch && expiresAt.isAfter(c.expiresAt())
                ? new Cached(epoch, c.hash(), expiresAt) : c);
    }

    public void evict(long instanceId) {
        cache.remove(instanceId);
    }

    private Cached load(long instanceId) {
        AgentSession s = em.find(AgentSession.class, instanceId);
        if (s == null) {
            cache.remove(instanceId);
            return null;
        }
        Cached c = new Cached(s.epoch(), s.sessionHash(), s.sessionExpiresAt());
        cache.put(instanceId, c);
        return c;
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static AuthenticationException invalid() {
        return new AuthenticationException("agent-token-invalid", "the agent token is missing, wrong or expired");
    }
}
