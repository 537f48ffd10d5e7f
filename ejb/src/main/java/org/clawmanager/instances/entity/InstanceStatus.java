package org.clawmanager.instances.entity;

import java.util.Locale;

/** Observed lifecycle of an instance as users see it; {@code reason}/{@code message} say why. */
public enum InstanceStatus {
    CREATING, RUNNING, STOPPED, ERROR, DELETING;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
