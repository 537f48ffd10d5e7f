package org.clawmanager.risk.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clawmanager.platform.sharedstate.Counters;
import org.clawmanager.risk.boundary.Hit;

/**
 * Per-rule hit counters in the shared store: a running total and 4-hour buckets, of which the last six make the
 * "last 24 h" figure. Counting never fails an inspection.
 */
@ApplicationScoped
public class HitCounters {

    private static final Logger LOG = Logger.getLogger(HitCounters.class.getName());
    private static final long BUCKET_SECONDS = 4 * 3600;
    private static final Duration TOTAL_WINDOW = Duration.ofDays(3650);
    private static final Duration BUCKET_WINDOW = Duration.ofHours(25);

    /** Hits of one rule. */
    public record Counts(long total, long last24h) {
    }

    @Inject
    Counters counters;

    @Inject
    Clock clock;

    public void record(List<Hit> hits) {
        if (hits.isEmpty()) {
            return;
        }
        Map<String, Long> byRule = new TreeMap<>();
        for (Hit h : hits) {
            byRule.merge(h.ruleId(), 1L, Long::sum);
        }
        long bucket = clock.instant().getEpochSecond() / BUCKET_SECONDS;
        try {
            byRule.forEach((rule, n) -> {
                counters.increment(totalKey(rule), n, TOTAL_WINDOW);
                counters.increment(bucketKey(rule, bucket), n, BUCKET_WINDOW);
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "risk hit counters unavailable: " + e.getMessage());
        }
    }

    public Counts counts(String ruleId) {
        return counts(List.of(ruleId)).get(ruleId);
    }

    /** The counts of many rules with one read of the shared store (the rules page lists them all); -1 if it is down. */
    public Map<String, Counts> counts(Collection<String> ruleIds) {
        long bucket = clock.instant().getEpochSecond() / BUCKET_SECONDS;
        List<String> keys = new ArrayList<>(ruleIds.size() * 7);
        for (String rule : ruleIds) {
            keys.add(totalKey(rule));
            for (int i = 0; i < 6; i++) {
                keys.add(bucketKey(rule, bucket - i));
            }
        }
        Map<String, Counts> out = new HashMap<>();
        long[] values;
        try {
            values = counters.getAll(keys);
        } catch (RuntimeException e) {
            ruleIds.forEach(r -> out.put(r, new Counts(-1, -1)));
            return out;
        }
        int k = 0;
        for (String rule : ruleIds) {
            long total = values[k++];
            long day = 0;
            for (int i = 0; i < 6; i++) {
                day += values[k++];
            }
            out.put(rule, new Counts(total, day));
        }
        return out;
    }

    /** Drops a deleted rule's counters, so a new rule with the same id starts at zero. */
    public void forget(String ruleId) {
        try {
            counters.delete(totalKey(ruleId));
            long bucket = clock.instant().getEpochSecond() / BUCKET_SECONDS;
            for (int i = 0; i < 7; i++) {
                counters.delete(bucketKey(ruleId, bucket - i));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "risk hit counters unavailable: " + e.getMessage());
        }
    }

    private static String totalKey(String rule) {
        return "risk:hits:" + rule + ":total";
    }

    private static String bucketKey(String rule, long bucket) {
        return "risk:hits:" + rule + ":b:" + bucket;
    }
}
