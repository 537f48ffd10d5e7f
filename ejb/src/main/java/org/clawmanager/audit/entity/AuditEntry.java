package org.clawmanager.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded change (append-only: there is no way to modify or delete an entry through the API). */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(name = "actor_role")
    private String actorRole;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String outcome;

    @Column(name = "target_type")
    private String targetType;

    @Column(name = "target_id")
    private String targetId;

    private String summary;

    @Lob
    @Column(name = "before_json")
    private String beforeJson;

    @Lob
    @Column(name = "after_json")
    private String afterJson;

    @Column(name = "source_ip")
    private String sourceIp;

    @Column(name = "user_agent")
    private String userAgent;

    @Column(name = "request_id")
    private String requestId;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, Long actorId, String actorName, String actorRole, String action,
                      String outcome, String targetType, String targetId, String summary, String beforeJson,
                      String afterJson, String sourceIp, String userAgent, String requestId) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = cut(actorName, 64);
        this.actorRole = actorRole;
        this.action = cut(action, 64);
        this.outcome = outcome;
        this.targetType = cut(targetType, 32);
        this.targetId = cut(targetId, 64);
        this.summary = cut(summary, 255);
        this.beforeJson = beforeJson;
        this.afterJson = afterJson;
        this.sourceIp = cut(sourceIp, 64);
        this.userAgent = cut(userAgent, 255);
        this.requestId = cut(requestId, 64);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long id() { return id; }
    public Instant occurredAt() { return occurredAt; }
    public Long actorId() { return actorId; }
    public String actorName() { return actorName; }
    public String actorRole() { return actorRole; }
    public String action() { return action; }
    public String outcome() { return outcome; }
    public String targetType() { return targetType; }
    public String targetId() { return targetId; }
    public String summary() { return summary; }
    public String beforeJson() { return beforeJson; }
    public String afterJson() { return afterJson; }
    public String sourceIp() { return sourceIp; }
    public String userAgent() { return userAgent; }
    public String requestId() { return requestId; }
}
