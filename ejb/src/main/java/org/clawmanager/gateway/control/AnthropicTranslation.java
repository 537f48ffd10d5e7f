package org.clawmanager.gateway.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** OpenAI chat ⇄ Anthropic Messages, for requests and whole responses (streams: {@link AnthropicStream}). */
public final class AnthropicTranslation {

    public static final int DEFAULT_MAX_TOKENS = 4096;

    private AnthropicTranslation() {
    }

    /** An OpenAI chat request as an Anthropic Messages request for {@code model}. */
    public static JsonObject toAnthropic(JsonObject o, String model, boolean stream) {
        JsonObjectBuilder a = Jsons.JSON.createObjectBuilder().add("model", model);
        StringBuilder system = new StringBuilder();
        JsonArrayBuilder msgs = Jsons.JSON.createArrayBuilder();
        for (JsonValue v : o.getJsonArray("messages")) {
            JsonObject m = (JsonObject) v;
            String role = m.getString("role", "user");
            switch (role) {
                case "system", "developer" -> system.append(system.isEmpty() ? "" : "\n")
                        .append(Messages.text(m.get("content")));
                case "tool" -> msgs.add(Jsons.JSON.createObjectBuilder().add("role", "user").add("content",
                        Jsons.JSON.createArrayBuilder().add(Jsons.JSON.createObjectBuilder().add("type", "tool_result")
                                .add("tool_use_id", m.getString("tool_call_id", ""))
                                .add("content", Messages.text(m.get("content"))))));
                case "assistant" -> {
                    JsonArrayBuilder blocks = Jsons.JSON.createArrayBuilder();
                    String text = Messages.text(m.get("content"));
                    if (!text.isEmpty()) {
                        blocks.add(Jsons.JSON.createObjectBuilder().add("type", "text").add("text", text));
                    }
                    if (m.get("tool_calls") instanceof JsonArray calls) {
                        for (JsonValue c : calls) {
                            JsonObject fn = ((JsonObject) c).getJsonObject("function");
                            blocks.add(Jsons.JSON.createObjectBuilder().add("type", "tool_use")
                                    .add("id", ((JsonObject) c).getString("id", ""))
                                    .add("name", fn.getString("name", "")).add("input", parseObject(
                                            fn.getString("arguments", "{}"))));
                        }
                    }
                    msgs.add(Jsons.JSON.createObjectBuilder().add("role", "assistant").add("content", blocks));
                }
                default -> msgs.add(Jsons.JSON.createObjectBuilder().add("role", "user")
                        .add("content", Messages.text(m.get("content"))));
            }
        }
        if (!system.isEmpty()) {
            a.add("system", system.toString());
        }
        a.add("messages", msgs);
        a.add("max_tokens", o.containsKey("max_completion_tokens") ? o.getJsonNumber("max_completion_tokens").longValue()
                : o.containsKey("max_tokens") ? o.getJsonNumber("max_tokens").longValue() : DEFAULT_MAX_TOKENS);
        copy(o, a, "temperature", "temperature");
        copy(o, a, "top_p", "top_p");
        if (o.get("stop") instanceof JsonString s) {
            a.add("stop_sequences", Jsons.JSON.createArrayBuilder().add(s.getString()));
        } else if (o.get("stop") instanceof JsonArray arr) {
            a.add("stop_sequences", arr);
        }
        boolean toolsOff = o.get("tool_choice") instanceof JsonString tc && "none".equals(tc.getString());
        if (o.get("tools") instanceof JsonArray tools && !tools.isEmpty() && !toolsOff) {
            JsonArrayBuilder t = Jsons.JSON.createArrayBuilder();
            for (JsonValue v : tools) {
                JsonObject fn = ((JsonObject) v).getJsonObject("function");
                JsonObjectBuilder tb = Jsons.JSON.createObjectBuilder().add("name", fn.getString("name", ""))
                        .add("input_schema", fn.containsKey("parameters") ? fn.get("parameters")
                                : Jsons.JSON.createObjectBuilder().add("type", "object").build());
                if (fn.containsKey("description")) {
                    tb.add("description", fn.get("description"));
                }
                t.add(tb);
            }
            a.add("tools", t);
            if (o.get("tool_choice") instanceof JsonString tc) {
                a.add("tool_choice", Jsons.JSON.createObjectBuilder().add("type", "required".equals(tc.getString()) ? "any" : "auto"));
            } else if (o.get("tool_choice") instanceof JsonObject tc && tc.get("function") instanceof JsonObject f) {
                a.add("tool_choice", Jsons.JSON.createObjectBuilder().add("type", "tool").add("name", f.getString("name", "")));
            }
        }
        if (stream) {
            a.add("stream", true);
        }
        return a.build();
    }

    /** An Anthropic Messages response as an OpenAI chat completion. */
    public static JsonObject toOpenAi(JsonObject a, String model) {
        StringBuilder text = new StringBuilder();
        JsonArrayBuilder calls = Jsons.JSON.createArrayBuilder();
        boolean hasCalls = false;
        for (JsonValue v : a.getJsonArray("content")) {
            JsonObject b = (JsonObject) v;
            if ("text".equals(b.getString("type", ""))) {
                text.append(b.getString("text", ""));
            } else if ("tool_use".equals(b.getString("type", ""))) {
                hasCalls = true;
                calls.add(Jsons.JSON.createObjectBuilder().add("id", b.getString("id", "")).add("type", "function")
                        .add("function", Jsons.JSON.createObjectBuilder().add("name", b.getString("name", ""))
                                .add("arguments", b.getOrDefault("input", JsonValue.EMPTY_JSON_OBJECT).toString())));
            }
        }
        JsonObjectBuilder msg = Jsons.JSON.createObjectBuilder().add("role", "assistant");
        if (text.isEmpty() && hasCalls) {
            msg.addNull("content");
        } else {
            msg.add("content", text.toString());
        }
        if (hasCalls) {
            msg.add("tool_calls", calls);
        }
        JsonObject u = a.getJsonObject("usage");
        long in = u == null ? 0 : u.getJsonNumber("input_tokens").longValue();
        long out = u == null ? 0 : u.getJsonNumber("output_tokens").longValue();
        long cached = u != null && u.get("cache_read_input_tokens") instanceof jakarta.json.JsonNumber n ? n.longValue() : 0;
        JsonObjectBuilder usage = Jsons.JSON.createObjectBuilder().add("prompt_tokens", in + cached)
                .add("completion_tokens", out).add("total_tokens", in + cached + out)
                .add("prompt_tokens_details", Jsons.JSON.createObjectBuilder().add("cached_tokens", cached));
        return Jsons.JSON.createObjectBuilder().add("id", a.getString("id", "msg")).add("object", "chat.completion")
                .add("created", System.currentTimeMillis() / 1000).add("model", model)
                .add("choices", Jsons.JSON.createArrayBuilder().add(Jsons.JSON.createObjectBuilder().add("index", 0)
                        .add("message", msg).add("finish_reason", finish(a.getString("stop_reason", "end_turn")))))
                .add("usage", usage).build();
    }

    public static String finish(String stopReason) {
        return switch (stopReason == null ? "" : stopReason) {
            case "max_tokens" -> "length";
            case "tool_use" -> "tool_calls";
            default -> "stop";
        };
    }

    static JsonObject parseObject(String s) {
        try {
            return Jsons.JSON.createReader(new StringReader(s)).readObject();
        } catch (RuntimeException e) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    private static void copy(JsonObject from, JsonObjectBuilder to, String k, String as) {
        if (from.containsKey(k) && from.get(k).getValueType() != JsonValue.ValueType.NULL) {
            to.add(as, from.get(k));
        }
    }
}
