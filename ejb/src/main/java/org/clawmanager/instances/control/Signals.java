package org.clawmanager.instances.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clawmanager.platform.sharedstate.EventBus;
import org.clawmanager.platform.startup.StartupSequence;

/**
 * Publishes {@link Signal}s after commit and routes the bus topics this feature listens to: session and desired
 * state cache evictions, command wake-ups (to the long polls waiting on this replica).
 */
@ApplicationScoped
public class Signals {

    private static final Logger LOG = Logger.getLogger(Signals.class.getName());

    @Inject
    EventBus bus;

    @Inject
    AgentTokens tokens;

    @Inject
    DesiredStates desired;

    @Inject
    CommandWaiters waiters;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Signal signal) {
        try {
            bus.publish(signal.topic(), signal.message());
        } catch (RuntimeException e) {
            // the database is the truth: pollers and caches converge on their next read
            LOG.log(Level.WARNING, "publishing " + signal.topic() + " failed", e);
        }
    }

    void onStart(@Observes StartupSequence.Started started) {
        bus.subscribe(Signal.AGENT_SESSION, m -> id(m, tokens::evict));
        bus.subscribe(Signal.DESIRED, m -> id(m, desired::evict));
        bus.subscribe(Signal.COMMANDS, m -> id(m, waiters::wake));
    }

    private static void id(String message, java.util.function.LongConsumer action) {
        try {
            action.accept(Long.parseLong(message.trim()));
        } catch (NumberFormatException ignored) {
            LOG.fine("ignored malformed signal " + message);
        }
    }
}
