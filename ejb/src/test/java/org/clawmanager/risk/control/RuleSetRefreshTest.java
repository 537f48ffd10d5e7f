package org.clawmanager.risk.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.clawmanager.platform.sharedstate.EventBus;
import org.clawmanager.platform.sharedstate.LocalEventBus;
import org.clawmanager.platform.sharedstate.RedisConnection;
import org.clawmanager.platform.sharedstate.RedisEventBus;
import org.clawmanager.risk.boundary.Action;
import org.clawmanager.risk.entity.RuleKind;
import org.clawmanager.risk.entity.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas share one rule table (here a list) and the real Redis bus: a change committed on one is compiled into
 * the other's snapshot without a restart; a replica that missed the message converges on its fingerprint check.
 */
class RuleSetRefreshTest {

    private static final String URL = System.getProperty("test.redis.url", "redis://127.0.0.1:6379/9");
    private final List<RuleDef> table = new CopyOnWriteArrayList<>();
    private RedisConnection redis;
    private ExecutorService executor;

    /** A replica: the real holder with its database reads pointed at the shared list. */
    private Replica replica(EventBus bus) {
        Replica r = new Replica();
        r.bus = bus;
        r.unboundedMatch = 256;
        r.budgetPerChar = 200;
        r.init();
        r.reload();
        return r;
    }

    private final class Replica extends RuleSetHolder {
        @Override
        List<RuleDef> loadDefs() {
            return List.copyOf(table);
        }

        @Override
        List<Object> fingerprintNow() {
            return List.of(table.size(), table.hashCode());
        }

        boolean finds(String text) {
            return !Inspections.inspect(current(true), text).hits().isEmpty();
        }
    }

    private static RuleDef word(String id, String word, boolean enabled) {
        return new RuleDef(id, id, "custom", RuleKind.KEYWORDS, null, List.of(word), true, Severity.LOW, Action.BLOCK,
                enabled);
    }

    @BeforeEach
    void connect() {
        redis = new RedisConnection(URL, "test-" + UUID.randomUUID() + ":", 8);
        assertThat(redis.ping()).as("Redis must run at " + URL).isTrue();
        executor = Executors.newCachedThreadPool();
    }

    @AfterEach
    void close() {
        executor.shutdownNow();
        redis.close();
    }

    @Test
    void aChangeOnOneReplicaReachesTheOtherOverTheBus() {
        try (RedisEventBus busA = new RedisEventBus(redis, executor, Thread.ofVirtual().factory());
             RedisEventBus busB = new RedisEventBus(redis, executor, Thread.ofVirtual().factory())) {
            assertThat(busA.healthy() && busB.healthy()).isTrue();
            Replica a = replica(busA);
            Replica b = replica(busB);
            assertThat(b.finds("the quokka project")).isFalse();
            long before = b.current(true).version();

            table.add(word("quokka", "quokka", true));   // the committed change ...
            a.reload();                                    // ... what afterCommit does on the changing replica
            busA.publish(RuleSetHolder.TOPIC, "quokka");

            assertThat(a.finds("the quokka project")).isTrue();
            await().atMost(Duration.ofSeconds(5)).until(() -> b.finds("the quokka project"));
            assertThat(b.current(true).version()).isGreaterThan(before);

            table.set(0, word("quokka", "quokka", false)); // disabling works the same way
            a.reload();
            busA.publish(RuleSetHolder.TOPIC, "quokka");
            await().atMost(Duration.ofSeconds(5)).until(() -> !b.finds("the quokka project"));
        }
    }

    @Test
    void aReplicaThatMissedTheMessageConvergesOnItsCheck() {
        Replica lonely = replica(new LocalEventBus(executor)); // never hears the other replica
        table.add(word("wombat", "wombat", true));
        assertThat(lonely.finds("a wombat")).isFalse();
        lonely.checkFingerprint();
        assertThat(lonely.finds("a wombat")).isTrue();
        lonely.checkFingerprint(); // unchanged fingerprint: the snapshot stays
        assertThat(lonely.finds("a wombat")).isTrue();
    }
}
