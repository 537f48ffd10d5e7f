package org.clawmanager.instances.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.clawmanager.instances.control.AgentSettings;
import org.clawmanager.instances.control.AgentTokens;
import org.clawmanager.instances.control.AgentTokens.AgentIdentity;
import org.clawmanager.instances.control.CommandLedger;
import org.clawmanager.instances.control.DesiredStates;
import org.clawmanager.instances.control.HeartbeatBuffer;
import org.clawmanager.instances.control.LiveEvents;
import org.clawmanager.instances.control.Signal;
import org.clawmanager.instances.entity.AgentSession;
import org.clawmanager.instances.entity.Command;
import org.clawmanager.instances.entity.CommandStatus;
import org.clawmanager.instances.entity.InstanceStatus;
import org.clawmanager.instances.entity.RuntimeInstance;
import org.clawmanager.platform.errors.AccessDeniedException;
import org.clawmanager.platform.errors.AuthenticationException;
import org.clawmanager.platform.errors.ConflictException;
import org.clawmanager.platform.errors.NotFoundException;
import org.clawmanager.platform.secrets.TokenHasher;

/**
 * Agent protocol v1, the agent's side (docs/agent-protocol.md). Agents authenticate with their own tokens, not
 * with user sessions, hence {@code @PermitAll} here and a token check in every method. Heartbeats touch no
 * database: the session is verified against a cache, the beat goes to the write-behind buffer, the desired state
 * comes from a cache.
 */
@Stateless
@PermitAll
public class AgentProtocol {

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Inject
    AgentTokens tokens;

    @Inject
    AgentSettings settings;

    @Inject
    HeartbeatBuffer heartbeats;

    @Inject
    DesiredStates desired;

    @Inject
    CommandLedger ledger;

    @Inject
    Clock clock;

    @Inject
    Event<Signal> signals;

    /** Exchanges the instance's bootstrap token for a session token of a new epoch (every older one dies). */
    public AgentMessages.Registration register(String bootstrapToken, @Valid @NotNull AgentMessages.RegisterRequest r) {
        long claimed = AgentTokens.bootstrapInstance(bootstrapToken);
        RuntimeInstance i = claimed == r.instanceId() ? em.find(RuntimeInstance.class, claimed) : null;
        if (i == null || !TokenHasher.matches(bootstrapToken, i.bootstrapHash())) {
            throw new AuthenticationException("agent-token-invalid", "the bootstrap token is wrong for this instance");
        }
        if (i.status() == InstanceStatus.DELETING) {
            throw new AccessDeniedException("instance " + i.id() + " is being deleted");
        }
        AgentSession s = em.find(AgentSession.class, i.id());
        if (s == null) {
            s = new AgentSession(i.id());
            em.persist(s);
        }
        Instant now = clock.instant();
        Instant expires = now.plus(settings.sessionTtl());
        long epoch = s.epoch() + 1;
        String session = AgentTokens.newSessionToken(i.id(), epoch);
        s.register(TokenHasher.sha256Hex(session), r.agentVersion(), now, expires);
        tokens.evict(i.id());
        signals.fire(Signal.agentSession(i.id()));
        LiveEvents.instance(signals, i);
        return new AgentMessages.Registration(i.id(), epoch, session, expires,
                (int) settings.heartbeatInterval().toSeconds(), 0.2, (int) settings.reportInterval().toSeconds(),
                (int) settings.maxWait().toSeconds(), now, DesiredStates.of(i));
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AgentMessages.HeartbeatAck heartbeat(String sessionToken, @Valid AgentMessages.Heartbeat beat) {
        AgentIdentity who = tokens.verify(sessionToken);
        DesiredStates.Desired d = desired.of(who.instanceId());
        if (d == null) {
            throw new AuthenticationException("agent-token-invalid", "the instance no longer exists");
        }
        Instant now = clock.instant();
        heartbeats.record(who.instanceId(), who.epoch(), now);
        tokens.extend(who.instanceId(), who.epoch(), now.plus(settings.sessionTtl()));
        return new AgentMessages.HeartbeatAck(who.epoch(), now, (int) settings.heartbeatInterval().toSeconds(), d);
    }

    public void report(String sessionToken, @Valid @NotNull AgentMessages.StateReport report) {
        AgentIdentity who = tokens.verify(sessionToken);
        AgentSession s = em.find(AgentSession.class, who.instanceId());
        if (s == null || s.epoch() != who.epoch()) {
            throw stale();
        }
        var b = jakarta.json.Json.createObjectBuilder();
        if (report.version() != null) {
            b.add("version", report.version());
        }
        if (report.summary() != null) {
            b.add("summary", report.summary());
        }
        if (report.systemInfo() != null) {
            b.add("systemInfo", report.systemInfo());
        }
        if (report.health() != null) {
            b.add("health", report.health());
        }
        s.report(report.runtimeStatus(), report.configRevision(), b.build().toString(), clock.instant());
        heartbeats.record(who.instanceId(), who.epoch(), clock.instant());
    }

    /** Verifies the token without a transaction (for the long poll, before it waits). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AgentIdentity authenticate(String sessionToken) {
        return tokens.verify(sessionToken);
    }

    public Optional<CommandView> claimNext(AgentIdentity who) {
        RuntimeInstance i = em.find(RuntimeInstance.class, who.instanceId());
        AgentSession s = em.find(AgentSession.class, who.instanceId());
        if (i == null || s == null) {
            throw new AuthenticationException("agent-token-invalid", "the instance no longer exists");
        }
        if (s.epoch() != who.epoch()) {
            throw stale();
        }
        return ledger.claim(who.instanceId(), who.epoch(), i.ownerId()).map(CommandView::of);
    }

    /** Puts a command claimed for a poll that had already answered back to pending (no delivery lost). */
    public void release(AgentIdentity who, long commandId) {
        Command c = em.find(Command.class, commandId);
        if (c != null && c.status() == CommandStatus.DISPATCHED && c.epoch() != null && c.epoch() == who.epoch()) {
            c.redeliver(clock.instant(), settings.pendingTimeout());
            signals.fire(Signal.commands(c.instanceId()));
        }
    }

    public CommandView start(String sessionToken, long commandId) {
        AgentIdentity who = tokens.verify(sessionToken);
        Command c = owned(who, commandId);
        if (c.status() == CommandStatus.DISPATCHED) {
            c.start(clock.instant());
            live(c);
        } else if (c.status() != CommandStatus.RUNNING) {
            throw new ConflictException("command-closed", "command " + commandId + " is " + c.status().wire());
        }
        return CommandView.of(c);
    }

    public CommandView finish(String sessionToken, long commandId, @Valid @NotNull AgentMessages.Finish f) {
        AgentIdentity who = tokens.verify(sessionToken);
        Command c = owned(who, commandId);
        CommandStatus outcome = "succeeded".equals(f.status()) ? CommandStatus.SUCCEEDED : CommandStatus.FAILED;
        if (c.status() == outcome) {
            return CommandView.of(c); // a retried finish: at-least-once delivery of results
        }
        if (c.status().terminal()) {
            throw new ConflictException("command-closed", "command " + commandId + " is " + c.status().wire());
        }
        String result = f.result() == null ? null : f.result().toString();
        if (result != null && result.length() > 262_144) {
            result = "\"result truncated: over 256 KiB\"";
        }
        c.finish(outcome, outcome == CommandStatus.FAILED ? trim(f.error()) : null, result, clock.instant());
        live(c);
        return CommandView.of(c);
    }

    private Command owned(AgentIdentity who, long commandId) {
        Command c = em.find(Command.class, commandId);
        if (c == null) {
            throw new NotFoundException("command", commandId);
        }
        if (c.instanceId() != who.instanceId()) {
            throw new AccessDeniedException("command " + commandId + " belongs to another instance");
        }
        if (c.epoch() == null || c.epoch() != who.epoch()) {
            throw new ConflictException("command-not-yours", "command " + commandId
                    + " is not dispatched to this agent incarnation");
        }
        return c;
    }

    private void live(Command c) {
        RuntimeInstance i = em.find(RuntimeInstance.class, c.instanceId());
        if (i != null) {
            LiveEvents.command(signals, i.ownerId(), c);
        }
    }

    private static String trim(String s) {
        return s == null ? "failed" : s.length() > 60 ? s.substring(0, 60) : s;
    }

    private static ConflictException stale() {
        return new ConflictException("agent-epoch-stale", "a newer incarnation of this agent has registered");
    }
}
