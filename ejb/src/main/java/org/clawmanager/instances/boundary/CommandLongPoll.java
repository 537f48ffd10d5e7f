package org.clawmanager.instances.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.clawmanager.instances.control.AgentSettings;
import org.clawmanager.instances.control.AgentTokens.AgentIdentity;
import org.clawmanager.instances.control.CommandWaiters;

/**
 * The agent's long poll for its next command, without a thread per waiting agent: the poll registers a waiter,
 * then reads the database; if nothing is there it sleeps until a wake-up (a new command for the instance,
 * published on the event bus by whichever replica accepted it) or its deadline. Registering before reading means
 * a command committed in between is never missed.
 */
@ApplicationScoped
public class CommandLongPoll {

    @EJB
    AgentProtocol protocol;

    @Inject
    CommandWaiters waiters;

    @Inject
    AgentSettings settings;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /**
     * Answers {@code done} exactly once: with the next command, with empty after {@code wait}, or with the error
     * (bad token, stale epoch). Throws synchronously when the token is invalid.
     */
    public void next(String sessionToken, Duration wait, Consumer<Optional<CommandView>> done,
                     Consumer<RuntimeException> failed) {
        AgentIdentity who = protocol.authenticate(sessionToken);
        Duration capped = wait.compareTo(settings.maxWait()) > 0 ? settings.maxWait()
                : wait.isNegative() ? Duration.ZERO : wait;
        new Poll(who, done, failed).begin(capped);
    }

    private final class Poll implements Runnable {
        private final AgentIdentity who;
        private final Consumer<Optional<CommandView>> done;
        private final Consumer<RuntimeException> failed;
        private final AtomicBoolean answered = new AtomicBoolean();
        private volatile ScheduledFuture<?> timeout;

        Poll(AgentIdentity who, Consumer<Optional<CommandView>> done, Consumer<RuntimeException> failed) {
            this.who = who;
            this.done = done;
            this.failed = failed;
        }

        void begin(Duration wait) {
            if (!wait.isZero()) {
                timeout = scheduler.schedule(() -> answer(Optional.empty()), wait.toMillis(), TimeUnit.MILLISECONDS);
            }
            attempt(wait.isZero());
        }

        /** A wake-up: look again, on a pooled thread (never on the event bus's delivery thread). */
        @Override
        public void run() {
            executor.execute(() -> attempt(false));
        }

        private void attempt(boolean once) {
            if (answered.get()) {
                return;
            }
            if (!once) {
                waiters.add(who.instanceId(), this);
            }
            try {
                Optional<CommandView> next = protocol.claimNext(who);
                if (next.isPresent() || once) {
                    answer(next);
                }
            } catch (RuntimeException e) {
                if (answered.compareAndSet(false, true)) {
                    cleanup();
                    failed.accept(e);
                }
            }
        }

        private void answer(Optional<CommandView> command) {
            if (answered.compareAndSet(false, true)) {
                cleanup();
                done.accept(command);
            } else if (command.isPresent()) {
                // claimed after the deadline answered: hand it back for the next poll instead of losing it
                executor.execute(() -> protocol.release(who, command.get().id()));
            }
        }

        private void cleanup() {
            waiters.remove(who.instanceId(), this);
            ScheduledFuture<?> t = timeout;
            if (t != null) {
                t.cancel(false);
            }
        }
    }
}
