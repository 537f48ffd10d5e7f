package org.clawmanager.gateway.http;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.clawmanager.gateway.boundary.ResponseSink;
import org.clawmanager.gateway.errors.GatewayErrorMapper;
import org.clawmanager.platform.errors.DomainException;
import org.clawmanager.platform.errors.ErrorKind;
import org.clawmanager.platform.errors.RateLimitedException;

/** Writes the error envelopes: OpenAI's {@code {"error":{message,type,code,param}}} and Anthropic's. */
final class V1Errors {

    private V1Errors() {
    }

    static String ms(long start) {
        return String.format(Locale.ROOT, "%.3f", (System.nanoTime() - start) / 1_000_000.0);
    }

    static void write(ResponseSink x, long start, DomainException e) throws IOException {
        int status = GatewayErrorMapper.status(e);
        retryAfter(x, e);
        if (e.kind() == ErrorKind.UNAUTHENTICATED) {
            x.header("WWW-Authenticate", "Bearer");
        }
        write(x, start, status, e.getMessage(), e.code(), (String) e.details().get("param"));
    }

    /** Anthropic's error shape for {@code /v1/messages}: {@code {"type":"error","error":{"type","message"}}}. */
    static void anthropic(ResponseSink x, long start, DomainException e) throws IOException {
        int status = GatewayErrorMapper.status(e);
        retryAfter(x, e);
        String type = switch (status) {
            case 400, 413 -> "invalid_request_error";
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 429 -> "rate_limit_error";
            case 503 -> "overloaded_error";
            default -> "api_error";
        };
        send(x, start, status, Json.createObjectBuilder().add("type", "error").add("error", Json.createObjectBuilder()
                .add("type", type).add("message", e.getMessage())).build().toString());
    }

    static void write(ResponseSink x, long start, int status, String message, String code, String param)
            throws IOException {
        JsonObjectBuilder err = Json.createObjectBuilder().add("message", message)
                .add("type", GatewayErrorMapper.type(status));
        if (code == null) {
            err.addNull("code");
        } else {
            err.add("code", code);
        }
        if (param == null) {
            err.addNull("param");
        } else {
            err.add("param", param);
        }
        send(x, start, status, Json.createObjectBuilder().add("error", err).build().toString());
    }

    private static void retryAfter(ResponseSink x, DomainException e) {
        if (e instanceof RateLimitedException r) {
            x.header("Retry-After", Long.toString(Math.max(1, r.retryAfter().toSeconds())));
        }
    }

    private static void send(ResponseSink x, long start, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        x.header("X-Gateway-Overhead-Ms", ms(start));
        try (OutputStream out = x.start(status, "application/json")) {
            out.write(body);
        }
    }
}
