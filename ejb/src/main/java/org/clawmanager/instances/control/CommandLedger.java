package org.clawmanager.instances.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clawmanager.instances.entity.Command;
import org.clawmanager.instances.entity.CommandStatus;
import org.clawmanager.instances.entity.CommandType;
import org.clawmanager.instances.entity.RuntimeInstance;
import org.clawmanager.platform.errors.ConflictException;
import org.clawmanager.platform.errors.InvalidInputException;

/**
 * The command rows and their lifecycle, inside the caller's transaction. A new command and the desired-state
 * change it implies commit together; the wake-up for the agent's long poll is published only after commit.
 */
@ApplicationScoped
public class CommandLedger {

    private static final List<CommandStatus> OPEN = List.of(CommandStatus.PENDING, CommandStatus.DISPATCHED,
            CommandStatus.RUNNING);

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Inject
    AgentSettings settings;

    @Inject
    Clock clock;

    @Inject
    Event<Signal> signals;

    public Command issue(RuntimeInstance i, String typeName, JsonObject payload, String idempotencyKey, Long by) {
        CommandType type = CommandType.parse(typeName).orElseThrow(() -> new InvalidInputException("type",
                "unknown command type " + typeName));
        if (idempotencyKey != null) {
            Optional<Command> same = em.createQuery("SELECT c FROM Command c WHERE c.instanceId = :i "
                    + "AND c.idempotencyKey = :k", Command.class).setParameter("i", i.id())
                    .setParameter("k", idempotencyKey).getResultStream().findFirst();
            if (same.isPresent()) {
                if (!same.get().type().equals(type.wire())) {
                    throw new ConflictException("idempotency-key-reused", "idempotency key " + idempotencyKey
                            + " was used for a " + same.get().type() + " command");
                }
                return same.get();
            }
        }
        boolean open = em.createNamedQuery(Command.OPEN_OF_INSTANCE, Command.class).setParameter("instance", i.id())
                .setParameter("open", OPEN).getResultStream().anyMatch(c -> c.type().equals(type.wire()));
        if (open) {
            throw new ConflictException("command-already-open", "instance " + i.id() + " already has an open "
                    + type.wire() + " command");
        }
        Instant now = clock.instant();
        String key = idempotencyKey != null ? idempotencyKey : type.wire() + "-" + java.util.UUID.randomUUID();
        Command c = new Command(i.id(), type, payload == null ? null : payload.toString(), key, by, now,
                settings.pendingTimeout());
        em.persist(c);
        if (type == CommandType.APPLY_CONFIG_REVISION && payload != null
                && payload.get("revision") instanceof JsonNumber n) {
            i.desiredConfigRevision(n.longValue(), now);
            signals.fire(Signal.desired(i.id()));
        }
        em.flush();
        signals.fire(Signal.commands(i.id()));
        LiveEvents.command(signals, i.ownerId(), c);
        return c;
    }

    /**
     * The next command for the agent of {@code epoch}: the oldest pending one, or one an earlier incarnation of the
     * agent took and never finished (redelivered up to the attempt limit, then failed).
     */
    public Optional<Command> claim(long instanceId, long epoch, long ownerId) {
        List<Command> candidates = em.createQuery("SELECT c FROM Command c WHERE c.instanceId = :i AND "
                + "(c.status = org.clawmanager.instances.entity.CommandStatus.PENDING OR (c.status IN :taken AND c.epoch < :e)) "
                + "ORDER BY c.id", Command.class).setParameter("i", instanceId)
                .setParameter("taken", List.of(CommandStatus.DISPATCHED, CommandStatus.RUNNING))
                .setParameter("e", epoch).setMaxResults(10).getResultList();
        Instant now = clock.instant();
        for (Command c : candidates) {
            if (c.status() != CommandStatus.PENDING && c.attempts() >= settings.maxAttempts()) {
                c.finish(CommandStatus.FAILED, "agent-restarted", null, now);
                LiveEvents.command(signals, ownerId, c);
                continue;
            }
            c.dispatch(epoch, now, settings.ackTimeout());
            LiveEvents.command(signals, ownerId, c);
            return Optional.of(c);
        }
        return Optional.empty();
    }

    public void cancel(Command c, long ownerId) {
        if (c.status().terminal()) {
            throw new ConflictException("command-closed", "command " + c.id() + " is already " + c.status().wire());
        }
        c.finish(CommandStatus.CANCELLED, "cancelled-by-user", null, clock.instant());
        LiveEvents.command(signals, ownerId, c);
    }

    /** One bounded reaper pass over commands whose deadline passed; returns how many changed. */
    public int reap(int max) {
        Instant now = clock.instant();
        List<Command> due = em.createNamedQuery(Command.DUE, Command.class).setParameter("open", OPEN)
                .setParameter("now", now).setMaxResults(max).getResultList();
        for (Command c : due) {
            switch (c.status()) {
                case PENDING -> c.finish(CommandStatus.TIMED_OUT, "pending-timeout", null, now);
                case DISPATCHED -> {
                    if (c.attempts() < settings.maxAttempts()) {
                        c.redeliver(now, settings.pendingTimeout());
                        signals.fire(Signal.commands(c.instanceId()));
                    } else {
                        c.finish(CommandStatus.FAILED, "agent-unreachable", null, now);
                    }
                }
                case RUNNING -> c.finish(CommandStatus.TIMED_OUT, "run-timeout", null, now);
                default -> { }
            }
            RuntimeInstance i = em.find(RuntimeInstance.class, c.instanceId());
            if (i != null) {
                LiveEvents.command(signals, i.ownerId(), c);
            }
        }
        return due.size();
    }
}
