package org.clawmanager.risk.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.clawmanager.platform.sharedstate.LocalCounters;
import org.clawmanager.risk.boundary.Action;
import org.clawmanager.risk.boundary.Hit;
import org.junit.jupiter.api.Test;

/** Per-rule totals and the rolling 24-hour figure, with the in-process counters and a clock that moves. */
class HitCountersTest {

    private Instant now = Instant.parse("2026-11-24T10:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private static Hit hit(String rule) {
        return new Hit(rule, rule, "c", "low", Action.ALLOW, 0, 1, "*");
    }

    @Test
    void countsTotalsAndTheLastDay() {
        HitCounters counters = new HitCounters();
        counters.counters = new LocalCounters(clock);
        counters.clock = clock;
        counters.record(List.of(hit("a"), hit("a"), hit("b")));
        assertThat(counters.counts("a")).isEqualTo(new HitCounters.Counts(2, 2));
        assertThat(counters.counts("b")).isEqualTo(new HitCounters.Counts(1, 1));

        now = now.plus(Duration.ofHours(12));
        counters.record(List.of(hit("a")));
        assertThat(counters.counts("a")).isEqualTo(new HitCounters.Counts(3, 3));

        now = now.plus(Duration.ofHours(13)); // the first hits are now more than a day old
        assertThat(counters.counts("a")).isEqualTo(new HitCounters.Counts(3, 1));

        assertThat(counters.counts(List.of("a", "b", "never-hit"))).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                "a", new HitCounters.Counts(3, 1), "b", new HitCounters.Counts(1, 0),
                "never-hit", new HitCounters.Counts(0, 0)));

        counters.forget("a");
        assertThat(counters.counts("a")).isEqualTo(new HitCounters.Counts(0, 0));
        assertThat(counters.counts("b").total()).isEqualTo(1);
    }
}
