package org.clawmanager.instances.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.clawmanager.audit.boundary.AuditEvent;
import org.clawmanager.instances.control.CommandLedger;
import org.clawmanager.instances.entity.Command;
import org.clawmanager.instances.entity.InstanceStatus;
import org.clawmanager.instances.entity.RuntimeInstance;
import org.clawmanager.platform.caller.CallerContext;
import org.clawmanager.platform.errors.ConflictException;
import org.clawmanager.platform.errors.NotFoundException;

/** Commands people send to an instance's agent: issue, follow, list, cancel. */
@Stateless
@RolesAllowed({"admin", "operator", "user"})
public class InstanceCommands {

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @EJB
    Instances instances;

    @Inject
    CommandLedger ledger;

    @Inject
    CallerContext callerContext;

    @Inject
    Event<AuditEvent> audit;

    public CommandView issue(long instanceId, @Valid @NotNull CommandRequest request) {
        RuntimeInstance i = instances.visible(instanceId);
        if (i.status() == InstanceStatus.DELETING) {
            throw new ConflictException("instance-deleting", "instance " + instanceId + " is being deleted");
        }
        Command c = ledger.issue(i, request.type(), request.payload(), request.idempotencyKey(),
                callerContext.get().userId());
        CommandView view = CommandView.of(c);
        audit.fire(AuditEvent.created("instance.command", "instance", instanceId,
                c.type() + " command for instance " + i.name(), view));
        return view;
    }

    public CommandView get(long instanceId, long commandId) {
        instances.visible(instanceId);
        return CommandView.of(command(instanceId, commandId));
    }

    public List<CommandView> list(long instanceId, int limit) {
        instances.visible(instanceId);
        return em.createNamedQuery(Command.BY_INSTANCE, Command.class).setParameter("instance", instanceId)
                .setMaxResults(limit).getResultStream().map(CommandView::of).toList();
    }

    public CommandView cancel(long instanceId, long commandId) {
        RuntimeInstance i = instances.visible(instanceId);
        Command c = command(instanceId, commandId);
        ledger.cancel(c, i.ownerId());
        CommandView view = CommandView.of(c);
        audit.fire(AuditEvent.changed("instance.command.cancel", "instance", instanceId,
                c.type() + " command " + commandId + " cancelled", null, view));
        return view;
    }

    private Command command(long instanceId, long commandId) {
        Command c = em.find(Command.class, commandId);
        if (c == null || c.instanceId() != instanceId) {
            throw new NotFoundException("command", commandId);
        }
        return c;
    }
}
