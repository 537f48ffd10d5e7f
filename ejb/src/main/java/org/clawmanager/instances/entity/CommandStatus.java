package org.clawmanager.instances.entity;

import java.util.Locale;

/** {@code pending → dispatched → running → succeeded | failed | timed_out | cancelled}. */
public enum CommandStatus {
    PENDING, DISPATCHED, RUNNING, SUCCEEDED, FAILED, TIMED_OUT, CANCELLED;

    public boolean terminal() {
        return ordinal() >= SUCCEEDED.ordinal();
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
