package org.clawmanager.instances.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers for the JSON columns (env, payloads, results, state reports). */
public final class Json {

    private Json() {
    }

    /** The stored JSON text as a value; null for null, and a string value for text that is not JSON. */
    public static JsonValue parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try (JsonReader r = jakarta.json.Json.createReader(new StringReader(text))) {
            return r.readValue();
        } catch (RuntimeException notJson) {
            return jakarta.json.Json.createValue(text);
        }
    }

    public static String envToJson(Map<String, String> env) {
        if (env == null || env.isEmpty()) {
            return null;
        }
        var b = jakarta.json.Json.createObjectBuilder();
        env.forEach(b::add);
        return b.build().toString();
    }

    public static Map<String, String> envFromJson(String text) {
        Map<String, String> env = new LinkedHashMap<>();
        if (parse(text) instanceof JsonObject o) {
            o.forEach((k, v) -> env.put(k, v.getValueType() == JsonValue.ValueType.STRING
                    ? ((jakarta.json.JsonString) v).getString() : v.toString()));
        }
        return env;
    }
}
