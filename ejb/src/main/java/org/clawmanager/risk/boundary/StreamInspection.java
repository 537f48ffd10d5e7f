package org.clawmanager.risk.boundary;

import java.util.List;

/** An inspection of one streamed text, fed chunk by chunk in order. Not thread-safe: one per stream. */
public interface StreamInspection {

    /** The part of the stream that may be sent now (redactions applied), the hits found in this step, and the action. */
    record Step(String emit, List<Hit> hits, Action action) {
    }

    Step accept(String chunk);

    /** Ends the stream: releases whatever was held back. */
    Step finish();
}
