package org.clawmanager.gateway.errors;

/** The error envelope OpenAI clients parse: {@code {"error": {"message", "type", "code", "param"}}}. */
public record OpenAiError(Body error) {

    public record Body(String message, String type, String code, String param) {
    }

    public static OpenAiError of(String message, String type, String code, String param) {
        return new OpenAiError(new Body(message, type, code, param));
    }
}
