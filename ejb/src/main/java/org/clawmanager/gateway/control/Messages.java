package org.clawmanager.gateway.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Reads the text out of OpenAI chat messages (string content or arrays of text parts). */
public final class Messages {

    private Messages() {
    }

    public static String text(JsonValue content) {
        if (content == null) {
            return "";
        }
        return switch (content.getValueType()) {
            case STRING -> ((JsonString) content).getString();
            case ARRAY -> {
                StringBuilder sb = new StringBuilder();
                for (JsonValue part : (JsonArray) content) {
                    if (part instanceof JsonObject o && o.get("text") instanceof JsonString s) {
                        if (!sb.isEmpty()) {
                            sb.append('\n');
                        }
                        sb.append(s.getString());
                    }
                }
                yield sb.toString();
            }
            default -> "";
        };
    }

    /** All message texts of a chat request, one per line (what risk rules and token estimates look at). */
    public static String flatten(JsonArray messages) {
        StringBuilder sb = new StringBuilder();
        for (JsonValue m : messages) {
            if (m instanceof JsonObject o) {
                String t = text(o.get("content"));
                if (!t.isEmpty()) {
                    sb.append(t).append('\n');
                }
                if (o.get("tool_calls") instanceof JsonArray calls) {
                    sb.append(calls).append('\n');
                }
            }
        }
        return sb.toString();
    }

    public static String lastUserText(JsonArray messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof JsonObject o && "user".equals(o.getString("role", null))) {
                return text(o.get("content"));
            }
        }
        return "";
    }
}
