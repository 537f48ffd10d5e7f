package org.clawmanager.gateway.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clawmanager.platform.errors.RateLimitedException;
import org.clawmanager.platform.sharedstate.LocalCounters;
import org.junit.jupiter.api.Test;

class PricingAndLimitsTest {

    static final Instant NOW = Instant.parse("2026-11-24T10:15:30Z");

    @Test
    void costUsesPerMillionPricesAndCachedInput() {
        PriceInfo p = new PriceInfo(1, "m", new BigDecimal("2.50"), new BigDecimal("10"), new BigDecimal("1.25"), "USD",
                NOW);
        assertThat(p.cost(1_000_000, 0, 0)).isEqualByComparingTo("2.50");
        assertThat(p.cost(1000, 500, 400)).isEqualByComparingTo("0.007"); // (600*2.5 + 400*1.25 + 500*10) / 1e6
        assertThat(p.micros(1, 1, 0)).isEqualTo(13); // 12.5 micro-dollars round up, never down
    }

    @Test
    void theNewestVersionInForceWins() {
        PriceInfo old = new PriceInfo(1, "m", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, "USD", NOW.minusSeconds(100));
        PriceInfo future = new PriceInfo(2, "m", BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, "USD", NOW.plusSeconds(100));
        CatalogSnapshot c = new CatalogSnapshot(Map.of(), Map.of("alias", "m"), Map.of("m", List.of(future, old)),
                List.of(), Map.of(), null);
        assertThat(c.price("m", NOW).version()).isEqualTo(1);
        assertThat(c.price("m", NOW.plusSeconds(200)).version()).isEqualTo(2);
        assertThat(c.price("m", NOW.minusSeconds(200))).isNull();
        assertThat(c.resolve("alias")).isEqualTo("m");
        assertThat(c.resolve("m")).isEqualTo("m");
    }

    @Test
    void windowsAlignToTheirPeriod() {
        LimitRule minute = new LimitRule(1, "user", "*", "requests", "minute", 5);
        assertThat(minute.window(NOW).remaining()).isBetween(Duration.ofSeconds(29), Duration.ofSeconds(31));
        LimitRule month = new LimitRule(1, "user", "*", "requests", "month", 5);
        assertThat(month.window(NOW).id()).isEqualTo("2026-11");
        assertThat(month.appliesTo("17")).isTrue();
        assertThat(new LimitRule(1, "user", "18", "requests", "day", 5).appliesTo("17")).isFalse();
    }

    @Test
    void reservationsAreAtomicReleasedAndSettled() {
        Limiter limiter = new Limiter();
        limiter.counters = new LocalCounters(java.time.Clock.systemUTC());
        List<LimitRule> rules = List.of(new LimitRule(1, "user", "*", "tokens", "minute", 100),
                new LimitRule(2, "key", "*", "requests", "minute", 2));
        Limiter.Subjects s = new Limiter.Subjects(7, 3, null, null, "m");
        Limiter.Reservation a = limiter.reserve(rules, s, 60, 0, NOW);
        assertThatThrownBy(() -> limiter.reserve(rules, s, 60, 0, NOW)).isInstanceOf(RateLimitedException.class);
        limiter.settle(a, 10, 0); // the real usage was far below the estimate
        Limiter.Reservation b = limiter.reserve(rules, s, 60, 0, NOW);
        limiter.settle(b, 60, 0);
        RateLimitedException e = org.junit.jupiter.api.Assertions.assertThrows(RateLimitedException.class,
                () -> limiter.reserve(rules, s, 1, 0, NOW));
        assertThat(e.code()).isEqualTo("rate_limit_exceeded"); // the request limit (2) is used up now
        assertThat(limiter.counters.get("gw:lim:1:3:" + rules.get(0).window(NOW).id())).isEqualTo(70);
    }

    @Test
    void accessListsOfKeyUserTeamAndInstanceAllApply() {
        CatalogSnapshot c = new CatalogSnapshot(Map.of(), Map.of(), Map.of(), List.of(),
                Map.of("team:5", Set.of("a", "b"), "instance:9", Set.of("a")), null);
        KeyInfo teamKey = new KeyInfo(1, "h", 3, 9L, 5L, Set.of(), null);
        assertThat(Access.allowed(c, teamKey, "a", "a")).isTrue();
        assertThat(Access.allowed(c, teamKey, "b", "b")).isFalse(); // the instance list excludes b
        KeyInfo narrow = new KeyInfo(2, "h", 3, null, null, Set.of("alias-of-c"), null);
        assertThat(Access.allowed(c, narrow, "alias-of-c", "c")).isTrue();
        assertThat(Access.allowed(c, narrow, "d", "d")).isFalse();
    }
}
