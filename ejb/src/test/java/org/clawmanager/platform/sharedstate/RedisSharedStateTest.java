package org.clawmanager.platform.sharedstate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Redis adapters against the machine's real Redis (started by {@code bin/clawmanager test}). Each test uses a
 * unique key prefix, so parallel runs and the integration-test server never see each other's keys.
 */
class RedisSharedStateTest {

    private static final String URL = System.getProperty("test.redis.url", "redis://127.0.0.1:6379/9");
    private RedisConnection redis;

    @BeforeEach
    void connect() {
        redis = new RedisConnection(URL, "test-" + UUID.randomUUID() + ":", 8);
        assertThat(redis.ping()).as("Redis must run at " + URL).isTrue();
    }

    @AfterEach
    void close() {
        redis.client().keys(redis.prefix() + "*").forEach(k -> redis.client().del(k));
        redis.close();
    }

    @Test
    void countersBehaveLikeTheInProcessOnes() {
        RedisCounters cut = new RedisCounters(redis);
        assertThat(cut.increment("w", 2, Duration.ofSeconds(30))).isEqualTo(2);
        assertThat(cut.increment("w", 3, Duration.ofSeconds(30))).isEqualTo(5);
        assertThat(cut.timeToLive("w")).isBetween(Duration.ofSeconds(28), Duration.ofSeconds(30));
        assertThat(cut.tryAdd("b", 60, 100, Duration.ofMinutes(1))).isEqualTo(60);
        assertThat(cut.tryAdd("b", 41, 100, Duration.ofMinutes(1))).isEqualTo(-1);
        assertThat(cut.get("b")).isEqualTo(60);
        assertThat(cut.getAll(java.util.List.of("w", "absent", "b"))).containsExactly(5, 0, 60);
        assertThat(cut.getAll(java.util.List.of())).isEmpty();
        cut.delete("b");
        assertThat(cut.get("b")).isZero();
        assertThat(cut.healthy()).isTrue();
        assertThat(redis.client().exists(redis.key("w"))).as("keys carry the deployment prefix").isTrue();
    }

    @Test
    void concurrentReservationsFromManyConnectionsCannotOverspend() throws Exception {
        CountersContract.concurrentReservationsCannotOverspend(new RedisCounters(redis), 300);
    }

    @Test
    void theBusDeliversAcrossConnectionsLikeAcrossReplicas() {
        ExecutorService executor = Executors.newCachedThreadPool();
        try (RedisEventBus replicaA = new RedisEventBus(redis, executor, Thread.ofVirtual().factory());
             RedisEventBus replicaB = new RedisEventBus(redis, executor, Thread.ofVirtual().factory())) {
            assertThat(replicaA.healthy()).isTrue();
            assertThat(replicaB.healthy()).isTrue();
            List<String> seenByB = new CopyOnWriteArrayList<>();
            List<String> other = new CopyOnWriteArrayList<>();
            replicaB.subscribe("session-revoked", seenByB::add);
            replicaB.subscribe("other-topic", other::add);
            replicaA.publish("session-revoked", "s-1");
            replicaA.publish("session-revoked", "s-2");
            await().atMost(Duration.ofSeconds(5)).until(() -> seenByB.size() == 2);
            assertThat(seenByB).containsExactly("s-1", "s-2");
            assertThat(other).isEmpty();
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aListenerThatThrowsDoesNotStopDelivery() {
        LocalEventBus bus = new LocalEventBus(Runnable::run);
        List<String> ok = new CopyOnWriteArrayList<>();
        bus.subscribe("t", m -> {
            throw new IllegalStateException("boom");
        });
        EventBus.Subscription sub = bus.subscribe("t", ok::add);
        bus.publish("t", "one");
        sub.close();
        bus.publish("t", "two");
        assertThat(ok).containsExactly("one");
    }

    @Test
    void urlPartsAreParsed() {
        var uri = java.net.URI.create("redis://:s3cret@cache.internal:6380/4");
        assertThat(RedisConnection.database(uri)).isEqualTo(4);
        assertThat(RedisConnection.password(uri)).isEqualTo("s3cret");
        assertThat(RedisConnection.database(java.net.URI.create("redis://h"))).isZero();
        assertThat(RedisConnection.password(java.net.URI.create("redis://h:1/0"))).isNull();
    }
}
