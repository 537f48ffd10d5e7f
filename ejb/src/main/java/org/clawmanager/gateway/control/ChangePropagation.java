package org.clawmanager.gateway.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.clawmanager.gateway.boundary.GatewayChanged;

/** After a change commits (never before: other replicas would reload the old rows), refresh the caches everywhere. */
@ApplicationScoped
public class ChangePropagation {

    @Inject
    KeyCache keys;

    @Inject
    Catalog catalog;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) GatewayChanged change) {
        if (change.keys()) {
            keys.changed();
        }
        if (change.catalog()) {
            catalog.changed();
        }
    }
}
