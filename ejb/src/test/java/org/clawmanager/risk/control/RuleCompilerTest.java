package org.clawmanager.risk.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clawmanager.platform.errors.InvalidInputException.FieldError;
import org.clawmanager.risk.boundary.Action;
import org.clawmanager.risk.boundary.Hit;
import org.clawmanager.risk.boundary.Verdict;
import org.clawmanager.risk.entity.AppliesTo;
import org.clawmanager.risk.entity.RuleKind;
import org.clawmanager.risk.entity.Severity;
import org.junit.jupiter.api.Test;

/** Checks on stored definitions, regex rules at run time, keyword matching and action precedence. */
class RuleCompilerTest {

    private final RuleCompiler compiler = new RuleCompiler(RuleCompiler.Limits.DEFAULT);

    private static RuleDef regex(String id, String pattern, Action action) {
        return new RuleDef(id, id, "custom", RuleKind.REGEX, pattern, List.of(), false, Severity.HIGH, action, true);
    }

    private static RuleDef words(String id, boolean wholeWord, Action action, String... w) {
        return new RuleDef(id, id, "custom", RuleKind.KEYWORDS, null, List.of(w), wholeWord, Severity.LOW, action, true);
    }

    @Test
    void invalidRegexNamesThePatternField() {
        List<FieldError> errors = compiler.check(RuleKind.REGEX, "([a-z", List.of());
        assertThat(errors).extracting(FieldError::field).containsExactly("pattern");
        assertThat(errors.get(0).message()).contains("regular expression");
    }

    @Test
    void catastrophicBacktrackingIsRefusedButOrdinaryPatternsPass() {
        assertThat(compiler.check(RuleKind.REGEX, "(x+x+)+y", List.of())).extracting(FieldError::message) // exponential in Java
                .anySatisfy(m -> assertThat(m).contains("backtracks"));
        assertThat(compiler.check(RuleKind.REGEX, "\\bproject\\s+[A-Z][a-z]+\\b", List.of())).isEmpty();
        assertThat(compiler.check(RuleKind.REGEX, "\\w+@\\w+\\.com", List.of())).isEmpty();
    }

    @Test
    void emptyMatchesUnknownDetectorsAndEmptyKeywordListsAreRefused() {
        assertThat(compiler.check(RuleKind.REGEX, "a*", List.of())).isNotEmpty();
        assertThat(compiler.check(RuleKind.DETECTOR, "nope", List.of())).extracting(FieldError::field)
                .containsExactly("pattern");
        assertThat(compiler.check(RuleKind.DETECTOR, "iban", List.of())).isEmpty();
        assertThat(compiler.check(RuleKind.KEYWORDS, null, List.of(" "))).extracting(FieldError::field)
                .containsExactly("keywords");
    }

    @Test
    void aRegexThatRunsOutOfBudgetAtRunTimeFailsClosed() {
        // stored before the probes existed, or slow only on this input: counts as a hit, the scan goes on
        RuleSet set = compiler.compile(List.of(regex("slow", "(x+x+)+y", Action.BLOCK),
                words("other", true, Action.REDACT, "secret")), 1);
        Verdict v = Inspections.inspect(set, "x".repeat(5000) + " secret");
        assertThat(v.hits()).extracting(Hit::ruleId).contains("slow", "other");
        assertThat(v.action()).isEqualTo(Action.BLOCK);
    }

    @Test
    void redactGroupOfARegexLimitsTheRedaction() {
        RuleSet set = compiler.compile(List.of(regex("pin", "PIN:\\s*(?<redact>\\d{4})", Action.REDACT)), 1);
        assertThat(Inspections.inspect(set, "my PIN: 1234.").text()).isEqualTo("my PIN: [REDACTED:PIN].");
    }

    @Test
    void keywordsAreCaseInsensitiveAndWholeWordWhenAsked() {
        RuleSet set = compiler.compile(List.of(words("w", true, Action.REROUTE, "Merger"),
                words("p", false, Action.ALLOW, "confid"), words("cjk", true, Action.REROUTE, "工资")), 1);
        assertThat(Inspections.inspect(set, "the MERGER plan").hits()).extracting(Hit::ruleId).containsExactly("w");
        assertThat(Inspections.inspect(set, "mergers and demerger").hits()).isEmpty();
        assertThat(Inspections.inspect(set, "CONFIDENTIAL").hits()).extracting(Hit::ruleId).containsExactly("p");
        assertThat(Inspections.inspect(set, "本月工资表").hits()).extracting(Hit::ruleId).containsExactly("cjk");
    }

    @Test
    void theStrongestActionWinsAndDisabledRulesDoNotRun() {
        RuleSet set = compiler.compile(List.of(words("a", true, Action.ALLOW, "alpha"),
                words("r", true, Action.REROUTE, "beta"), words("x", true, Action.REDACT, "gamma"),
                new RuleDef("off", "off", "c", RuleKind.KEYWORDS, null, List.of("delta"), true, Severity.LOW,
                        Action.BLOCK, false)), 1);
        Verdict v = Inspections.inspect(set, "alpha beta gamma delta");
        assertThat(v.action()).isEqualTo(Action.REROUTE);
        assertThat(v.hits()).extracting(Hit::ruleId).containsExactly("a", "r", "x");
        assertThat(v.text()).isEqualTo("alpha beta [REDACTED:X] delta");
        assertThat(set.size()).isEqualTo(3);
    }

    @Test
    void rulesRunOnlyOnTheDirectionsTheyApplyTo() {
        List<RuleDef> defs = List.of(
                new RuleDef("in", "in", "c", RuleKind.KEYWORDS, null, List.of("alpha"), true, Severity.LOW,
                        Action.BLOCK, true, AppliesTo.REQUEST),
                new RuleDef("out", "out", "c", RuleKind.KEYWORDS, null, List.of("alpha"), true, Severity.LOW,
                        Action.REDACT, true, AppliesTo.RESPONSE),
                words("both", true, Action.ALLOW, "alpha"));
        assertThat(Inspections.inspect(compiler.compile(defs, 1, true), "alpha").hits()).extracting(Hit::ruleId)
                .containsExactly("in", "both");
        assertThat(Inspections.inspect(compiler.compile(defs, 1, false), "alpha").hits()).extracting(Hit::ruleId)
                .containsExactly("out", "both");
    }

    @Test
    void excerptsNeverCarryTheWholeSecret() {
        assertThat(Findings.mask("sk-proj-abcdefghijklmnopqrstuvwxyz")).startsWith("sk").endsWith("yz")
                .doesNotContain("abcdef");
        assertThat(Findings.mask("abcd")).isEqualTo("****");
    }
}
