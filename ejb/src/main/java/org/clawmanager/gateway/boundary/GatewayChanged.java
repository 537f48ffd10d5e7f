package org.clawmanager.gateway.boundary;

/** Fired inside a transaction that changed keys or the catalog; observed after commit to refresh every replica. */
public record GatewayChanged(boolean keys, boolean catalog) {

    public static final GatewayChanged KEYS = new GatewayChanged(true, false);
    public static final GatewayChanged CATALOG = new GatewayChanged(false, true);
}
