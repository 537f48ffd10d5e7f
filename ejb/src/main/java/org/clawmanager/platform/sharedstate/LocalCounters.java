package org.clawmanager.platform.sharedstate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/** In-process counters for the embedded default; each operation is atomic per key. */
public class LocalCounters implements Counters {

    private record Entry(long value, Instant expiresAt) {
        boolean expired(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }

    private static final int EVICT_EVERY = 4096;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger operations = new java.util.concurrent.atomic.AtomicInteger();
    private final Clock clock;

    public LocalCounters(Clock clock) {
        this.clock = clock;
    }

    @Override
    public long increment(String key, long delta, Duration window) {
        maybeEvict();
        Instant now = clock.instant();
        return entries.compute(key, (k, e) -> e == null || e.expired(now)
                ? new Entry(delta, now.plus(window))
                : new Entry(e.value + delta, e.expiresAt)).value;
    }

    @Override
    public long tryAdd(String key, long amount, long limit, Duration ttl) {
        maybeEvict();
        Instant now = clock.instant();
        long[] result = {-1};
        entries.compute(key, (k, e) -> {
            Entry live = e == null || e.expired(now) ? null : e;
            long current = live == null ? 0 : live.value;
            if (current + amount > limit) {
                return live;
            }
            result[0] = current + amount;
            return new Entry(current + amount, live == null ? now.plus(ttl) : live.expiresAt);
        });
        return result[0];
    }

    @Override
    public long get(String key) {
        Entry e = entries.get(key);
        return e == null || e.expired(clock.instant()) ? 0 : e.value;
    }

    @Override
    public long[] getAll(java.util.List<String> keys) {
        return keys.stream().mapToLong(this::get).toArray();
    }

    @Override
    public Duration timeToLive(String key) {
        Entry e = entries.get(key);
        Instant now = clock.instant();
        return e == null || e.expired(now) ? Duration.ZERO : Duration.between(now, e.expiresAt);
    }

    @Override
    public void delete(String key) {
        entries.remove(key);
    }

    private void maybeEvict() {
        if (operations.incrementAndGet() % EVICT_EVERY == 0) {
            evictExpired();
        }
    }

    /** Drops expired entries so abandoned keys (one per user and window) do not accumulate. */
    void evictExpired() {
        Instant now = clock.instant();
        entries.entrySet().removeIf(en -> en.getValue().expired(now));
    }

    @Override
    public boolean healthy() {
        return true;
    }
}
