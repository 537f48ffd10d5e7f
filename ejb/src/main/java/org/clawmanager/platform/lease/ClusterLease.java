package org.clawmanager.platform.lease;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Named leases in the shared database so that a periodic job runs on exactly one replica at a time. Every
 * replica's timer fires; only the one that holds (or takes over an expired) lease does the work. A holder renews
 * by acquiring again before expiry. See docs/adr/0004-single-runner-sweeps.md.
 */
@ApplicationScoped
public class ClusterLease {

    @EJB
    LeaseStore store;

    @Inject
    Clock clock;

    @Inject
    ReplicaIdentity replica;

    /** True when this replica now holds {@code name} for {@code duration}. */
    public boolean tryAcquire(String name, Duration duration) {
        Instant now = clock.instant();
        Instant until = now.plus(duration);
        if (store.renewOrTakeOver(name, replica.id(), now, until)) {
            return true;
        }
        if (store.exists(name)) {
            return false;
        }
        try {
            store.create(name, replica.id(), now, until);
            return true;
        } catch (EJBException | IllegalStateException raced) {
            return false; // another replica inserted the row first and holds the lease
        }
    }

    public void release(String name) {
        store.expire(name, replica.id(), clock.instant());
    }
}
