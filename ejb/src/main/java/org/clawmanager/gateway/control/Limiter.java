package org.clawmanager.gateway.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.clawmanager.platform.errors.RateLimitedException;
import org.clawmanager.platform.sharedstate.Counters;

/**
 * RPM/TPM limits and money budgets. Before the call every applicable limit reserves its estimate atomically in the
 * shared {@link Counters} (Redis in production), so concurrent requests on any replica cannot pass a limit together;
 * after the call the reservation is settled to the real usage. A limit that does not fit releases what the earlier
 * ones reserved and answers 429 with the time until its window ends.
 */
@ApplicationScoped
public class Limiter {

    @Inject
    Counters counters;

    /** Who a request counts against. */
    public record Subjects(long keyId, long userId, Long teamId, Long instanceId, String model) {

        String of(String scope) {
            return switch (scope) {
                case "key" -> Long.toString(keyId);
                case "user" -> Long.toString(userId);
                case "team" -> teamId == null ? null : teamId.toString();
                case "instance" -> instanceId == null ? null : instanceId.toString();
                case "model" -> model;
                case "global" -> "*";
                default -> null;
            };
        }
    }

    record Held(String key, String metric, long amount, Duration ttl) {
    }

    /** The reservations of one request, settled once. */
    public static final class Reservation {
        private final List<Held> held;
        private boolean settled;

        Reservation(List<Held> held) {
            this.held = held;
        }

        public boolean empty() {
            return held.isEmpty();
        }
    }

    public Reservation reserve(List<LimitRule> rules, Subjects s, long estTokens, long estMicros, Instant now) {
        if (rules.isEmpty()) {
            return new Reservation(List.of());
        }
        List<Held> held = new ArrayList<>(2);
        for (LimitRule rule : rules) {
            String subject = s.of(rule.scope());
            if (subject == null || !rule.appliesTo(subject)) {
                continue;
            }
            long amount = switch (rule.metric()) {
                case "requests" -> 1;
                case "tokens" -> estTokens;
                case "cost" -> estMicros;
                default -> 0;
            };
            LimitRule.Window w = rule.window(now);
            String key = "gw:lim:" + rule.id() + ":" + subject + ":" + w.id();
            if (counters.tryAdd(key, amount, rule.limit(), w.remaining()) < 0) {
                release(held);
                Duration wait = counters.timeToLive(key);
                throw new RateLimitedException("cost".equals(rule.metric()) ? "budget_exceeded" : "rate_limit_exceeded",
                        ("cost".equals(rule.metric()) ? "Budget" : "Rate limit") + " reached for " + rule.scope()
                                + " (" + rule.metric() + " per " + rule.period() + ", limit " + rule.limit() + ")",
                        wait.isZero() ? w.remaining() : wait);
            }
            held.add(new Held(key, rule.metric(), amount, w.remaining()));
        }
        return new Reservation(held);
    }

    /** Replaces the estimates with the real usage (a failed request passes 0 tokens and 0 cost). */
    public void settle(Reservation r, long tokens, long micros) {
        if (r == null || r.settled) {
            return;
        }
        r.settled = true;
        for (Held h : r.held) {
            long actual = switch (h.metric()) {
                case "tokens" -> tokens;
                case "cost" -> micros;
                default -> h.amount();
            };
            if (actual != h.amount()) {
                counters.increment(h.key(), actual - h.amount(), h.ttl());
            }
        }
    }

    private void release(List<Held> held) {
        for (Held h : held) {
            counters.increment(h.key(), -h.amount(), h.ttl());
        }
    }
}
