package org.clawmanager.risk.boundary;

/**
 * Seam between the AI gateway and the risk-control rules: the gateway hands every request text and every response
 * (whole or streamed) to the inspector and acts on the {@link Verdict}. Rules are compiled once and refreshed on
 * change on every replica; inspecting never touches the database.
 */
public interface ContentInspector {

    enum Direction { REQUEST, RESPONSE }

    /** Inspects a whole text (a request's messages flattened, or a complete response). */
    Verdict inspect(Direction direction, String text);

    /**
     * Starts inspecting a streamed response. Matches that span chunk boundaries are found; to redact or block before
     * the text reaches the client, the inspection may hold back a short tail of the stream (never more than the
     * longest possible match) and releases it as soon as it cannot be part of a match.
     */
    StreamInspection openStream(Direction direction);
}
