package org.clawmanager.platform.sharedstate;

import java.time.Duration;
import java.util.List;

/** {@link Counters} on Redis: each operation is one Lua script, so it is atomic across replicas. */
public class RedisCounters implements Counters {

    // KEYS[1]=counter ARGV[1]=delta ARGV[2]=window ms
    private static final String INCREMENT = """
            local v = redis.call('INCRBY', KEYS[1], ARGV[1])
            if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
            return v""";
    // KEYS[1]=counter ARGV[1]=amount ARGV[2]=limit ARGV[3]=ttl ms
    private static final String TRY_ADD = """
            local current = tonumber(redis.call('GET', KEYS[1]) or '0')
            if current + tonumber(ARGV[1]) > tonumber(ARGV[2]) then return -1 end
            local v = redis.call('INCRBY', KEYS[1], ARGV[1])
            if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
            return v""";

    private final RedisConnection redis;

    public RedisCounters(RedisConnection redis) {
        this.redis = redis;
    }

    @Override
    public long increment(String key, long delta, Duration window) {
        return (Long) redis.client().eval(INCREMENT, List.of(redis.key(key)),
                List.of(Long.toString(delta), Long.toString(Math.max(1, window.toMillis()))));
    }

    @Override
    public long tryAdd(String key, long amount, long limit, Duration ttl) {
        return (Long) redis.client().eval(TRY_ADD, List.of(redis.key(key)),
                List.of(Long.toString(amount), Long.toString(limit), Long.toString(Math.max(1, ttl.toMillis()))));
    }

    @Override
    public long get(String key) {
        String v = redis.client().get(redis.key(key));
        return v == null ? 0 : Long.parseLong(v);
    }

    @Override
    public long[] getAll(List<String> keys) {
        if (keys.isEmpty()) {
            return new long[0];
        }
        List<String> values = redis.client().mget(keys.stream().map(redis::key).toArray(String[]::new));
        long[] out = new long[keys.size()];
        for (int i = 0; i < out.length; i++) {
            String v = values.get(i);
            out[i] = v == null ? 0 : Long.parseLong(v);
        }
        return out;
    }

    @Override
    public Duration timeToLive(String key) {
        long ms = redis.client().pttl(redis.key(key));
        return ms <= 0 ? Duration.ZERO : Duration.ofMillis(ms);
    }

    @Override
    public void delete(String key) {
        redis.client().del(redis.key(key));
    }

    @Override
    public boolean healthy() {
        return redis.ping();
    }
}
