package org.clawmanager.instances.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clawmanager.audit.boundary.AuditEvent;
import org.clawmanager.instances.control.AgentStatuses;
import org.clawmanager.instances.control.InstanceFactory;
import org.clawmanager.instances.control.LiveEvents;
import org.clawmanager.instances.control.Reconciler;
import org.clawmanager.instances.control.Signal;
import org.clawmanager.instances.entity.AgentSession;
import org.clawmanager.instances.entity.InstanceStatus;
import org.clawmanager.instances.entity.PowerState;
import org.clawmanager.instances.entity.RuntimeInstance;
import org.clawmanager.platform.caller.Caller;
import org.clawmanager.platform.caller.CallerContext;
import org.clawmanager.platform.errors.ConflictException;
import org.clawmanager.platform.errors.InvalidInputException;
import org.clawmanager.platform.errors.NotFoundException;
import org.clawmanager.platform.paging.Page;
import org.clawmanager.runtimes.boundary.Capacity;
import org.clawmanager.runtimes.boundary.RuntimeDriver;

/**
 * Instances: create (quota-checked), start, stop, restart, delete, batches. Every change is recorded as desired
 * state and applied by the driver after commit (asynchronously); users see their own instances, admins and
 * operators all.
 */
@Stateless
@RolesAllowed({"admin", "operator", "user"})
public class Instances {

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Inject
    CallerContext callerContext;

    @Inject
    InstanceFactory factory;

    @Inject
    AgentStatuses statuses;

    @Inject
    RuntimeDriver driver;

    @Inject
    Clock clock;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Event<Reconciler.Kick> kicks;

    @Inject
    Event<Signal> signals;

    public Page<InstanceView> list(Long ownerId, String status, int page, int size) {
        Caller caller = callerContext.get();
        Long owner = caller.seesAllResources() ? ownerId : caller.userId();
        InstanceStatus st = status == null ? null : parseStatus(status);
        String where = " WHERE 1 = 1" + (owner == null ? "" : " AND i.ownerId = :owner")
                + (st == null ? "" : " AND i.status = :status");
        TypedQuery<RuntimeInstance> q = em.createQuery("SELECT i FROM RuntimeInstance i" + where + " ORDER BY i.id DESC",
                RuntimeInstance.class);
        TypedQuery<Long> c = em.createQuery("SELECT COUNT(i) FROM RuntimeInstance i" + where, Long.class);
        if (owner != null) {
            q.setParameter("owner", owner);
            c.setParameter("owner", owner);
        }
        if (st != null) {
            q.setParameter("status", st);
            c.setParameter("status", st);
        }
        List<RuntimeInstance> rows = q.setFirstResult(page * size).setMaxResults(size).getResultList();
        Map<Long, AgentSession> agents = rows.isEmpty() ? Map.of() : em.createQuery(
                "SELECT a FROM AgentSession a WHERE a.instanceId IN :ids", AgentSession.class)
                .setParameter("ids", rows.stream().map(RuntimeInstance::id).toList()).getResultStream()
                .collect(Collectors.toMap(AgentSession::instanceId, Function.identity()));
        return new Page<>(rows.stream().map(i -> statuses.view(i, agents.get(i.id()))).toList(),
                c.getSingleResult(), page, size);
    }

    public InstanceView get(long id) {
        return statuses.view(visible(id));
    }

    public InstanceView create(@Valid @NotNull CreateInstanceRequest request) {
        RuntimeInstance i = factory.create(callerContext.get().userId(), request);
        InstanceView view = statuses.view(i, null);
        audit.fire(AuditEvent.created("instance.create", "instance", i.id(), "instance " + i.name(), view));
        kicks.fire(new Reconciler.Kick(i.id()));
        LiveEvents.instance(signals, i);
        return view;
    }

    public List<InstanceView> createBatch(@Valid @NotNull BatchCreateRequest request) {
        int start = request.startIndex() == null ? 1 : request.startIndex();
        List<InstanceView> out = new ArrayList<>();
        for (int n = 0; n < request.count(); n++) {
            out.add(create(request.template().named(request.namePrefix() + "-" + (start + n))));
        }
        return out;
    }

    public InstanceView start(long id) {
        return power(id, PowerState.RUNNING, false, "instance.start");
    }

    public InstanceView stop(long id) {
        return power(id, PowerState.STOPPED, false, "instance.stop");
    }

    public InstanceView restart(long id) {
        return power(id, PowerState.RUNNING, true, "instance.restart");
    }

    public InstanceView delete(long id) {
        RuntimeInstance i = visible(id);
        if (i.status() != InstanceStatus.DELETING) {
            InstanceView before = statuses.view(i);
            i.markDeleting(clock.instant());
            i.bump(clock.instant());
            audit.fire(AuditEvent.deleted("instance.delete", "instance", id, "instance " + i.name(), before));
            kicks.fire(new Reconciler.Kick(id));
            signals.fire(Signal.desired(id));
            LiveEvents.instance(signals, i);
        }
        return statuses.view(i);
    }

    public List<InstanceView> deleteBatch(@Valid @NotNull BatchDeleteRequest request) {
        List<RuntimeInstance> all = request.ids().stream().distinct().map(this::visible).toList();
        return all.stream().map(i -> delete(i.id())).toList();
    }

    @RolesAllowed({"admin", "operator"})
    public Capacity capacity() {
        return driver.capacity();
    }

    private InstanceView power(long id, PowerState desired, boolean restart, String action) {
        RuntimeInstance i = visible(id);
        if (i.status() == InstanceStatus.DELETING) {
            throw new ConflictException("instance-deleting", "instance " + id + " is being deleted");
        }
        InstanceView before = statuses.view(i);
        boolean changed = i.power(desired, clock.instant());
        if (changed || restart) {
            i.bump(clock.instant());
            audit.fire(AuditEvent.changed(action, "instance", id, "instance " + i.name(), before, statuses.view(i)));
            kicks.fire(new Reconciler.Kick(id));
            signals.fire(Signal.desired(id));
            LiveEvents.instance(signals, i);
        }
        return statuses.view(i);
    }

    /** The instance if the caller may see it; otherwise the same 404 as for an unknown id. */
    public RuntimeInstance visible(long id) {
        RuntimeInstance i = em.find(RuntimeInstance.class, id);
        Caller caller = callerContext.get();
        if (i == null || !(caller.seesAllResources() || Long.valueOf(i.ownerId()).equals(caller.userId()))) {
            throw new NotFoundException("instance", id);
        }
        return i;
    }

    private static InstanceStatus parseStatus(String s) {
        try {
            return InstanceStatus.valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "must be creating, running, stopped, error or deleting");
        }
    }
}
