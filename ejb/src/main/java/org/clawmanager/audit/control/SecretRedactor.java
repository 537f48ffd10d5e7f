package org.clawmanager.audit.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns an audited object into JSON with every secret-looking member replaced by {@code "[redacted]"}. The
 * audited views should not contain secrets in the first place; this is the second line of defence.
 */
public final class SecretRedactor {

    private static final Pattern SECRET_NAME = Pattern.compile(
            ".*(password|passwd|secret|token|apikey|api_key|accesskey|secretkey|credential|credentials|privatekey|"
                    + "private_key|authorization|cookie)$");
    private static final int MAX_CHARS = 32_000;
    private static final Jsonb JSONB = JsonbBuilder.create();

    private SecretRedactor() {
    }

    public static String toRedactedJson(Object value) {
        if (value == null) {
            return null;
        }
        String raw = value instanceof String s ? Json.createValue(s).toString() : JSONB.toJson(value);
        JsonValue parsed = Json.createReader(new StringReader(raw)).readValue();
        String redacted = redact(parsed).toString();
        return redacted.length() <= MAX_CHARS ? redacted : redacted.substring(0, MAX_CHARS) + "…";
    }

    static boolean isSecretName(String name) {
        return SECRET_NAME.matcher(name.toLowerCase(Locale.ROOT).replace("-", "")).matches();
    }

    private static JsonValue redact(JsonValue v) {
        return switch (v.getValueType()) {
            case OBJECT -> redactObject(v.asJsonObject());
            case ARRAY -> redactArray(v.asJsonArray());
            default -> v;
        };
    }

    private static JsonObject redactObject(JsonObject o) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
            boolean secret = isSecretName(e.getKey()) && e.getValue().getValueType() != JsonValue.ValueType.NULL;
            b.add(e.getKey(), secret ? Json.createValue("[redacted]") : redact(e.getValue()));
        }
        return b.build();
    }

    private static JsonArray redactArray(JsonArray a) {
        JsonArrayBuilder b = Json.createArrayBuilder();
        a.forEach(item -> b.add(redact(item)));
        return b.build();
    }
}
