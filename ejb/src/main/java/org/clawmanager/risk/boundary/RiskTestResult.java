package org.clawmanager.risk.boundary;

import java.util.List;
import java.util.Locale;

/**
 * The verdict on a sample: the strongest action, the text after redaction, every hit (offsets index the sample, for
 * highlighting), how many rules ran and how long the inspection took.
 */
public record RiskTestResult(String action, String redacted, List<HitView> hits, int rules, long nanos) {

    /** A hit with the action in lower case, as everywhere in the API. */
    public record HitView(String ruleId, String ruleName, String category, String severity, String action, int start,
                          int end, String excerpt) {
        static HitView of(Hit h) {
            return new HitView(h.ruleId(), h.ruleName(), h.category(), h.severity(), label(h.action()), h.start(),
                    h.end(), h.excerpt());
        }
    }

    static String label(Action a) {
        return a.name().toLowerCase(Locale.ROOT);
    }

    static RiskTestResult of(Verdict v, int rules, long nanos) {
        return new RiskTestResult(label(v.action()), v.text(), v.hits().stream().map(HitView::of).toList(), rules,
                nanos);
    }
}
