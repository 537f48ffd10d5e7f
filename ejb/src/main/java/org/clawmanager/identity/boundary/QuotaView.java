package org.clawmanager.identity.boundary;

import java.math.BigDecimal;
import org.clawmanager.identity.entity.Quota;

/** A user's limits and what they currently use. CPU is shown in cores (millicore precision). */
public record QuotaView(long userId, int maxInstances, BigDecimal maxCpuCores, int maxMemoryGiB, int maxStorageGiB,
                        int maxGpus, Usage usage) {

    /** Current consumption, counted by the features that own the resources. */
    public record Usage(int instances, BigDecimal cpuCores, int memoryGiB, int storageGiB, int gpus) {
        public static final Usage NONE = new Usage(0, BigDecimal.ZERO, 0, 0, 0);
    }

    static QuotaView of(Quota q, Usage usage) {
        Quota.Limits l = q.limits();
        return new QuotaView(q.userId(), l.maxInstances(), cores(l.maxCpuMillicores()), l.maxMemoryGib(),
                l.maxStorageGib(), l.maxGpus(), usage);
    }

    public static BigDecimal cores(int millicores) {
        return BigDecimal.valueOf(millicores, 3).stripTrailingZeros();
    }
}
