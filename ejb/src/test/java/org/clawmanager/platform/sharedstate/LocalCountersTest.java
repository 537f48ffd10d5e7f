package org.clawmanager.platform.sharedstate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LocalCountersTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-24T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final LocalCounters cut = new LocalCounters(clock);

    @Test
    void fixedWindowsExpireAndAreNotExtendedByLaterIncrements() {
        assertThat(cut.increment("k", 1, Duration.ofSeconds(10))).isEqualTo(1);
        clock.now = clock.now.plusSeconds(6);
        assertThat(cut.increment("k", 2, Duration.ofSeconds(10))).isEqualTo(3);
        assertThat(cut.timeToLive("k")).isEqualTo(Duration.ofSeconds(4));
        clock.now = clock.now.plusSeconds(4);
        assertThat(cut.get("k")).isZero();
        assertThat(cut.increment("k", 1, Duration.ofSeconds(10))).isEqualTo(1);
    }

    @Test
    void manyCountersAreReadInTheKeysOrderWithExpiredOnesAtZero() {
        cut.increment("x", 4, Duration.ofSeconds(10));
        cut.increment("y", 7, Duration.ofSeconds(60));
        assertThat(cut.getAll(java.util.List.of("y", "none", "x"))).containsExactly(7, 0, 4);
        clock.now = clock.now.plusSeconds(11);
        assertThat(cut.getAll(java.util.List.of("y", "none", "x"))).containsExactly(7, 0, 0);
    }

    @Test
    void tryAddNeverGoesPastTheLimit() {
        assertThat(cut.tryAdd("b", 60, 100, Duration.ofMinutes(1))).isEqualTo(60);
        assertThat(cut.tryAdd("b", 50, 100, Duration.ofMinutes(1))).isEqualTo(-1);
        assertThat(cut.get("b")).isEqualTo(60);
        assertThat(cut.tryAdd("b", 40, 100, Duration.ofMinutes(1))).isEqualTo(100);
        assertThat(cut.tryAdd("b", -30, 100, Duration.ofMinutes(1))).isEqualTo(70);
    }

    @Test
    void concurrentReservationsCannotOverspend() throws Exception {
        CountersContract.concurrentReservationsCannotOverspend(cut, 1000);
    }

    @Test
    void deleteAndEvictionForgetCounters() {
        cut.increment("gone", 5, Duration.ofSeconds(1));
        cut.delete("gone");
        assertThat(cut.get("gone")).isZero();
        cut.increment("old", 5, Duration.ofSeconds(1));
        clock.now = clock.now.plusSeconds(2);
        cut.evictExpired();
        assertThat(cut.timeToLive("old")).isEqualTo(Duration.ZERO);
    }
}
