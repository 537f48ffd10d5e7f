package org.clawmanager.risk.control;

import java.util.List;
import org.clawmanager.risk.boundary.Action;
import org.clawmanager.risk.entity.AppliesTo;
import org.clawmanager.risk.entity.RuleKind;
import org.clawmanager.risk.entity.Severity;

/**
 * A rule as stored, the input of the compiler. {@code pattern} is the regular expression (kind regex) or the
 * detector name (kind detector); {@code keywords} is used by kind keywords.
 */
public record RuleDef(String ruleId, String name, String category, RuleKind kind, String pattern,
                      List<String> keywords, boolean wholeWord, Severity severity, Action action, boolean enabled,
                      AppliesTo appliesTo) {

    public RuleDef {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        appliesTo = appliesTo == null ? AppliesTo.BOTH : appliesTo;
    }

    /** A rule for requests and responses alike. */
    public RuleDef(String ruleId, String name, String category, RuleKind kind, String pattern, List<String> keywords,
                   boolean wholeWord, Severity severity, Action action, boolean enabled) {
        this(ruleId, name, category, kind, pattern, keywords, wholeWord, severity, action, enabled, AppliesTo.BOTH);
    }

    /** The placeholder a redaction leaves in the text, e.g. {@code [REDACTED:EMAIL_ADDRESS]}. */
    public String placeholder() {
        return "[REDACTED:" + ruleId.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "_") + "]";
    }
}
