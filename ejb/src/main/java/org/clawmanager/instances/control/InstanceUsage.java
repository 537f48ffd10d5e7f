package org.clawmanager.instances.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.clawmanager.identity.boundary.QuotaView;
import org.clawmanager.identity.boundary.UsageReporter;
import org.clawmanager.instances.entity.RuntimeInstance;

/** What a user's instances consume, for quotas (every instance counts until it is gone, deleting ones included). */
@ApplicationScoped
public class InstanceUsage implements UsageReporter {

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Override
    public QuotaView.Usage usageOf(long userId) {
        Object[] r = em.createNamedQuery(RuntimeInstance.USAGE, Object[].class).setParameter("owner", userId)
                .getSingleResult();
        int count = ((Number) r[0]).intValue();
        int cpu = ((Number) r[1]).intValue();
        long memMiB = ((Number) r[2]).longValue();
        int disk = ((Number) r[3]).intValue();
        int gpus = ((Number) r[4]).intValue();
        return new QuotaView.Usage(count, QuotaView.cores(cpu), (int) ((memMiB + 1023) / 1024), disk, gpus);
    }
}
