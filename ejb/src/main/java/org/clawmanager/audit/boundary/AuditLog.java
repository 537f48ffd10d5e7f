package org.clawmanager.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.clawmanager.audit.control.SecretRedactor;
import org.clawmanager.audit.entity.AuditEntry;
import org.clawmanager.platform.caller.Caller;
import org.clawmanager.platform.caller.CallerContext;
import org.clawmanager.platform.paging.Page;
import org.clawmanager.platform.persistence.Like;

/**
 * The admin audit log. Features fire {@link AuditEvent}s; this boundary stores them in the firing transaction,
 * attributed to the current {@link Caller}. Admins page and filter the log.
 */
@Stateless
public class AuditLog {

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Inject
    CallerContext callerContext;

    @Inject
    Clock clock;

    /** Same transaction as the change: both commit or neither does. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(@Observes AuditEvent event) {
        em.persist(entry(event, "success"));
    }

    /** For attempts that fail (and roll back their own transaction) but must still be on record. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(AuditEvent event, Caller caller) {
        em.persist(entry(event, "failure", caller));
    }

    private AuditEntry entry(AuditEvent event, String outcome) {
        return entry(event, outcome, callerContext.get());
    }

    private AuditEntry entry(AuditEvent event, String outcome, Caller c) {
        return new AuditEntry(clock.instant(), c.userId(), c.name(), c.role(), event.action(), outcome,
                event.targetType(), event.targetId(), event.summary(), SecretRedactor.toRedactedJson(event.before()),
                SecretRedactor.toRedactedJson(event.after()), c.sourceIp(), c.userAgent(), c.requestId());
    }

    @RolesAllowed("admin")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<AuditEntryView> search(AuditQuery q) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> root = select.from(AuditEntry.class);
        select.where(filters(q, cb, root)).orderBy(cb.desc(root.get("occurredAt")), cb.desc(root.get("id")));
        TypedQuery<AuditEntry> query = em.createQuery(select)
                .setFirstResult(q.page() * q.size()).setMaxResults(q.size());
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEntry> countRoot = count.from(AuditEntry.class);
        count.select(cb.count(countRoot)).where(filters(q, cb, countRoot));
        long total = em.createQuery(count).getSingleResult();
        return new Page<>(query.getResultList().stream().map(AuditEntryView::of).toList(), total, q.page(), q.size());
    }

    private static Predicate[] filters(AuditQuery q, CriteriaBuilder cb, Root<AuditEntry> r) {
        List<Predicate> p = new ArrayList<>();
        if (q.actor() != null) {
            p.add(cb.equal(r.get("actorName"), q.actor()));
        }
        if (q.action() != null) {
            p.add(q.action().endsWith("*")
                    ? cb.like(r.get("action"), Like.prefix(q.action().substring(0, q.action().length() - 1)), Like.ESCAPE)
                    : cb.equal(r.get("action"), q.action()));
        }
        if (q.targetType() != null) {
            p.add(cb.equal(r.get("targetType"), q.targetType()));
        }
        if (q.targetId() != null) {
            p.add(cb.equal(r.get("targetId"), q.targetId()));
        }
        if (q.outcome() != null) {
            p.add(cb.equal(r.get("outcome"), q.outcome()));
        }
        if (q.from() != null) {
            p.add(cb.greaterThanOrEqualTo(r.get("occurredAt"), q.from()));
        }
        if (q.to() != null) {
            p.add(cb.lessThan(r.get("occurredAt"), q.to()));
        }
        return p.toArray(Predicate[]::new);
    }
}
