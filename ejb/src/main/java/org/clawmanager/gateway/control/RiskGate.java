package org.clawmanager.gateway.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.clawmanager.risk.boundary.Action;
import org.clawmanager.risk.boundary.ContentInspector;
import org.clawmanager.risk.boundary.Hit;
import org.clawmanager.risk.boundary.StreamInspection;
import org.clawmanager.risk.boundary.Verdict;

/**
 * Applies the risk rules (the {@link ContentInspector} of the risk feature) to requests and responses. Without an
 * inspector deployed there are no rules and everything passes. Each message is inspected on its own, so a redaction
 * can be written back into exactly the message it came from.
 */
@ApplicationScoped
public class RiskGate {

    @Inject
    Instance<ContentInspector> inspectors;

    /** The outcome for a whole request: strongest action, hits, and the messages with redactions applied. */
    public record Outcome(Action action, List<Hit> hits, JsonArray messages) {
    }

    private volatile Boolean active;

    /** Whether a risk feature is deployed (resolved once: the set of beans does not change at run time). */
    public boolean active() {
        Boolean a = active;
        if (a == null) {
            a = inspectors.isResolvable();
            active = a;
        }
        return a;
    }

    public Outcome inspectMessages(JsonArray messages) {
        if (!active()) {
            return new Outcome(Action.ALLOW, List.of(), messages);
        }
        ContentInspector inspector = inspectors.get();
        Action action = Action.ALLOW;
        List<Hit> hits = new ArrayList<>();
        JsonArrayBuilder out = Jsons.JSON.createArrayBuilder();
        boolean changed = false;
        for (JsonValue v : messages) {
            if (v instanceof JsonObject m && m.get("content") instanceof JsonString s) {
                Verdict verdict = inspector.inspect(ContentInspector.Direction.REQUEST, s.getString());
                action = action.strongest(verdict.action());
                hits.addAll(verdict.hits());
                if (!verdict.text().equals(s.getString())) {
                    out.add(Jsons.JSON.createObjectBuilder(m).add("content", verdict.text()));
                    changed = true;
                    continue;
                }
            } else if (v instanceof JsonObject m && m.get("content") instanceof JsonArray) {
                Verdict verdict = inspector.inspect(ContentInspector.Direction.REQUEST, Messages.text(m.get("content")));
                action = action.strongest(verdict.action());
                hits.addAll(verdict.hits());
            }
            out.add(v);
        }
        return new Outcome(action, hits, changed ? out.build() : messages);
    }

    public Verdict inspectText(ContentInspector.Direction direction, String text) {
        if (!active() || text == null || text.isEmpty()) {
            return Verdict.allow(text);
        }
        return inspectors.get().inspect(direction, text);
    }

    /** A stream inspection, or null when there are no rules. */
    public StreamInspection openResponseStream() {
        return active() ? inspectors.get().openStream(ContentInspector.Direction.RESPONSE) : null;
    }
}
