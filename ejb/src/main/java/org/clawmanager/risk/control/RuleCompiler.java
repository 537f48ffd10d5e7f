package org.clawmanager.risk.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.clawmanager.platform.errors.InvalidInputException.FieldError;
import org.clawmanager.risk.entity.RuleKind;

/**
 * Compiles rule definitions into a {@link RuleSet} and checks a definition before it is stored: a pattern that does
 * not compile, an unknown detector, or a regular expression that backtracks catastrophically on probe inputs is
 * refused with the offending field named.
 */
public final class RuleCompiler {

    /** Limits for administrator regexes; see docs/risk-rules.md. */
    public record Limits(int unboundedMatch, long budgetFixed, long budgetPerChar) {
        public static final Limits DEFAULT = new Limits(256, 100_000, 200);

        StepBudget budget() {
            return new StepBudget(budgetFixed, budgetPerChar);
        }
    }

    // short enough that a merely quadratic pattern passes, long enough that exponential backtracking cannot
    private static final List<String> PROBES = List.of("a".repeat(500) + "!", "1".repeat(500) + "x",
            " ".repeat(500) + "x", "ab".repeat(250) + "!", "a1-".repeat(170) + "@", "\u00e9".repeat(250) + "!",
            "a.".repeat(250) + "!", "aA0_".repeat(125) + "\n");

    // quadratic on a 500-character probe stays well below; cubic or exponential does not
    private static final long PROBE_BUDGET = 2_000_000;

    private final Limits limits;

    public RuleCompiler(Limits limits) {
        this.limits = limits;
    }

    /** The generic probes plus a long run of every literal character of the pattern (what its loops consume). */
    private static List<String> probes(String pattern) {
        List<String> probes = new ArrayList<>(PROBES);
        pattern.chars().filter(Character::isLetterOrDigit).distinct().limit(24)
                .forEach(c -> probes.add(String.valueOf((char) c).repeat(500) + "\u0000"));
        return probes;
    }

    /** Only the rules that inspect texts of this direction. */
    public RuleSet compile(List<RuleDef> defs, long version, boolean request) {
        return compile(defs.stream().filter(d -> d.appliesTo().covers(request)).toList(), version);
    }

    public RuleSet compile(List<RuleDef> defs, long version) {
        List<CompiledRule> compiled = new ArrayList<>();
        for (RuleDef d : defs) {
            if (!d.enabled()) {
                continue;
            }
            compileOne(d, compiled.size()).ifPresent(compiled::add);
        }
        return RuleSet.of(compiled, version, limits.unboundedMatch(), limits.budget());
    }

    private Optional<CompiledRule> compileOne(RuleDef d, int index) {
        switch (d.kind()) {
            case KEYWORDS -> {
                if (d.keywords().stream().allMatch(String::isEmpty)) {
                    return Optional.empty();
                }
                RuleDef clean = new RuleDef(d.ruleId(), d.name(), d.category(), d.kind(), d.pattern(),
                        d.keywords().stream().filter(k -> !k.isEmpty()).toList(), d.wholeWord(), d.severity(),
                        d.action(), true, d.appliesTo());
                return Optional.of(new CompiledRule(index, clean, null, List.of(), s -> true, 0, false, new String[0]));
            }
            case DETECTOR -> {
                return Detectors.byName(d.pattern()).map(det -> new CompiledRule(index, d, det.pattern(),
                        det.triggers(), det.validator(), det.maxLength(), false,
                        CompiledRule.redactGroupsOf(det.pattern())));
            }
            default -> {
                try {
                    Pattern p = Pattern.compile(d.pattern());
                    return Optional.of(new CompiledRule(index, d, p, List.of(new Trigger.Everywhere()), s -> true,
                            limits.unboundedMatch(), true, CompiledRule.redactGroupsOf(p)));
                } catch (PatternSyntaxException e) {
                    return Optional.empty(); // refused when stored; never break the whole set
                }
            }
        }
    }

    /** Problems with a definition, empty when it can be stored. */
    public List<FieldError> check(RuleKind kind, String pattern, List<String> keywords) {
        List<FieldError> errors = new ArrayList<>();
        switch (kind) {
            case KEYWORDS -> {
                if (keywords == null || keywords.stream().noneMatch(k -> k != null && !k.isBlank())) {
                    errors.add(new FieldError("keywords", "must list at least one keyword"));
                }
            }
            case DETECTOR -> {
                if (pattern == null || Detectors.byName(pattern).isEmpty()) {
                    errors.add(new FieldError("pattern", "must name a detector: " + String.join(", ",
                            Detectors.catalog().keySet())));
                }
            }
            case REGEX -> checkRegex(pattern, errors);
        }
        return errors;
    }

    private void checkRegex(String pattern, List<FieldError> errors) {
        if (pattern == null || pattern.isEmpty()) {
            errors.add(new FieldError("pattern", "must not be empty"));
            return;
        }
        Pattern p;
        try {
            p = Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            errors.add(new FieldError("pattern", "is not a valid regular expression: " + e.getDescription()
                    + " near index " + e.getIndex()));
            return;
        }
        if (p.matcher("").matches()) {
            errors.add(new FieldError("pattern", "must not match the empty text"));
            return;
        }
        StepBudget budget = new StepBudget(PROBE_BUDGET, 0);
        for (String probe : probes(pattern)) {
            try {
                p.matcher(budget.wrap(probe)).find();
            } catch (StepBudget.Exceeded e) {
                errors.add(new FieldError("pattern", "backtracks catastrophically (nested or overlapping "
                        + "quantifiers); simplify it"));
                return;
            }
        }
    }
}
