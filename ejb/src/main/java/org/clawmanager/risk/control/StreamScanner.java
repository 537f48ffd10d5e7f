package org.clawmanager.risk.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.clawmanager.risk.boundary.Action;
import org.clawmanager.risk.boundary.Hit;
import org.clawmanager.risk.boundary.StreamInspection;

/**
 * Inspects a stream chunk by chunk with the snapshot that was current when it opened. Holds back only the tail in
 * which a match may still be forming (never more than {@code maxHold} characters), keeps a little already-sent text
 * as context for look-behinds and word boundaries, and reports each hit once, with offsets into the whole stream.
 * After a BLOCK hit the stream is cut: nothing at or after the offending text is released.
 */
public final class StreamScanner implements StreamInspection {

    static final int CONTEXT = 128;

    private final RuleSet rules;
    private final int maxHold;
    private final StringBuilder buffer = new StringBuilder(); // context + pending
    private int contextLength;       // how much of buffer was already released
    private long released;           // stream offset of the end of released text
    private boolean blocked;
    private final Supplier<List<Hit>> none = List::of;

    public StreamScanner(RuleSet rules, int maxHold) {
        this.rules = rules;
        this.maxHold = Math.max(1, maxHold);
    }

    @Override
    public Step accept(String chunk) {
        if (blocked) {
            return new Step("", none.get(), Action.BLOCK);
        }
        if (chunk == null || chunk.isEmpty()) {
            return new Step("", none.get(), Action.ALLOW);
        }
        buffer.append(chunk);
        return step(false);
    }

    @Override
    public Step finish() {
        if (blocked) {
            return new Step("", none.get(), Action.BLOCK);
        }
        return step(true);
    }

    private Step step(boolean last) {
        int n = buffer.length();
        if (rules.size() == 0) {
            return release(n, List.of(), List.of());
        }
        RuleSet.Scan scan = rules.scan(buffer);
        int safe = last ? n : Math.max(scan.safe(), n - maxHold);
        List<Match> finals = new ArrayList<>();
        for (Match m : scan.matches()) {
            int start = m.budgetExceeded() ? contextLength : m.start();
            if (start >= contextLength && start < safe) {
                finals.add(m);
            }
        }
        finals.sort(Comparator.comparingInt(Match::start).thenComparingInt(m -> m.rule().index()));
        int upTo = Math.max(safe, contextLength);
        for (Match m : finals) {
            if (m.rule().def().action() == Action.BLOCK) {
                upTo = Math.max(contextLength, m.budgetExceeded() ? contextLength : m.start());
                blocked = true;
                break;
            }
            upTo = Math.max(upTo, m.end());
        }
        upTo = Math.min(upTo, n);
        return release(upTo, finals, scan.matches());
    }

    private Step release(int upTo, List<Match> finals, List<Match> all) {
        List<Hit> hits = new ArrayList<>(finals.size());
        long base = released - contextLength;
        for (Match m : finals) {
            Hit h = Findings.hit(m, buffer, 0);
            hits.add(new Hit(h.ruleId(), h.ruleName(), h.category(), h.severity(), h.action(),
                    (int) (h.start() + base), (int) (h.end() + base), h.excerpt()));
        }
        String emit = upTo > contextLength ? Findings.redact(buffer, finals, contextLength, upTo) : "";
        released += Math.max(0, upTo - contextLength);
        int keepFrom = Math.max(0, Math.max(upTo, contextLength) - CONTEXT);
        int newContext = Math.max(upTo, contextLength) - keepFrom;
        buffer.delete(0, keepFrom);
        contextLength = newContext;
        Action action = blocked ? Action.BLOCK : Findings.strongest(hits);
        return new Step(emit, List.copyOf(hits), action);
    }
}
