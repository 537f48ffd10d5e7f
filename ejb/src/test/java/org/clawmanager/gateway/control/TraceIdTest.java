package org.clawmanager.gateway.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TraceIdTest {

    @Test
    void traceIdsAreVersion7UuidsCarryingTheirMillisecond() {
        long now = 1_795_527_285_058L;
        UUID id = UUID.fromString(Exchange.traceId(now, new Random(1)));
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(now);
    }

    @Test
    void laterIdsSortAfterEarlierOnesAsText() {
        Random random = new Random(7);
        String earlier = Exchange.traceId(1_000_000L, random);
        String later = Exchange.traceId(1_000_001L, random);
        // the database compares the VARCHAR key as text: a later millisecond must land at the index's end
        assertThat(later).isGreaterThan(earlier);
    }

    @Test
    void idsOfOneMillisecondAreStillUnique() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(Exchange.traceId());
        }
        assertThat(ids).hasSize(100_000);
    }
}
