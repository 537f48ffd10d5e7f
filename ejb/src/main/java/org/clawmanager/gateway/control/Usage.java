package org.clawmanager.gateway.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

/** Reads an OpenAI {@code usage} object into the exchange (prompt, completion, cached and reasoning tokens). */
public final class Usage {

    private Usage() {
    }

    public static boolean read(JsonObject usage, Exchange x) {
        if (usage == null) {
            return false;
        }
        x.promptTokens = num(usage, "prompt_tokens");
        x.completionTokens = num(usage, "completion_tokens");
        if (usage.get("prompt_tokens_details") instanceof JsonObject p) {
            x.cachedTokens = num(p, "cached_tokens");
        }
        if (usage.get("completion_tokens_details") instanceof JsonObject c) {
            x.reasoningTokens = num(c, "reasoning_tokens");
        }
        x.usageSource = "provider";
        return true;
    }

    private static long num(JsonObject o, String k) {
        return o.get(k) instanceof JsonNumber n ? n.longValue() : 0;
    }
}
