package org.clawmanager.risk.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clawmanager.risk.boundary.Hit;
import org.clawmanager.risk.boundary.Verdict;

/** Whole-text inspection with one snapshot. */
public final class Inspections {

    private Inspections() {
    }

    public static Verdict inspect(RuleSet rules, String text) {
        if (text == null || text.isEmpty() || rules.size() == 0) {
            return Verdict.allow(text == null ? "" : text);
        }
        RuleSet.Scan scan = rules.scan(text);
        if (scan.matches().isEmpty()) {
            return Verdict.allow(text);
        }
        List<Match> matches = new ArrayList<>(scan.matches());
        matches.sort(Comparator.comparingInt(Match::start).thenComparingInt(m -> m.rule().index()));
        List<Hit> hits = new ArrayList<>(matches.size());
        for (Match m : matches) {
            hits.add(Findings.hit(m, text, 0));
        }
        return new Verdict(Findings.strongest(hits), Findings.redact(text, matches, 0, text.length()),
                List.copyOf(hits));
    }
}
