package org.clawmanager.risk.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clawmanager.platform.startup.StartupSequence;
import org.clawmanager.risk.boundary.RiskRuleSeeding;

/** Seeds the built-in rules, compiles the first snapshot and starts the convergence check. */
@ApplicationScoped
public class RiskStartup {

    private static final Logger LOG = Logger.getLogger(RiskStartup.class.getName());

    @EJB
    RiskRuleSeeding seeding;

    @Inject
    RuleSetHolder holder;

    void onStarted(@Observes StartupSequence.Started started) {
        try {
            int added = seeding.seed();
            if (added > 0) {
                LOG.info("Risk control: seeded " + added + " built-in rules");
            }
        } catch (RuntimeException e) {
            // another replica seeding at the same moment wins the unique key; its rows are just as good
            LOG.log(Level.INFO, "Risk control: built-in rules not seeded here: " + e.getMessage());
        }
        holder.reload();
        holder.startChecking();
    }
}
