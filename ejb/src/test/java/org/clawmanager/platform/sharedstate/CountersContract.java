package org.clawmanager.platform.sharedstate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Behaviour every {@link Counters} implementation must show, shared by the in-process and Redis tests. */
final class CountersContract {

    private CountersContract() {
    }

    /** 8 threads race {@code attempts} reservations of 7 against a limit of 1,000: exactly 142 may pass. */
    static void concurrentReservationsCannotOverspend(Counters counters, int attempts) throws InterruptedException {
        AtomicInteger granted = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < attempts; i++) {
                pool.submit(() -> {
                    if (counters.tryAdd("budget", 7, 1000, Duration.ofHours(1)) >= 0) {
                        granted.incrementAndGet();
                    }
                });
            }
        }
        assertThat(granted.get()).isEqualTo(142);
        assertThat(counters.get("budget")).isEqualTo(994);
    }
}
