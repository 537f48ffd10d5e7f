package org.clawmanager.instances.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A durable command for an instance's agent. The row is the source of truth; wake-ups on the event bus are only
 * hints. {@code openKey} holds the type while the command is open and is null once terminal, so a unique index on
 * (instance, openKey) allows at most one open command per instance and type on MariaDB and H2 alike.
 * {@code deadlineAt} is when the reaper acts: the pending/dispatch/run deadline of the current state.
 */
@Entity
@Table(name = "instance_commands")
@NamedQuery(name = Command.NEXT_PENDING, query = "SELECT c FROM Command c WHERE c.instanceId = :instance "
        + "AND c.status = org.clawmanager.instances.entity.CommandStatus.PENDING ORDER BY c.id")
@NamedQuery(name = Command.DUE, query = "SELECT c FROM Command c WHERE c.status IN :open AND c.deadlineAt < :now "
        + "ORDER BY c.deadlineAt")
@NamedQuery(name = Command.BY_INSTANCE, query = "SELECT c FROM Command c WHERE c.instanceId = :instance "
        + "ORDER BY c.id DESC")
@NamedQuery(name = Command.OPEN_OF_INSTANCE, query = "SELECT c FROM Command c WHERE c.instanceId = :instance "
        + "AND c.status IN :open")
public class Command {

    public static final String NEXT_PENDING = "Command.nextPending";
    public static final String DUE = "Command.due";
    public static final String BY_INSTANCE = "Command.byInstance";
    public static final String OPEN_OF_INSTANCE = "Command.openOfInstance";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "instance_id", nullable = false)
    private long instanceId;
    @Column(nullable = false)
    private String type;
    private String payload;
    @Column(name = "idempotency_key", nullable = false)
    private String idempotencyKey;
    @Column(name = "open_key")
    private String openKey;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommandStatus status;
    private String reason;
    private String result;
    @Column(name = "timeout_seconds")
    private int timeoutSeconds;
    private int attempts;
    private Long epoch;
    @Column(name = "created_by")
    private Long createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "dispatched_at")
    private Instant dispatchedAt;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(name = "deadline_at", nullable = false)
    private Instant deadlineAt;
    @Version
    private int version;

    protected Command() {
    }

    public Command(long instanceId, CommandType type, String payload, String idempotencyKey, Long createdBy,
                   Instant now, Duration pendingTimeout) {
        this.instanceId = instanceId;
        this.type = type.wire();
        this.payload = payload;
        this.idempotencyKey = idempotencyKey;
        this.openKey = type.wire();
        this.status = CommandStatus.PENDING;
        this.timeoutSeconds = (int) type.runTimeout().toSeconds();
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        this.deadlineAt = now.plus(pendingTimeout);
    }

    /** Handed to the agent of {@code epoch}; it must acknowledge (start) before {@code ackDeadline}. */
    public void dispatch(long epoch, Instant now, Duration ackTimeout) {
        this.status = CommandStatus.DISPATCHED;
        this.epoch = epoch;
        this.attempts++;
        this.dispatchedAt = now;
        this.updatedAt = now;
        this.deadlineAt = now.plus(ackTimeout);
    }

    public void start(Instant now) {
        this.status = CommandStatus.RUNNING;
        this.startedAt = now;
        this.updatedAt = now;
        this.deadlineAt = now.plusSeconds(timeoutSeconds);
    }

    /** Back to pending for another delivery (the agent that had it vanished before acknowledging). */
    public void redeliver(Instant now, Duration pendingTimeout) {
        this.status = CommandStatus.PENDING;
        this.epoch = null;
        this.reason = "Redelivered";
        this.updatedAt = now;
        this.deadlineAt = now.plus(pendingTimeout);
    }

    public void finish(CommandStatus terminal, String reason, String result, Instant now) {
        if (!terminal.terminal()) {
            throw new IllegalArgumentException("not a terminal status: " + terminal);
        }
        this.status = terminal;
        this.reason = reason;
        this.result = result;
        this.openKey = null;
        this.finishedAt = now;
        this.updatedAt = now;
        this.deadlineAt = now;
    }

    public Long id() { return id; }
    public long instanceId() { return instanceId; }
    public String type() { return type; }
    public String payload() { return payload; }
    public String idempotencyKey() { return idempotencyKey; }
    public CommandStatus status() { return status; }
    public String reason() { return reason; }
    public String result() { return result; }
    public int timeoutSeconds() { return timeoutSeconds; }
    public int attempts() { return attempts; }
    public Long epoch() { return epoch; }
    public Long createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant dispatchedAt() { return dispatchedAt; }
    public Instant startedAt() { return startedAt; }
    public Instant finishedAt() { return finishedAt; }
    public Instant deadlineAt() { return deadlineAt; }
}
