package org.clawmanager.risk.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.clawmanager.risk.control.HitCounters;
import org.clawmanager.risk.control.Inspections;
import org.clawmanager.risk.control.RuleSetHolder;
import org.clawmanager.risk.control.StreamScanner;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway's {@link ContentInspector}: inspects with the current compiled snapshot (no database access) and counts
 * every hit per rule. Streams keep the snapshot that was current when they opened.
 */
@ApplicationScoped
public class RiskInspector implements ContentInspector {

    @Inject
    RuleSetHolder rules;

    @Inject
    HitCounters counters;

    @Inject
    @ConfigProperty(name = "clawmanager.risk.stream.max-hold-chars", defaultValue = "2048")
    int maxHold;

    @Override
    public Verdict inspect(Direction direction, String text) {
        Verdict v = Inspections.inspect(rules.current(direction == Direction.REQUEST), text);
        counters.record(v.hits());
        return v;
    }

    @Override
    public StreamInspection openStream(Direction direction) {
        StreamScanner scanner = new StreamScanner(rules.current(direction == Direction.REQUEST), maxHold);
        return new StreamInspection() {
            @Override
            public Step accept(String chunk) {
                Step s = scanner.accept(chunk);
                counters.record(s.hits());
                return s;
            }

            @Override
            public Step finish() {
                Step s = scanner.finish();
                counters.record(s.hits());
                return s;
            }
        };
    }
}
