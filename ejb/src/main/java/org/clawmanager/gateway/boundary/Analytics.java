package org.clawmanager.gateway.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Usage and cost over a time range, in total and per group (day, user, instance, team, key or model). */
public record Analytics(Instant from, Instant to, String groupBy, Row totals, List<Row> groups) {

    public record Row(String key, long requests, long errors, long promptTokens, long completionTokens,
                      BigDecimal cost, double avgLatencyMs) {
    }
}
