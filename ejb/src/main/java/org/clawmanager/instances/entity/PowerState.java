package org.clawmanager.instances.entity;

import java.util.Locale;

/** Desired power state of an instance. */
public enum PowerState {
    RUNNING, STOPPED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
