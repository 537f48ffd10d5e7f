package org.clawmanager.risk.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clawmanager.risk.boundary.Action;
import org.clawmanager.risk.boundary.Hit;

/** Turns matches into hits, the strongest action and the redacted text. */
final class Findings {

    private Findings() {
    }

    static Hit hit(Match m, CharSequence text, int offset) {
        RuleDef d = m.rule().def();
        if (m.budgetExceeded()) {
            return new Hit(d.ruleId(), d.name(), d.category(), d.severity().label(), d.action(), offset, offset,
                    "(evaluation budget exceeded)");
        }
        return new Hit(d.ruleId(), d.name(), d.category(), d.severity().label(), d.action(), m.start() + offset,
                m.end() + offset, mask(text.subSequence(m.start(), m.end())));
    }

    /** A sample safe to store: first and last two characters, the rest masked, at most 32 characters. */
    static String mask(CharSequence s) {
        int n = s.length();
        if (n <= 4) {
            return "*".repeat(n);
        }
        if (n <= 8) {
            return s.charAt(0) + "*".repeat(n - 1);
        }
        int stars = Math.min(n - 4, 28);
        return "" + s.charAt(0) + s.charAt(1) + "*".repeat(stars) + s.charAt(n - 2) + s.charAt(n - 1);
    }

    static Action strongest(List<Hit> hits) {
        Action a = Action.ALLOW;
        for (Hit h : hits) {
            a = a.strongest(h.action());
        }
        return a;
    }

    /**
     * Replaces the spans of REDACT matches within {@code [from, to)} by their placeholders (overlapping spans merge
     * into the first one's placeholder) and returns the result.
     */
    static String redact(CharSequence text, List<Match> matches, int from, int to) {
        List<Match> spans = new ArrayList<>();
        for (Match m : matches) {
            if (!m.budgetExceeded() && m.rule().def().action() == Action.REDACT && m.start() >= from
                    && m.end() <= to) {
                spans.add(m);
            }
        }
        if (spans.isEmpty()) {
            return text.subSequence(from, to).toString();
        }
        spans.sort(Comparator.comparingInt(Match::start).thenComparing(m -> -m.end()));
        StringBuilder b = new StringBuilder(to - from);
        int pos = from;
        for (Match m : spans) {
            if (m.end() <= pos) {
                continue;
            }
            if (m.start() >= pos) {
                b.append(text, pos, m.start()).append(m.rule().def().placeholder());
            }
            pos = m.end();
        }
        b.append(text, pos, to);
        return b.toString();
    }
}
