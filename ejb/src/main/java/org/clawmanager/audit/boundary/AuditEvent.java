package org.clawmanager.audit.boundary;

/**
 * A change a person made, fired by the feature that made it (synchronously, inside its transaction, so the
 * record commits or rolls back with the change). {@code before}/{@code after} are the feature's API views of
 * the target; secret-looking members are removed before storage.
 */
public record AuditEvent(String action, String targetType, String targetId, String summary, Object before,
                         Object after) {

    public static AuditEvent created(String action, String targetType, Object targetId, String summary, Object after) {
        return new AuditEvent(action, targetType, String.valueOf(targetId), summary, null, after);
    }

    public static AuditEvent changed(String action, String targetType, Object targetId, String summary, Object before,
                                     Object after) {
        return new AuditEvent(action, targetType, String.valueOf(targetId), summary, before, after);
    }

    public static AuditEvent deleted(String action, String targetType, Object targetId, String summary, Object before) {
        return new AuditEvent(action, targetType, String.valueOf(targetId), summary, before, null);
    }
}
