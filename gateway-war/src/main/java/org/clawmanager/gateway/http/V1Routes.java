package org.clawmanager.gateway.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.clawmanager.gateway.boundary.Gateway;
import org.clawmanager.platform.errors.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The OpenAI-compatible endpoints, independent of the transport: method, media type and size checks, then the
 * {@link Gateway} boundary; every refusal in the OpenAI error envelope ({@code /v1/messages}: Anthropic's shape).
 */
@ApplicationScoped
public class V1Routes {

    @Inject
    Gateway gateway;

    @Inject
    @ConfigProperty(name = "clawmanager.gateway.max-body-bytes", defaultValue = "8388608")
    int maxBody;

    public void serve(V1Exchange x, long start) throws IOException {
        String path = x.path();
        try {
            switch (path) {
                case "/models" -> models(x, start);
                case "/chat/completions", "/embeddings", "/messages" -> post(x, path, start);
                default -> V1Errors.write(x, start, 404, "Unknown request URL.", "unknown_url", null);
            }
        } catch (DomainException e) {
            if (!x.committed()) {
                if ("/messages".equals(path)) {
                    V1Errors.anthropic(x, start, e);
                } else {
                    V1Errors.write(x, start, e);
                }
            }
        }
    }

    private void models(V1Exchange x, long start) throws IOException {
        if (!"GET".equals(x.method())) {
            V1Errors.write(x, start, 405, "Method not allowed for this URL.", "method_not_allowed", null);
            return;
        }
        var key = gateway.authenticate(x.header("Authorization"), x.header("x-api-key"));
        byte[] body = gateway.models(key).getBytes(StandardCharsets.UTF_8);
        x.header("X-Gateway-Overhead-Ms", V1Errors.ms(start));
        try (OutputStream out = x.start(200, "application/json")) {
            out.write(body);
        }
    }

    private void post(V1Exchange x, String path, long start) throws IOException {
        if (!"POST".equals(x.method())) {
            V1Errors.write(x, start, 405, "Method not allowed for this URL.", "method_not_allowed", null);
            return;
        }
        String type = x.header("Content-Type");
        if (type != null && !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            V1Errors.write(x, start, 415, "The request body must be application/json.", "unsupported_media_type", null);
            return;
        }
        byte[] body = x.contentLength() > maxBody ? null : x.body(maxBody);
        if (body == null) {
            tooLarge(x, start);
            return;
        }
        if ("/messages".equals(path)) {
            gateway.handleMessages(x.header("Authorization"), x.header("x-api-key"), body, start, x);
            return;
        }
        gateway.handle("/embeddings".equals(path) ? Gateway.Endpoint.EMBEDDINGS : Gateway.Endpoint.CHAT,
                x.header("Authorization"), x.header("x-api-key"), body, start, x);
    }

    /** 413 in the OpenAI envelope; also used by the listener when a body outgrows the limit while arriving. */
    public void tooLarge(V1Exchange x, long start) throws IOException {
        V1Errors.write(x, start, 413, "The request body exceeds the limit of " + maxBody + " bytes.",
                "request_too_large", null);
    }

    public int maxBody() {
        return maxBody;
    }

    /** The answer to a request the HTTP decoder could not read. */
    public static void malformed(V1Exchange x, long start) throws IOException {
        V1Errors.write(x, start, 400, "The HTTP request could not be read.", "malformed_request", null);
    }

    /** The error a request gets when something unexpected broke: no detail, no stack trace. */
    public static void internal(V1Exchange x, long start) throws IOException {
        if (!x.committed()) {
            V1Errors.write(x, start, 500, "The gateway failed to process the request.", "internal_error", null);
        }
    }
}
