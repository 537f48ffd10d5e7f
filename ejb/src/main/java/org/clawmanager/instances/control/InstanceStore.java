package org.clawmanager.instances.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clawmanager.instances.entity.InstanceStatus;
import org.clawmanager.instances.entity.RuntimeInstance;
import org.clawmanager.runtimes.boundary.ObservedRuntime;
import org.clawmanager.runtimes.boundary.RuntimeSpec;

/** The reconciler's short transactions on instance rows (each call commits on its own). */
@ApplicationScoped
public class InstanceStore {

    /** What the reconciler must do for one instance. */
    public record Work(long id, boolean delete, RuntimeSpec spec) {
    }

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Inject
    InstanceSpecs specs;

    @Inject
    Clock clock;

    @Inject
    Event<Signal> signals;

    private long cursor;

    @Transactional
    public List<Long> outOfSync(int max) {
        return em.createNamedQuery(RuntimeInstance.OUT_OF_SYNC, RuntimeInstance.class).setMaxResults(max)
                .getResultStream().map(RuntimeInstance::id).toList();
    }

    @Transactional
    public Optional<Work> work(long id) {
        RuntimeInstance i = em.find(RuntimeInstance.class, id);
        if (i == null) {
            return Optional.empty();
        }
        return Optional.of(i.status() == InstanceStatus.DELETING ? new Work(id, true, null)
                : new Work(id, false, specs.of(i)));
    }

    @Transactional
    public void applied(long id, long generation) {
        RuntimeInstance i = em.find(RuntimeInstance.class, id);
        if (i != null) {
            i.applied(generation);
        }
    }

    @Transactional
    public void failed(long id, String reason, String message) {
        RuntimeInstance i = em.find(RuntimeInstance.class, id);
        if (i != null && i.status() != InstanceStatus.DELETING
                && i.observe(InstanceStatus.ERROR, reason, message, clock.instant())) {
            LiveEvents.instance(signals, i);
        }
    }

    /** Deletes the row; agent and command rows go with it (foreign keys cascade). */
    @Transactional
    public void gone(long id) {
        RuntimeInstance i = em.find(RuntimeInstance.class, id);
        if (i != null) {
            em.createQuery("DELETE FROM Command c WHERE c.instanceId = :id").setParameter("id", id).executeUpdate();
            em.createQuery("DELETE FROM AgentSession a WHERE a.instanceId = :id").setParameter("id", id).executeUpdate();
            em.remove(i);
            signals.fire(Signal.live(i.ownerId(), "deleted", "{\"id\":" + id + "}"));
            signals.fire(Signal.desired(id));
        }
    }

    /** Whether the rotating observation window just wrapped around to the first instance. */
    public boolean wrapped() {
        return cursor == 0;
    }

    /** Records one observation; true when the instance must be applied again. */
    @Transactional
    public boolean observe(ObservedRuntime o) {
        RuntimeInstance i = em.find(RuntimeInstance.class, o.instanceId());
        return i != null && absorb(i, o);
    }

    /**
     * Folds the driver's view into up to {@code max} instances (a rotating window, so every pass is bounded);
     * returns the ids that need another apply.
     */
    @Transactional
    public List<Long> observeAll(Map<Long, ObservedRuntime> observed, int max) {
        List<RuntimeInstance> rows = em.createQuery("SELECT i FROM RuntimeInstance i WHERE i.id > :after "
                + "ORDER BY i.id", RuntimeInstance.class).setParameter("after", cursor).setMaxResults(max).getResultList();
        cursor = rows.size() < max ? 0 : rows.get(rows.size() - 1).id();
        // a chunk that loses an optimistic-lock race to a user's change rolls back alone; the next pass retries
        List<Long> again = new ArrayList<>();
        for (RuntimeInstance i : rows) {
            if (absorb(i, observed.get(i.id()))) {
                again.add(i.id());
            }
        }
        return again;
    }

    private boolean absorb(RuntimeInstance i, ObservedRuntime o) {
        if (i.status() == InstanceStatus.DELETING || i.appliedGeneration() < i.generation()) {
            return false; // the out-of-sync pass handles these
        }
        String phase = o == null ? null : o.phase().name().toLowerCase(java.util.Locale.ROOT);
        if (phase != null && !phase.equals(i.observedPhase())) {
            i.observedPhase(phase, o.observedAt()); // written on change only: a quiet fleet costs no writes per pass
        }
        StatusRules.Derived d = StatusRules.derive(i.status(), i.desiredPower(), o);
        if (d != null && i.observe(d.status(), d.reason(), d.message(), clock.instant())) {
            LiveEvents.instance(signals, i);
        }
        return StatusRules.needsApply(i.desiredPower(), o);
    }
}
