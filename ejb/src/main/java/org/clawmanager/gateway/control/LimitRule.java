package org.clawmanager.gateway.control;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** A limit from {@code gw_limits} in the form the limiter applies it. */
public record LimitRule(long id, String scope, String subject, String metric, String period, long limit) {

    public boolean appliesTo(String scopeSubject) {
        return subject == null || subject.isBlank() || "*".equals(subject) || subject.equals(scopeSubject);
    }

    /** The window the instant falls into: its key suffix and the time left in it. */
    public record Window(String id, Duration remaining) {
    }

    public Window window(Instant now) {
        if ("month".equals(period)) {
            YearMonth ym = YearMonth.from(now.atZone(ZoneOffset.UTC));
            Instant end = ym.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            return new Window(ym.toString(), Duration.between(now, end));
        }
        long seconds = switch (period) {
            case "minute" -> 60;
            case "hour" -> 3600;
            case "day" -> 86_400;
            case "week" -> 604_800;
            default -> throw new IllegalStateException("unknown period " + period);
        };
        long epoch = now.getEpochSecond();
        long start = epoch - Math.floorMod(epoch, seconds);
        return new Window(Long.toString(start), Duration.ofSeconds(start + seconds - epoch).plusMillis(1));
    }
}
