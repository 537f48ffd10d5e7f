package org.clawmanager.gateway.control;

import jakarta.json.JsonObject;

/** Sends an OpenAI-shaped request to one deployment and returns an OpenAI-shaped answer (translated if needed). */
public interface Upstream {

    enum Call { CHAT, EMBEDDINGS }

    UpstreamResponse send(Route route, Call call, JsonObject body, boolean stream) throws UpstreamException;
}
