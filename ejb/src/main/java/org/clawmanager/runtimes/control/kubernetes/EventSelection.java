package org.clawmanager.runtimes.control.kubernetes;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Picks the newest Warning event about one object, for the human message of a status. */
final class EventSelection {

    private EventSelection() {
    }

    static Optional<Event> latest(List<Event> events, HasMetadata about, Set<String> reasons) {
        String uid = about.getMetadata().getUid();
        String name = about.getMetadata().getName();
        return events.stream()
                .filter(e -> e.getType() == null || "Warning".equals(e.getType()))
                .filter(e -> reasons.isEmpty() || reasons.contains(e.getReason()))
                .filter(e -> e.getInvolvedObject() != null && name.equals(e.getInvolvedObject().getName()))
                .filter(e -> uid == null || e.getInvolvedObject().getUid() == null
                        || uid.equals(e.getInvolvedObject().getUid()))
                .max(Comparator.comparing(EventSelection::when));
    }

    /** Newest Warning event of the given reasons about any object whose name starts with {@code prefix}. */
    static Optional<Event> latestByPrefix(List<Event> events, String kind, String prefix, Set<String> reasons) {
        return events.stream()
                .filter(e -> e.getInvolvedObject() != null && kind.equals(e.getInvolvedObject().getKind()))
                .filter(e -> e.getInvolvedObject().getName() != null
                        && e.getInvolvedObject().getName().startsWith(prefix))
                .filter(e -> reasons.contains(e.getReason()))
                .max(Comparator.comparing(EventSelection::when));
    }

    static Instant when(Event e) {
        for (String t : new String[] {e.getLastTimestamp(), e.getFirstTimestamp(),
                e.getEventTime() == null ? null : e.getEventTime().getTime(),
                e.getMetadata() == null ? null : e.getMetadata().getCreationTimestamp()}) {
            Instant parsed = parse(t);
            if (parsed != null) {
                return parsed;
            }
        }
        return Instant.EPOCH;
    }

    static Instant parse(String timestamp) {
        if (timestamp == null || timestamp.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(timestamp).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
