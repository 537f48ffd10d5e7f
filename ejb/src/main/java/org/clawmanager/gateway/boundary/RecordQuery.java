package org.clawmanager.gateway.boundary;

import java.time.Instant;

/** Filters of the gateway audit list and analytics (all optional). */
public record RecordQuery(Long userId, Long instanceId, Long keyId, String model, Integer status, Instant from,
                          Instant to, int page, int size) {
}
