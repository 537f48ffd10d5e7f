package org.clawmanager.audit.boundary;

import java.time.Instant;
import org.clawmanager.audit.entity.AuditEntry;

/** What the API shows of an audit entry; before/after are JSON documents (already redacted). */
public record AuditEntryView(long id, Instant occurredAt, Long actorId, String actorName, String actorRole,
                             String action, String outcome, String targetType, String targetId, String summary,
                             String before, String after, String sourceIp, String userAgent, String requestId) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.id(), e.occurredAt(), e.actorId(), e.actorName(), e.actorRole(), e.action(),
                e.outcome(), e.targetType(), e.targetId(), e.summary(), e.beforeJson(), e.afterJson(), e.sourceIp(),
                e.userAgent(), e.requestId());
    }
}
