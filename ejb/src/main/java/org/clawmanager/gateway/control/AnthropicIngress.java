package org.clawmanager.gateway.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.clawmanager.gateway.entity.GatewayException;
import org.clawmanager.platform.errors.ErrorKind;

/**
 * {@code POST /v1/messages} for agents that speak Anthropic's Messages API: the request becomes an OpenAI chat request
 * (so routing, limits, risk rules and audit are the same for both), and the OpenAI answer is turned back into an
 * Anthropic message ({@link AnthropicEgress} for streams).
 */
public final class AnthropicIngress {

    private AnthropicIngress() {
    }

    public static JsonObject toOpenAi(JsonObject a) {
        if (!(a.get("model") instanceof JsonString)) {
            throw GatewayException.invalid("model", "model: Field required");
        }
        if (!(a.get("max_tokens") instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 1) {
            throw GatewayException.invalid("max_tokens", "max_tokens: must be a positive integer");
        }
        if (!(a.get("messages") instanceof JsonArray messages) || messages.isEmpty()) {
            throw GatewayException.invalid("messages", "messages: must be a non-empty array");
        }
        JsonArrayBuilder out = Jsons.JSON.createArrayBuilder();
        JsonValue system = a.get("system");
        if (system instanceof JsonString s) {
            out.add(Jsons.JSON.createObjectBuilder().add("role", "system").add("content", s.getString()));
        } else if (system instanceof JsonArray blocks) {
            out.add(Jsons.JSON.createObjectBuilder().add("role", "system").add("content", Messages.text(blocks)));
        }
        for (JsonValue v : messages) {
            if (!(v instanceof JsonObject m) || !(m.get("role") instanceof JsonString role)) {
                throw GatewayException.invalid("messages", "messages: every message needs a role");
            }
            message(role.getString(), m.get("content"), out);
        }
        JsonObjectBuilder o = Jsons.JSON.createObjectBuilder().add("model", a.getString("model")).add("messages", out)
                .add("max_tokens", a.getJsonNumber("max_tokens"));
        for (String k : new String[]{"temperature", "top_p"}) {
            if (a.get(k) instanceof JsonNumber num) {
                o.add(k, num);
            }
        }
        if (a.get("stop_sequences") instanceof JsonArray stop) {
            o.add("stop", stop);
        }
        if (a.get("stream") == JsonValue.TRUE) {
            o.add("stream", true);
        }
        if (a.get("tools") instanceof JsonArray tools && !tools.isEmpty()) {
            JsonArrayBuilder t = Jsons.JSON.createArrayBuilder();
            for (JsonValue tv : tools) {
                JsonObject tool = tv.asJsonObject();
                JsonObjectBuilder fn = Jsons.JSON.createObjectBuilder().add("name", tool.getString("name", "tool"))
                        .add("parameters", tool.containsKey("input_schema") ? tool.get("input_schema")
                                : JsonValue.EMPTY_JSON_OBJECT);
                if (tool.get("description") instanceof JsonString d) {
                    fn.add("description", d);
                }
                t.add(Jsons.JSON.createObjectBuilder().add("type", "function").add("function", fn));
            }
            o.add("tools", t);
        }
        if (a.get("tool_choice") instanceof JsonObject tc) {
            switch (tc.getString("type", "auto")) {
                case "any" -> o.add("tool_choice", "required");
                case "none" -> o.add("tool_choice", "none");
                case "tool" -> o.add("tool_choice", Jsons.JSON.createObjectBuilder().add("type", "function")
                        .add("function", Jsons.JSON.createObjectBuilder().add("name", tc.getString("name", ""))));
                default -> o.add("tool_choice", "auto");
            }
        }
        return o.build();
    }

    private static void message(String role, JsonValue content, JsonArrayBuilder out) {
        if (content instanceof JsonString s) {
            out.add(Jsons.JSON.createObjectBuilder().add("role", "assistant".equals(role) ? "assistant" : "user")
                    .add("content", s.getString()));
            return;
        }
        if (!(content instanceof JsonArray blocks)) {
            throw GatewayException.invalid("messages", "messages: content must be a string or an array of blocks");
        }
        StringBuilder text = new StringBuilder();
        JsonArrayBuilder parts = Jsons.JSON.createArrayBuilder();
        boolean hasImage = false;
        JsonArrayBuilder calls = Jsons.JSON.createArrayBuilder();
        boolean hasCalls = false;
        for (JsonValue bv : blocks) {
            if (!(bv instanceof JsonObject b)) {
                continue;
            }
            switch (b.getString("type", "")) {
                case "text" -> {
                    text.append(b.getString("text", ""));
                    parts.add(Jsons.JSON.createObjectBuilder().add("type", "text").add("text", b.getString("text", "")));
                }
                case "image" -> {
                    JsonObject src = b.getJsonObject("source");
                    if (src != null && "base64".equals(src.getString("type", ""))) {
                        hasImage = true;
                        parts.add(Jsons.JSON.createObjectBuilder().add("type", "image_url").add("image_url",
                                Jsons.JSON.createObjectBuilder().add("url", "data:" + src.getString("media_type", "image/png")
                                        + ";base64," + src.getString("data", ""))));
                    }
                }
                case "tool_use" -> {
                    hasCalls = true;
                    calls.add(Jsons.JSON.createObjectBuilder().add("id", b.getString("id", "")).add("type", "function")
                            .add("function", Jsons.JSON.createObjectBuilder().add("name", b.getString("name", ""))
                                    .add("arguments", b.getOrDefault("input", JsonValue.EMPTY_JSON_OBJECT).toString())));
                }
                case "tool_result" -> out.add(Jsons.JSON.createObjectBuilder().add("role", "tool")
                        .add("tool_call_id", b.getString("tool_use_id", ""))
                        .add("content", b.get("content") instanceof JsonString s ? s.getString()
                                : Messages.text(b.get("content"))));
                default -> {
                    // thinking and other blocks carry nothing an OpenAI-shaped upstream can use
                }
            }
        }
        if ("assistant".equals(role)) {
            JsonObjectBuilder m = Jsons.JSON.createObjectBuilder().add("role", "assistant").add("content", text.toString());
            if (hasCalls) {
                m.add("tool_calls", calls);
            }
            out.add(m);
        } else if (hasImage) {
            out.add(Jsons.JSON.createObjectBuilder().add("role", "user").add("content", parts));
        } else if (!text.isEmpty()) {
            out.add(Jsons.JSON.createObjectBuilder().add("role", "user").add("content", text.toString()));
        }
    }

    /** An OpenAI chat completion as an Anthropic message. */
    public static JsonObject toAnthropic(JsonObject o, String requestedModel) {
        JsonObject choice = o.getJsonArray("choices").getJsonObject(0);
        JsonObject msg = choice.getJsonObject("message");
        JsonArrayBuilder content = Jsons.JSON.createArrayBuilder();
        if (msg.get("content") instanceof JsonString s && !s.getString().isEmpty()) {
            content.add(Jsons.JSON.createObjectBuilder().add("type", "text").add("text", s.getString()));
        }
        if (msg.get("tool_calls") instanceof JsonArray calls) {
            for (JsonValue cv : calls) {
                JsonObject fn = cv.asJsonObject().getJsonObject("function");
                content.add(Jsons.JSON.createObjectBuilder().add("type", "tool_use").add("id", cv.asJsonObject().getString("id", ""))
                        .add("name", fn.getString("name", "")).add("input", AnthropicTranslation.parseObject(
                                fn.getString("arguments", "{}"))));
            }
        }
        JsonObject u = o.getJsonObject("usage");
        return Jsons.JSON.createObjectBuilder().add("id", "msg_" + o.getString("id", "gateway")).add("type", "message")
                .add("role", "assistant").add("model", requestedModel).add("content", content)
                .add("stop_reason", stopReason(choice.getString("finish_reason", "stop"))).addNull("stop_sequence")
                .add("usage", Jsons.JSON.createObjectBuilder()
                        .add("input_tokens", u == null ? 0 : u.getJsonNumber("prompt_tokens").longValue())
                        .add("output_tokens", u == null ? 0 : u.getJsonNumber("completion_tokens").longValue()))
                .build();
    }

    public static String stopReason(String finish) {
        return switch (finish == null ? "" : finish) {
            case "length" -> "max_tokens";
            case "tool_calls" -> "tool_use";
            default -> "end_turn";
        };
    }

    public static JsonObject read(byte[] bytes) {
        return Jsons.reader(bytes).readObject();
    }
}
