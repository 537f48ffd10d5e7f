package org.clawmanager.risk.control;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One enabled rule ready to run. Keyword rules have no pattern (their words live in the set's shared automaton);
 * {@code budgeted} rules are administrator regexes, run with a step budget against catastrophic backtracking.
 */
record CompiledRule(int index, RuleDef def, Pattern pattern, List<Trigger> triggers, Predicate<String> validator,
                    int maxLength, boolean budgeted, String[] redactGroups) {

    boolean isKeywords() {
        return pattern == null;
    }

    static String[] redactGroupsOf(Pattern p) {
        String s = p.pattern();
        return s.contains("(?<redact2>") ? new String[]{"redact", "redact2"}
                : s.contains("(?<redact>") ? new String[]{"redact"} : new String[0];
    }
}
