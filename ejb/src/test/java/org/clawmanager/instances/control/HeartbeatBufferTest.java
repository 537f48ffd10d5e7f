package org.clawmanager.instances.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HeartbeatBufferTest {

    private static final Instant T = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void keepsTheNewestBeatPerInstanceAndDrainsInChunks() {
        HeartbeatBuffer b = new HeartbeatBuffer();
        b.record(1, 1, T);
        b.record(1, 1, T.plusSeconds(5));
        b.record(1, 1, T.plusSeconds(2)); // late arrival must not move time backwards
        b.record(2, 3, T);
        assertThat(b.latest(1)).isEqualTo(T.plusSeconds(5));
        assertThat(b.size()).isEqualTo(2);
        List<HeartbeatBuffer.Beat> first = b.drain(1);
        assertThat(first).hasSize(1);
        assertThat(b.drain(10)).hasSize(1);
        assertThat(b.size()).isZero();
    }

    @Test
    void aFailedWriteIsRestoredWithoutOverwritingNewerBeats() {
        HeartbeatBuffer b = new HeartbeatBuffer();
        b.record(1, 1, T);
        List<HeartbeatBuffer.Beat> taken = b.drain(10);
        b.record(1, 1, T.plusSeconds(9));
        b.restore(taken);
        assertThat(b.latest(1)).isEqualTo(T.plusSeconds(9));
    }

    @Test
    void aNewerEpochWinsEvenWithAnOlderClockReading() {
        HeartbeatBuffer b = new HeartbeatBuffer();
        b.record(1, 1, T.plusSeconds(10));
        b.record(1, 2, T.plusSeconds(9));
        assertThat(b.drain(1).get(0).epoch()).isEqualTo(2);
    }

    @Test
    void concurrentWritersLoseNothing() throws Exception {
        HeartbeatBuffer b = new HeartbeatBuffer();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            int offset = t;
            pool.execute(() -> {
                for (int i = 0; i < 10_000; i++) {
                    b.record(i % 1000 + offset * 1000, 1, T.plusMillis(i));
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(b.size()).isEqualTo(4000);
    }
}
