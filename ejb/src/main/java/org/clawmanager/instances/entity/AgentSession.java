package org.clawmanager.instances.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The agent of one instance: its current epoch (a new one per registration, i.e. per process/Pod incarnation),
 * the hash of its session token, its last heartbeat (written in batches) and its last state report.
 */
@Entity
@Table(name = "instance_agents")
public class AgentSession {

    @Id
    @Column(name = "instance_id")
    private Long instanceId;
    private long epoch;
    @Column(name = "session_hash", nullable = false)
    private String sessionHash;
    @Column(name = "session_expires_at", nullable = false)
    private Instant sessionExpiresAt;
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;
    @Column(name = "last_heartbeat_at", nullable = false)
    private Instant lastHeartbeatAt;
    @Column(name = "agent_version")
    private String agentVersion;
    @Column(name = "runtime_status")
    private String runtimeStatus;
    @Column(name = "config_revision")
    private Long configRevision;
    private String report;
    @Column(name = "report_at")
    private Instant reportAt;

    protected AgentSession() {
    }

    public AgentSession(long instanceId) {
        this.instanceId = instanceId;
    }

    /** A new incarnation: the epoch grows, every older session token stops working. */
    public long register(String sessionHash, String agentVersion, Instant now, Instant expiresAt) {
        this.epoch++;
        this.sessionHash = sessionHash;
        this.sessionExpiresAt = expiresAt;
        this.registeredAt = now;
        this.lastHeartbeatAt = now;
        this.agentVersion = agentVersion;
        return epoch;
    }

    public void report(String runtimeStatus, Long configRevision, String reportJson, Instant now) {
        this.runtimeStatus = runtimeStatus;
        this.configRevision = configRevision;
        this.report = reportJson;
        this.reportAt = now;
        if (now.isAfter(lastHeartbeatAt)) {
            this.lastHeartbeatAt = now;
        }
    }

    public Long instanceId() { return instanceId; }
    public long epoch() { return epoch; }
    public String sessionHash() { return sessionHash; }
    public Instant sessionExpiresAt() { return sessionExpiresAt; }
    public Instant registeredAt() { return registeredAt; }
    public Instant lastHeartbeatAt() { return lastHeartbeatAt; }
    public String agentVersion() { return agentVersion; }
    public String runtimeStatus() { return runtimeStatus; }
    public Long configRevision() { return configRevision; }
    public String report() { return report; }
    public Instant reportAt() { return reportAt; }
}
