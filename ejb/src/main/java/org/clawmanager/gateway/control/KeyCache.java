package org.clawmanager.gateway.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clawmanager.gateway.entity.GatewayKey;
import org.clawmanager.platform.secrets.TokenHasher;
import org.clawmanager.platform.sharedstate.EventBus;
import org.clawmanager.platform.startup.StartupSequence;

/**
 * Active gateway keys by SHA-256 of the secret, in memory on every replica. A key created on another replica a moment
 * ago may not be here yet: a miss falls back to one indexed lookup, and misses of unknown secrets are remembered
 * briefly so a flood of bad keys cannot hammer the database. Revocations are broadcast on {@link #TOPIC}.
 */
@ApplicationScoped
public class KeyCache {

    public static final String TOPIC = "gateway.keys";
    private static final Logger LOG = Logger.getLogger(KeyCache.class.getName());
    private static final int MAX_NEGATIVE = 10_000;
    private static final long NEGATIVE_TTL_NANOS = 5_000_000_000L;

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Inject
    EventBus bus;

    @Inject
    KeyCache self;

    private volatile Map<String, KeyInfo> byHash = Map.of();
    private final Map<String, Long> misses = new ConcurrentHashMap<>();

    void start(@Observes StartupSequence.Started started) {
        bus.subscribe(TOPIC, m -> reload());
        reload();
    }

    /** The key of a presented secret, or null. */
    public KeyInfo find(String secret) {
        if (secret == null || secret.isEmpty() || secret.length() > 200) {
            return null;
        }
        String hash = TokenHasher.sha256Hex(secret);
        KeyInfo k = byHash.get(hash);
        if (k != null) {
            return TokenHasher.matches(secret, k.hash()) ? k : null;
        }
        Long missedAt = misses.get(hash);
        long now = System.nanoTime();
        if (missedAt != null && now - missedAt < NEGATIVE_TTL_NANOS) {
            return null;
        }
        KeyInfo loaded = self.lookup(hash);
        if (loaded == null) {
            if (misses.size() >= MAX_NEGATIVE) {
                misses.clear();
            }
            misses.put(hash, now);
        }
        return loaded;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public KeyInfo lookup(String hash) {
        return em.createNamedQuery(GatewayKey.BY_HASH, GatewayKey.class).setParameter("hash", hash).getResultStream()
                .filter(k -> k.revokedAt() == null).map(KeyCache::info).findFirst().orElse(null);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public List<KeyInfo> loadAll() {
        return em.createNamedQuery(GatewayKey.ACTIVE, GatewayKey.class).getResultList().stream().map(KeyCache::info)
                .toList();
    }

    public void changed() {
        reload();
        bus.publish(TOPIC, "changed");
    }

    public synchronized void reload() {
        try {
            Map<String, KeyInfo> m = new ConcurrentHashMap<>();
            self.loadAll().forEach(k -> m.put(k.hash(), k));
            byHash = m;
            misses.clear();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "gateway key reload failed; keeping the previous set", e);
        }
    }

    static KeyInfo info(GatewayKey k) {
        return new KeyInfo(k.id(), k.secretHash(), k.ownerId(), k.instanceId(), k.teamId(),
                Set.copyOf(new HashSet<>(CatalogLoader.csv(k.allowedModels()))), k.expiresAt());
    }
}
