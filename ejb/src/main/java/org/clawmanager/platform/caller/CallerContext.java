package org.clawmanager.platform.caller;

import jakarta.enterprise.context.RequestScoped;

/**
 * Holds the {@link Caller} of the current request. The WAR's authentication filter sets it; outside an HTTP
 * request (timers, start-up) it reads as {@link Caller#SYSTEM}.
 */
@RequestScoped
public class CallerContext {

    private Caller caller = Caller.SYSTEM;

    public Caller get() {
        return caller;
    }

    public void set(Caller caller) {
        this.caller = caller;
    }
}
