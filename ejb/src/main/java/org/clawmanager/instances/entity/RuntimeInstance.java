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
import java.time.Instant;

/**
 * One instance: what the user asked for (type, resources, env, desired power state and config revision,
 * {@code generation}) kept apart from what the runtime driver last observed ({@code status}, reason, message).
 */
@Entity
@Table(name = "instances")
@NamedQuery(name = RuntimeInstance.USAGE, query = "SELECT COUNT(i), COALESCE(SUM(i.cpuMillicores), 0), "
        + "COALESCE(SUM(i.memoryMiB), 0), COALESCE(SUM(i.diskGiB), 0), COALESCE(SUM(i.gpus), 0) "
        + "FROM RuntimeInstance i WHERE i.ownerId = :owner")
@NamedQuery(name = RuntimeInstance.OUT_OF_SYNC, query = "SELECT i FROM RuntimeInstance i "
        + "WHERE i.appliedGeneration < i.generation OR i.status = org.clawmanager.instances.entity.InstanceStatus.DELETING "
        + "ORDER BY i.updatedAt")
public class RuntimeInstance {

    public static final String USAGE = "RuntimeInstance.usage";
    public static final String OUT_OF_SYNC = "RuntimeInstance.outOfSync";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "owner_id", nullable = false)
    private long ownerId;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String type;
    private String image;
    @Column(name = "size_preset")
    private String sizePreset;
    @Column(name = "cpu_millicores")
    private int cpuMillicores;
    @Column(name = "memory_mib")
    private int memoryMiB;
    @Column(name = "disk_gib")
    private int diskGiB;
    private int gpus;
    private String env;
    @Column(name = "storage_class")
    private String storageClass;
    @Column(nullable = false)
    private String driver;
    @Enumerated(EnumType.STRING)
    @Column(name = "desired_power", nullable = false)
    private PowerState desiredPower;
    @Column(name = "desired_config_revision")
    private long desiredConfigRevision;
    private long generation;
    @Column(name = "applied_generation")
    private long appliedGeneration;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InstanceStatus status;
    private String reason;
    private String message;
    @Column(name = "observed_phase")
    private String observedPhase;
    @Column(name = "observed_at")
    private Instant observedAt;
    @Column(name = "bootstrap_secret", nullable = false)
    private String bootstrapSecret;
    @Column(name = "bootstrap_hash", nullable = false)
    private String bootstrapHash;
    @Column(name = "gateway_secret")
    private String gatewaySecret;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private int version;

    protected RuntimeInstance() {
    }

    public RuntimeInstance(long ownerId, String name, InstanceType type, String image, String sizePreset,
                           Resources resources, String envJson, String storageClass, String driver, Instant now) {
        this.ownerId = ownerId;
        this.name = name;
        this.type = type.wire();
        this.image = image;
        this.sizePreset = sizePreset;
        this.cpuMillicores = resources.cpuMillicores();
        this.memoryMiB = resources.memoryMiB();
        this.diskGiB = resources.diskGiB();
        this.gpus = resources.gpus();
        this.env = envJson;
        this.storageClass = storageClass;
        this.driver = driver;
        this.desiredPower = PowerState.RUNNING;
        this.generation = 1;
        this.status = InstanceStatus.CREATING;
        this.reason = "Provisioning";
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Requested resources: CPU in millicores, memory in MiB, disk in GiB. */
    public record Resources(int cpuMillicores, int memoryMiB, int diskGiB, int gpus) {
    }

    /** The bootstrap token, encrypted (the driver needs it again on every apply) and hashed (for lookups). */
    public void bootstrap(String encrypted, String hash) {
        this.bootstrapSecret = encrypted;
        this.bootstrapHash = hash;
    }

    /** The instance's gateway key, encrypted; null when no gateway is deployed. */
    public void gatewaySecret(String encrypted) {
        this.gatewaySecret = encrypted;
    }

    public String gatewaySecret() {
        return gatewaySecret;
    }

    /** Changes the desired power state; a change bumps the generation so the reconcile sweep re-applies. */
    public boolean power(PowerState desired, Instant now) {
        if (status == InstanceStatus.DELETING) {
            return false;
        }
        boolean changed = desiredPower != desired;
        desiredPower = desired;
        if (desired == PowerState.RUNNING && status != InstanceStatus.RUNNING) {
            observe(InstanceStatus.CREATING, "Starting", null, now);
        }
        return changed;
    }

    /** Asks the driver to apply the spec again (restart, config change) even if nothing else changed. */
    public void bump(Instant now) {
        generation++;
        updatedAt = now;
    }

    public void desiredConfigRevision(long revision, Instant now) {
        this.desiredConfigRevision = revision;
        this.updatedAt = now;
    }

    public void markDeleting(Instant now) {
        observe(InstanceStatus.DELETING, "DeleteRequested", null, now);
        desiredPower = PowerState.STOPPED;
    }

    public void applied(long appliedGeneration) {
        this.appliedGeneration = Math.max(this.appliedGeneration, appliedGeneration);
    }

    /** Records what the driver saw; returns whether anything a user sees changed. */
    public boolean observe(InstanceStatus newStatus, String newReason, String newMessage, Instant now) {
        boolean changed = newStatus != status || !java.util.Objects.equals(newReason, reason)
                || !java.util.Objects.equals(newMessage, message);
        status = newStatus;
        reason = newReason;
        message = newMessage == null ? null : newMessage.length() > 1000 ? newMessage.substring(0, 1000) : newMessage;
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    public void observedPhase(String phase, Instant at) {
        this.observedPhase = phase;
        this.observedAt = at;
    }

    public Long id() { return id; }
    public long ownerId() { return ownerId; }
    public String name() { return name; }
    public String type() { return type; }
    public String image() { return image; }
    public String sizePreset() { return sizePreset; }
    public Resources resources() { return new Resources(cpuMillicores, memoryMiB, diskGiB, gpus); }
    public String env() { return env; }
    public String storageClass() { return storageClass; }
    public String driver() { return driver; }
    public PowerState desiredPower() { return desiredPower; }
    public long desiredConfigRevision() { return desiredConfigRevision; }
    public long generation() { return generation; }
    public long appliedGeneration() { return appliedGeneration; }
    public InstanceStatus status() { return status; }
    public String reason() { return reason; }
    public String message() { return message; }
    public String observedPhase() { return observedPhase; }
    public Instant observedAt() { return observedAt; }
    public String bootstrapSecret() { return bootstrapSecret; }
    public String bootstrapHash() { return bootstrapHash; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
