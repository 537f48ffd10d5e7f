package org.clawmanager.gateway.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;

/** A price version: per million tokens for input, output and cached input. */
public record PriceInfo(long version, String model, BigDecimal inputPerMTok, BigDecimal outputPerMTok,
                        BigDecimal cachedPerMTok, String currency, Instant effectiveFrom) {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    public BigDecimal cost(long prompt, long completion, long cached) {
        long uncached = Math.max(0, prompt - cached);
        return inputPerMTok.multiply(BigDecimal.valueOf(uncached))
                .add(cachedPerMTok.multiply(BigDecimal.valueOf(Math.min(cached, prompt))))
                .add(outputPerMTok.multiply(BigDecimal.valueOf(completion)))
                .divide(MILLION, MathContext.DECIMAL64);
    }

    /** Cost in micro-units (what budgets count), rounded up so reservations never undercount. */
    public long micros(long prompt, long completion, long cached) {
        return cost(prompt, completion, cached).movePointRight(6).setScale(0, java.math.RoundingMode.CEILING)
                .longValueExact();
    }
}
