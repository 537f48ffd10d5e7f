package org.clawmanager.risk.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clawmanager.audit.boundary.AuditEvent;
import org.clawmanager.platform.errors.ConflictException;
import org.clawmanager.platform.errors.InvalidInputException;
import org.clawmanager.platform.errors.InvalidInputException.FieldError;
import org.clawmanager.platform.errors.NotFoundException;
import org.clawmanager.risk.control.Detectors;
import org.clawmanager.risk.control.HitCounters;
import org.clawmanager.risk.control.Inspections;
import org.clawmanager.risk.control.RuleSet;
import org.clawmanager.risk.control.RuleSetHolder;
import org.clawmanager.risk.entity.AppliesTo;
import org.clawmanager.risk.entity.RiskRule;
import org.clawmanager.risk.entity.RuleKind;
import org.clawmanager.risk.entity.Severity;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Risk-control rules of the AI gateway: admins manage them, operators read and test them. */
@Stateless
@RolesAllowed("admin")
public class RiskRules {

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Inject
    RuleSetHolder holder;

    @Inject
    HitCounters counters;

    @Inject
    Clock clock;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Event<RuleSetHolder.Changed> changed;

    @Inject
    @ConfigProperty(name = "clawmanager.risk.max-rules", defaultValue = "500")
    int maxRules;

    @RolesAllowed({"admin", "operator"})
    public List<RiskRuleView> list() {
        List<RiskRule> rules = em.createNamedQuery(RiskRule.ALL, RiskRule.class).getResultList();
        var counts = counters.counts(rules.stream().map(RiskRule::ruleId).toList());
        return rules.stream().map(r -> RiskRuleView.of(r, counts.get(r.ruleId()))).toList();
    }

    @RolesAllowed({"admin", "operator"})
    public RiskRuleView get(String ruleId) {
        RiskRule r = find(ruleId);
        return RiskRuleView.of(r, counters.counts(r.ruleId()));
    }

    @RolesAllowed({"admin", "operator"})
    public Map<String, String> detectors() {
        return Detectors.catalog();
    }

    public RiskRuleView create(@Valid @NotNull RiskRuleRequest request) {
        if (request.ruleId() == null) {
            throw new InvalidInputException("ruleId", "must not be null");
        }
        if (!em.createNamedQuery(RiskRule.BY_RULE_ID, RiskRule.class).setParameter("ruleId", request.ruleId())
                .getResultList().isEmpty()) {
            throw new ConflictException("risk-rule-exists", "a rule with id " + request.ruleId() + " exists");
        }
        if (em.createQuery("SELECT COUNT(r) FROM RiskRule r", Long.class).getSingleResult() >= maxRules) {
            throw new ConflictException("risk-rule-limit", "at most " + maxRules + " rules");
        }
        RiskRule r = new RiskRule(request.ruleId(), false, clock.instant());
        apply(r, request);
        em.persist(r);
        em.flush();
        RiskRuleView view = RiskRuleView.of(r);
        audit.fire(AuditEvent.created("risk-rule.create", "risk-rule", r.ruleId(), "created " + r.ruleId(), view));
        changed.fire(new RuleSetHolder.Changed(r.ruleId()));
        return view;
    }

    public RiskRuleView update(String ruleId, @Valid @NotNull RiskRuleRequest request) {
        RiskRule r = find(ruleId);
        if (request.ruleId() != null && !request.ruleId().equals(ruleId)) {
            throw new InvalidInputException("ruleId", "cannot be changed");
        }
        RiskRuleView before = RiskRuleView.of(r);
        apply(r, request);
        em.flush();
        RiskRuleView after = RiskRuleView.of(r);
        audit.fire(AuditEvent.changed("risk-rule.update", "risk-rule", ruleId, "updated " + ruleId, before, after));
        changed.fire(new RuleSetHolder.Changed(ruleId));
        return RiskRuleView.of(r, counters.counts(ruleId));
    }

    public RiskRuleView setEnabled(String ruleId, boolean enabled) {
        RiskRule r = find(ruleId);
        RiskRuleView before = RiskRuleView.of(r);
        r.enable(enabled, clock.instant());
        em.flush();
        RiskRuleView after = RiskRuleView.of(r);
        audit.fire(AuditEvent.changed(enabled ? "risk-rule.enable" : "risk-rule.disable", "risk-rule", ruleId,
                (enabled ? "enabled " : "disabled ") + ruleId, before, after));
        changed.fire(new RuleSetHolder.Changed(ruleId));
        return RiskRuleView.of(r, counters.counts(ruleId));
    }

    /** All or nothing: an unknown id answers 404 and nothing changes. */
    public List<RiskRuleView> setEnabled(@Valid @NotNull BulkEnableRequest request) {
        List<RiskRuleView> views = new java.util.ArrayList<>();
        for (String ruleId : new java.util.LinkedHashSet<>(request.ruleIds())) {
            RiskRule r = find(ruleId);
            RiskRuleView before = RiskRuleView.of(r);
            r.enable(request.enabled(), clock.instant());
            views.add(RiskRuleView.of(r));
            audit.fire(AuditEvent.changed(request.enabled() ? "risk-rule.enable" : "risk-rule.disable", "risk-rule",
                    ruleId, (request.enabled() ? "enabled " : "disabled ") + ruleId, before, views.getLast()));
        }
        em.flush();
        changed.fire(new RuleSetHolder.Changed(String.join(",", request.ruleIds())));
        return views.stream().map(v -> RiskRuleView.of(find(v.ruleId()), counters.counts(v.ruleId()))).toList();
    }

    public void delete(String ruleId) {
        RiskRule r = find(ruleId);
        if (r.builtIn()) {
            throw new ConflictException("risk-rule-built-in", "built-in rules cannot be deleted; disable it instead");
        }
        RiskRuleView before = RiskRuleView.of(r);
        em.remove(r);
        counters.forget(ruleId);
        audit.fire(AuditEvent.deleted("risk-rule.delete", "risk-rule", ruleId, "deleted " + ruleId, before));
        changed.fire(new RuleSetHolder.Changed(ruleId));
    }

    /** Runs the current rules (as every replica runs them) on a sample; counters are not touched. */
    @RolesAllowed({"admin", "operator"})
    public RiskTestResult test(@Valid @NotNull RiskTestRequest request) {
        RuleSet set = holder.current(!"response".equals(request.direction()));
        long t0 = System.nanoTime();
        Verdict v = Inspections.inspect(set, request.text());
        return RiskTestResult.of(v, set.size(), System.nanoTime() - t0);
    }

    private void apply(RiskRule r, RiskRuleRequest q) {
        RuleKind kind = RuleKind.parse(q.kind()).orElseThrow();
        String pattern = q.pattern() == null || q.pattern().isEmpty() ? null : q.pattern();
        List<String> keywords = q.keywords() == null ? List.of()
                : q.keywords().stream().map(String::trim).filter(k -> !k.isEmpty()).distinct().toList();
        List<FieldError> errors = holder.compiler().check(kind, pattern, keywords);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String action = q.action().toLowerCase(Locale.ROOT);
        r.define(q.name().trim(), q.description(), q.category() == null ? "custom" : q.category(), kind,
                kind == RuleKind.KEYWORDS ? null : pattern, kind == RuleKind.KEYWORDS ? keywords : List.of(),
                q.wholeWord() == null || q.wholeWord(), Severity.parse(q.severity()).orElseThrow(),
                action.equals("route_secure_model") ? Action.REROUTE : Action.valueOf(action.toUpperCase(Locale.ROOT)),
                q.enabled() == null || q.enabled(), q.sortOrder() == null ? 1000 : q.sortOrder(), clock.instant());
        r.applyTo(q.appliesTo() == null ? AppliesTo.BOTH : AppliesTo.parse(q.appliesTo()).orElseThrow());
    }

    private RiskRule find(String ruleId) {
        List<RiskRule> l = ruleId == null ? List.of() : em.createNamedQuery(RiskRule.BY_RULE_ID, RiskRule.class)
                .setParameter("ruleId", ruleId).getResultList();
        if (l.isEmpty()) {
            throw new NotFoundException("risk-rule", ruleId);
        }
        return l.get(0);
    }
}
