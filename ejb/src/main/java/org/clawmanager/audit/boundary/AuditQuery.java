package org.clawmanager.audit.boundary;

import java.time.Instant;

/** Filters for the audit log; every member is optional. */
public record AuditQuery(String actor, String action, String targetType, String targetId, String outcome,
                         Instant from, Instant to, int page, int size) {
}
