package org.clawmanager.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The most a user may hold at once. CPU is in millicores so that fractions of a core stay exact. */
@Entity
@Table(name = "user_quotas")
public class Quota {

    public static final int MAX_INSTANCES = 10_000;
    public static final int MAX_CPU_MILLICORES = 10_000_000;
    public static final int MAX_GIB = 10_000_000;
    public static final int MAX_GPUS = 10_000;

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "max_instances", nullable = false)
    private int maxInstances;

    @Column(name = "max_cpu_millicores", nullable = false)
    private int maxCpuMillicores;

    @Column(name = "max_memory_gib", nullable = false)
    private int maxMemoryGib;

    @Column(name = "max_storage_gib", nullable = false)
    private int maxStorageGib;

    @Column(name = "max_gpus", nullable = false)
    private int maxGpus;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Quota() {
    }

    public Quota(Long userId, Limits limits, Instant now) {
        this.userId = userId;
        apply(limits, now);
    }

    /** The limits as one value: validated once, here. */
    public record Limits(int maxInstances, int maxCpuMillicores, int maxMemoryGib, int maxStorageGib, int maxGpus) {
        public Limits {
            check("maxInstances", maxInstances, MAX_INSTANCES);
            check("maxCpuCores", maxCpuMillicores, MAX_CPU_MILLICORES);
            check("maxMemoryGiB", maxMemoryGib, MAX_GIB);
            check("maxStorageGiB", maxStorageGib, MAX_GIB);
            check("maxGpus", maxGpus, MAX_GPUS);
        }

        private static void check(String field, int value, int max) {
            if (value < 0 || value > max) {
                throw new IllegalArgumentException(field + " must be between 0 and " + max);
            }
        }
    }

    public void apply(Limits limits, Instant now) {
        this.maxInstances = limits.maxInstances();
        this.maxCpuMillicores = limits.maxCpuMillicores();
        this.maxMemoryGib = limits.maxMemoryGib();
        this.maxStorageGib = limits.maxStorageGib();
        this.maxGpus = limits.maxGpus();
        this.updatedAt = now;
    }

    public Limits limits() {
        return new Limits(maxInstances, maxCpuMillicores, maxMemoryGib, maxStorageGib, maxGpus);
    }

    public Long userId() {
        return userId;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
