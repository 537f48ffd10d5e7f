package org.clawmanager.platform.sharedstate;

import java.time.Duration;

/**
 * Atomic counters shared by all replicas: rate limits, login throttling, budget reservations. Every operation
 * is a single atomic step in the shared store, so concurrent requests on different replicas cannot both pass
 * a limit that only one of them fits under.
 */
public interface Counters {

    /**
     * Adds {@code delta} to the counter and returns the new value. A counter created by this call expires
     * {@code window} later (a fixed window); later calls do not extend it.
     */
    long increment(String key, long delta, Duration window);

    /**
     * Adds {@code amount} only if the result stays within {@code limit}; returns the new value, or -1 when the
     * amount did not fit (and nothing was added). A counter created by this call expires after {@code ttl}.
     */
    long tryAdd(String key, long amount, long limit, Duration ttl);

    /** Current value, 0 when absent or expired. */
    long get(String key);

    /** Current values of many counters in one step (one round trip to the shared store), in the keys' order. */
    long[] getAll(java.util.List<String> keys);

    /** Time until the counter expires, {@link Duration#ZERO} when absent. */
    Duration timeToLive(String key);

    void delete(String key);

    boolean healthy();
}
