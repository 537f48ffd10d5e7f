package org.clawmanager.instances.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Runs the command reaper pass in its own transaction. */
@ApplicationScoped
public class CommandReaper {

    @Inject
    CommandLedger ledger;

    @Transactional
    public int pass(int max) {
        return ledger.reap(max);
    }
}
