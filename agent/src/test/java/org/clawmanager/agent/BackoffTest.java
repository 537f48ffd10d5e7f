package org.clawmanager.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void growsToTheCapWithJitterAndResetsOnSuccess() {
        Backoff b = new Backoff(new Random(42));
        long[] expected = {1_000, 2_000, 5_000, 10_000, 30_000, 60_000, 60_000, 60_000};
        for (long base : expected) {
            long d = b.next().toMillis();
            assertThat(d).isBetween((long) (base * 0.8), (long) (base * 1.2));
        }
        b.reset();
        assertThat(b.next().toMillis()).isBetween(800L, 1200L);
    }

    @Test
    void jitterSpreadsAgentsApart() {
        Random r = new Random(7);
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < 1000; i++) {
            long d = Backoff.jitter(15_000, 0.2, r);
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        assertThat(min).isBetween(12_000L, 12_600L);
        assertThat(max).isBetween(17_400L, 18_000L);
    }
}
