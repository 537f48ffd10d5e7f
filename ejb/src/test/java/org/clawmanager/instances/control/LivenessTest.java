package org.clawmanager.instances.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LivenessTest {

    private static final Instant START = Instant.parse("2026-11-24T10:00:00Z");
    private final Liveness l = Liveness.DEFAULT;

    @Test
    void bandsAreOnlineUpTo45sStaleUpTo120sThenOffline() {
        Instant hb = START.plusSeconds(100);
        assertThat(l.of(hb, START, hb.plusSeconds(45))).isEqualTo("online");
        assertThat(l.of(hb, START, hb.plusSeconds(46))).isEqualTo("stale");
        assertThat(l.of(hb, START, hb.plusSeconds(120))).isEqualTo("stale");
        assertThat(l.of(hb, START, hb.plusSeconds(121))).isEqualTo("offline");
        assertThat(l.of(null, START, hb)).isEqualTo("unregistered");
    }

    @Test
    void afterAControlPlaneRestartStalenessCountsFromTheRestart() {
        Instant lastBeforeOutage = START.minusSeconds(600);
        assertThat(l.of(lastBeforeOutage, START, START.plusSeconds(10))).isEqualTo("online");
        assertThat(l.of(lastBeforeOutage, START, START.plusSeconds(60))).isEqualTo("stale");
        assertThat(l.of(lastBeforeOutage, START, START.plusSeconds(200))).isEqualTo("offline");
    }

    @Test
    void aRuntimeObservedGoneMakesTheAgentOfflineAtOnceUnlessItBeatSince() {
        Instant hb = START.plusSeconds(100);
        Instant stopped = hb.plusSeconds(3);
        assertThat(l.of(hb, START, stopped.plusSeconds(1), stopped)).isEqualTo("offline");
        assertThat(l.of(stopped, START, stopped.plusSeconds(1), stopped)).isEqualTo("offline");
        // the stop is stored to the second: a beat later in that second may have been sent before the stop
        assertThat(l.of(stopped.plusMillis(500), START, stopped.plusSeconds(1), stopped)).isEqualTo("offline");
        assertThat(l.of(stopped.plusSeconds(2), START, stopped.plusSeconds(3), stopped)).isEqualTo("online");
        assertThat(l.of(hb, START, stopped.plusSeconds(1), null)).isEqualTo("online");
        assertThat(l.of(null, START, stopped, stopped)).isEqualTo("unregistered");
    }
}
