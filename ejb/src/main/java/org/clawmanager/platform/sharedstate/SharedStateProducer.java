package org.clawmanager.platform.sharedstate;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the shared-state adapters once per replica: Redis when {@code clawmanager.redis.url} is set,
 * in-process stand-ins otherwise (the embedded default). Callers only ever see {@link EventBus} and
 * {@link Counters}, so both modes run the same business code.
 */
@ApplicationScoped
public class SharedStateProducer {

    private static final Logger LOG = Logger.getLogger(SharedStateProducer.class.getName());

    @Inject
    @ConfigProperty(name = "clawmanager.redis.url")
    Optional<String> redisUrl;

    @Inject
    @ConfigProperty(name = "clawmanager.redis.prefix", defaultValue = "clawmanager:")
    String prefix;

    @Inject
    @ConfigProperty(name = "clawmanager.redis.pool.max", defaultValue = "32")
    int poolMax;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Clock clock;

    private RedisConnection redis;
    private RedisEventBus redisBus;

    public boolean redisConfigured() {
        return redisUrl.filter(u -> !u.isBlank()).isPresent();
    }

    private synchronized RedisConnection redis() {
        if (redis == null) {
            redis = new RedisConnection(redisUrl.orElseThrow(), prefix, poolMax);
            LOG.info("Shared state: Redis at " + redactedUrl());
        }
        return redis;
    }

    private String redactedUrl() {
        return redisUrl.orElse("").replaceAll("//[^@/]*@", "//***@");
    }

    /** The raw Redis connection for features that need more than the two seams (for example streams). */
    @Produces
    Optional<RedisConnection> redisConnection() {
        return redisConfigured() ? Optional.of(redis()) : Optional.empty();
    }

    @Produces
    @ApplicationScoped
    EventBus eventBus() {
        if (!redisConfigured()) {
            LOG.info("Shared state: in-process event bus (embedded default)");
            return new LocalEventBus(executor);
        }
        redisBus = new RedisEventBus(redis(), executor, threads);
        return redisBus;
    }

    @Produces
    @ApplicationScoped
    Counters counters() {
        return redisConfigured() ? new RedisCounters(redis()) : new LocalCounters(clock);
    }

    @PreDestroy
    synchronized void close() {
        if (redisBus != null) {
            redisBus.close();
        }
        if (redis != null) {
            redis.close();
        }
    }
}
