package org.clawmanager.risk.boundary;

/** What a rule asks the gateway to do, weakest first: the strongest action among all hits wins. */
public enum Action {
    /** record the hit only */
    ALLOW,
    /** replace the matched text with a placeholder and go on */
    REDACT,
    /** send the request to the designated secure (internal) model instead */
    REROUTE,
    /** refuse the request (or cut the stream) */
    BLOCK;

    public Action strongest(Action other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
