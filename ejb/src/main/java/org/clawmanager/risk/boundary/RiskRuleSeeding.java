package org.clawmanager.risk.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.clawmanager.risk.control.BuiltInRules;
import org.clawmanager.risk.control.RuleDef;
import org.clawmanager.risk.entity.RiskRule;

/**
 * Inserts the built-in rules an installation does not have yet (first start, or a release that adds one). Rules an
 * administrator edited or disabled are left alone; built-ins cannot be deleted, so they are never re-created.
 */
@Stateless
@PermitAll
public class RiskRuleSeeding {

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Inject
    Clock clock;

    public int seed() {
        Set<String> present = new HashSet<>(em.createQuery("SELECT r.ruleId FROM RiskRule r", String.class)
                .getResultList());
        Instant now = clock.instant();
        int added = 0;
        for (BuiltInRules.BuiltIn b : BuiltInRules.all()) {
            RuleDef d = b.def();
            if (present.contains(d.ruleId())) {
                continue;
            }
            RiskRule r = new RiskRule(d.ruleId(), true, now);
            r.define(d.name(), b.description(), d.category(), d.kind(), d.pattern(), d.keywords(), d.wholeWord(),
                    d.severity(), d.action(), d.enabled() && !d.ruleId().equals("ip_address"), b.sortOrder(), now);
            em.persist(r);
            added++;
        }
        return added;
    }
}
