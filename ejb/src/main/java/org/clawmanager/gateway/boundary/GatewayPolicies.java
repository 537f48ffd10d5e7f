package org.clawmanager.gateway.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clawmanager.audit.boundary.AuditEvent;
import org.clawmanager.gateway.boundary.PolicyRequests.AccessRequest;
import org.clawmanager.gateway.boundary.PolicyRequests.AliasRequest;
import org.clawmanager.gateway.boundary.PolicyRequests.LimitRequest;
import org.clawmanager.gateway.boundary.PolicyRequests.PriceRequest;
import org.clawmanager.gateway.boundary.PolicyViews.AccessView;
import org.clawmanager.gateway.boundary.PolicyViews.AliasView;
import org.clawmanager.gateway.boundary.PolicyViews.LimitView;
import org.clawmanager.gateway.boundary.PolicyViews.PriceView;
import org.clawmanager.gateway.entity.AccessList;
import org.clawmanager.gateway.entity.GatewayException;
import org.clawmanager.gateway.entity.GatewayLimit;
import org.clawmanager.gateway.entity.ModelAlias;
import org.clawmanager.gateway.entity.Price;
import org.clawmanager.platform.caller.CallerContext;
import org.clawmanager.platform.errors.ErrorKind;
import org.clawmanager.platform.errors.NotFoundException;

/** Admin policies of the gateway: aliases, the versioned price table, limits and budgets, model access lists. */
@Stateless
@RolesAllowed("admin")
public class GatewayPolicies {

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CallerContext callerContext;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Event<GatewayChanged> changed;

    public List<AliasView> aliases() {
        return em.createQuery("SELECT a FROM ModelAlias a ORDER BY a.alias", ModelAlias.class).getResultList().stream()
                .map(a -> new AliasView(a.alias(), a.target())).toList();
    }

    public AliasView putAlias(@Valid @NotNull AliasRequest r) {
        if (r.alias().equals(r.target())) {
            throw new GatewayException(ErrorKind.INVALID_INPUT, "invalid-input", "target: an alias cannot point at itself");
        }
        ModelAlias a = em.find(ModelAlias.class, r.alias());
        if (a == null) {
            em.persist(new ModelAlias(r.alias(), r.target()));
        } else {
            a.target(r.target());
        }
        AliasView view = new AliasView(r.alias(), r.target());
        audit.fire(AuditEvent.created("gateway.alias.put", "gateway-alias", r.alias(), "alias " + r.alias(), view));
        changed.fire(GatewayChanged.CATALOG);
        return view;
    }

    public void deleteAlias(String alias) {
        ModelAlias a = em.find(ModelAlias.class, alias);
        if (a == null) {
            throw new NotFoundException("gateway-alias", alias);
        }
        audit.fire(AuditEvent.deleted("gateway.alias.delete", "gateway-alias", alias, "alias " + alias,
                new AliasView(a.alias(), a.target())));
        em.remove(a);
        changed.fire(GatewayChanged.CATALOG);
    }

    /** Every price version, newest first; {@code current} marks the version in force now for each model. */
    public List<PriceView> prices() {
        Instant now = clock.instant();
        Set<String> seen = new HashSet<>();
        return em.createQuery("SELECT p FROM Price p ORDER BY p.model, p.effectiveFrom DESC, p.id DESC", Price.class)
                .getResultList().stream().map(p -> {
                    boolean current = !p.effectiveFrom().isAfter(now) && seen.add(p.model());
                    return PriceView.of(p, current);
                }).toList();
    }

    public PriceView addPrice(@Valid @NotNull PriceRequest r) {
        Instant now = clock.instant();
        Price p = new Price(r.model(), r.inputPerMTok(), r.outputPerMTok(),
                r.cachedPerMTok() == null ? r.inputPerMTok() : r.cachedPerMTok(),
                r.currency() == null ? "USD" : r.currency(), r.effectiveFrom() == null ? now : r.effectiveFrom(), now,
                callerContext.get().name());
        em.persist(p);
        em.flush();
        PriceView view = PriceView.of(p, !p.effectiveFrom().isAfter(now));
        audit.fire(AuditEvent.created("gateway.price.create", "gateway-price", p.id(), "price of " + p.model(), view));
        changed.fire(GatewayChanged.CATALOG);
        return view;
    }

    public List<LimitView> limits() {
        return em.createQuery("SELECT l FROM GatewayLimit l ORDER BY l.id", GatewayLimit.class).getResultList().stream()
                .map(LimitView::of).toList();
    }

    public LimitView addLimit(@Valid @NotNull LimitRequest r) {
        long value;
        try {
            value = "cost".equals(r.metric()) ? r.limit().movePointRight(6).setScale(0, java.math.RoundingMode.DOWN)
                    .longValueExact() : r.limit().setScale(0, java.math.RoundingMode.DOWN).longValueExact();
        } catch (ArithmeticException e) {
            throw new GatewayException(ErrorKind.INVALID_INPUT, "invalid-input", "limit: out of range");
        }
        if (value <= 0) {
            throw new GatewayException(ErrorKind.INVALID_INPUT, "invalid-input", "limit: must be at least 1 (or 0.000001)");
        }
        String subject = r.subject() == null || r.subject().isBlank() ? "*" : r.subject().trim();
        GatewayLimit l = new GatewayLimit(r.scope(), subject, r.metric(), r.period(), value, clock.instant());
        em.persist(l);
        em.flush();
        LimitView view = LimitView.of(l);
        audit.fire(AuditEvent.created("gateway.limit.create", "gateway-limit", l.id(), "limit on " + r.scope(), view));
        changed.fire(GatewayChanged.CATALOG);
        return view;
    }

    public void deleteLimit(long id) {
        GatewayLimit l = em.find(GatewayLimit.class, id);
        if (l == null) {
            throw new NotFoundException("gateway-limit", id);
        }
        audit.fire(AuditEvent.deleted("gateway.limit.delete", "gateway-limit", id, "limit on " + l.scope(), LimitView.of(l)));
        em.remove(l);
        changed.fire(GatewayChanged.CATALOG);
    }

    public List<AccessView> accessLists() {
        return em.createQuery("SELECT a FROM AccessList a ORDER BY a.scope, a.subject", AccessList.class)
                .getResultList().stream().map(AccessView::of).toList();
    }

    public AccessView putAccess(@Valid @NotNull AccessRequest r) {
        List<AccessList> existing = em.createQuery(
                "SELECT a FROM AccessList a WHERE a.scope = :s AND a.subject = :sub", AccessList.class)
                .setParameter("s", r.scope()).setParameter("sub", r.subject()).getResultList();
        String models = String.join(",", r.models().stream().map(String::trim).toList());
        AccessList a;
        if (existing.isEmpty()) {
            a = new AccessList(r.scope(), r.subject(), models);
            em.persist(a);
            em.flush();
        } else {
            a = existing.get(0);
            a.models(models);
        }
        AccessView view = AccessView.of(a);
        audit.fire(AuditEvent.created("gateway.access.put", "gateway-access", a.id(), "models of " + r.scope() + " "
                + r.subject(), view));
        changed.fire(GatewayChanged.CATALOG);
        return view;
    }

    public void deleteAccess(long id) {
        AccessList a = em.find(AccessList.class, id);
        if (a == null) {
            throw new NotFoundException("gateway-access", id);
        }
        audit.fire(AuditEvent.deleted("gateway.access.delete", "gateway-access", id, "models of " + a.scope(),
                AccessView.of(a)));
        em.remove(a);
        changed.fire(GatewayChanged.CATALOG);
    }

    static BigDecimal zeroIfNull(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }
}
