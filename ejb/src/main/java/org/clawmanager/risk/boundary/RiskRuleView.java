package org.clawmanager.risk.boundary;

import java.time.Instant;
import java.util.List;
import org.clawmanager.risk.control.HitCounters;
import org.clawmanager.risk.entity.RiskRule;

/** A rule as the API shows it, with its hit counters (-1 when the shared store is unavailable). */
public record RiskRuleView(String ruleId, String name, String description, String category, String kind,
                           String pattern, List<String> keywords, boolean wholeWord, String severity, String action,
                           boolean enabled, String appliesTo, boolean builtIn, int sortOrder, long revision, Instant createdAt,
                           Instant updatedAt, long hitsTotal, long hits24h) {

    static RiskRuleView of(RiskRule r, HitCounters.Counts counts) {
        return new RiskRuleView(r.ruleId(), r.name(), r.description(), r.category(), r.kind().label(), r.pattern(),
                r.keywords(), r.wholeWord(), r.severity().label(), RiskTestResult.label(r.action()), r.enabled(),
                r.appliesTo().label(), r.builtIn(), r.sortOrder(), r.revision(), r.createdAt(), r.updatedAt(),
                counts == null ? 0 : counts.total(), counts == null ? 0 : counts.last24h());
    }

    /** Without counters, for audit records. */
    static RiskRuleView of(RiskRule r) {
        return of(r, null);
    }
}
