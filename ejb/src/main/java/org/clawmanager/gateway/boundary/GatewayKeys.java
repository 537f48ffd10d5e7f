package org.clawmanager.gateway.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.clawmanager.audit.boundary.AuditEvent;
import org.clawmanager.gateway.entity.GatewayKey;
import org.clawmanager.platform.caller.Caller;
import org.clawmanager.platform.caller.CallerContext;
import org.clawmanager.platform.errors.NotFoundException;
import org.clawmanager.platform.secrets.TokenHasher;

/**
 * Gateway keys of people: everyone creates, rotates and revokes their own; admins see and revoke all. The secret is
 * returned once and stored only as its SHA-256. Every replica's key cache is refreshed after the change commits.
 */
@Stateless
@RolesAllowed({"admin", "operator", "user"})
public class GatewayKeys {

    public static final String PREFIX = "cmgw_";

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Inject
    CallerContext callerContext;

    @Inject
    Clock clock;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Event<GatewayChanged> changed;

    public CreatedKey create(@Valid @NotNull KeyRequest request) {
        Caller caller = callerContext.get();
        Instant now = clock.instant();
        String secret = TokenHasher.newSecret(PREFIX);
        GatewayKey k = new GatewayKey(request.name().trim(), display(secret), TokenHasher.sha256Hex(secret),
                caller.userId(), null, null, request.allowedModels() == null ? null
                : String.join(",", request.allowedModels().stream().map(String::trim).toList()), now,
                request.expiresInDays() == null ? null : now.plus(Duration.ofDays(request.expiresInDays())));
        em.persist(k);
        em.flush();
        KeyView view = KeyView.of(k, now);
        audit.fire(AuditEvent.created("gateway.key.create", "gateway-key", k.id(), "created gateway key " + k.name(), view));
        changed.fire(GatewayChanged.KEYS);
        return CreatedKey.of(view, secret);
    }

    /** The caller's keys; admins may ask for everyone's. */
    public List<KeyView> list(boolean all) {
        Caller caller = callerContext.get();
        Instant now = clock.instant();
        var q = all && caller.isAdmin()
                ? em.createQuery("SELECT k FROM GatewayKey k ORDER BY k.id DESC", GatewayKey.class)
                : em.createQuery("SELECT k FROM GatewayKey k WHERE k.ownerId = :owner ORDER BY k.id DESC",
                GatewayKey.class).setParameter("owner", caller.userId());
        return q.setMaxResults(1000).getResultList().stream().map(k -> KeyView.of(k, now)).toList();
    }

    public KeyView get(long id) {
        return KeyView.of(visible(id), clock.instant());
    }

    /** A new secret for the same key (same id, limits and attribution); the old secret stops working at once. */
    public CreatedKey rotate(long id) {
        GatewayKey k = visible(id);
        Instant now = clock.instant();
        if (!k.usable(now)) {
            throw new NotFoundException("gateway-key", id);
        }
        String secret = TokenHasher.newSecret(PREFIX);
        k.rotate(display(secret), TokenHasher.sha256Hex(secret));
        KeyView view = KeyView.of(k, now);
        audit.fire(AuditEvent.changed("gateway.key.rotate", "gateway-key", id, "rotated gateway key " + k.name(),
                null, view));
        changed.fire(GatewayChanged.KEYS);
        return CreatedKey.of(view, secret);
    }

    public void revoke(long id) {
        GatewayKey k = visible(id);
        KeyView before = KeyView.of(k, clock.instant());
        k.revoke(clock.instant());
        audit.fire(AuditEvent.changed("gateway.key.revoke", "gateway-key", id, "revoked gateway key " + k.name(),
                before, KeyView.of(k, clock.instant())));
        changed.fire(GatewayChanged.KEYS);
    }

    private GatewayKey visible(long id) {
        GatewayKey k = em.find(GatewayKey.class, id);
        Caller caller = callerContext.get();
        if (k == null || !caller.isAdmin() && !k.ownerId().equals(caller.userId())) {
            throw new NotFoundException("gateway-key", id);
        }
        return k;
    }

    static String display(String secret) {
        return secret.substring(0, PREFIX.length() + 6);
    }
}
