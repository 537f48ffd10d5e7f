package org.clawmanager.gateway.http;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.clawmanager.gateway.boundary.Gateway;
import org.clawmanager.gateway.boundary.ResponseSink;
import org.clawmanager.gateway.errors.GatewayErrorMapper;
import org.clawmanager.platform.errors.DomainException;
import org.clawmanager.platform.errors.ErrorKind;
import org.clawmanager.platform.errors.RateLimitedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The OpenAI-compatible endpoints as a plain servlet: the hot path skips JAX-RS matching, entity providers and
 * filters (measurably cheaper per request), and streams go straight to the servlet output. The default mapping "/"
 * answers every other path with a 404 envelope. Authentication is the gateway key, checked by the {@link Gateway}
 * boundary; no container security applies here.
 */
@WebServlet(urlPatterns = {"/chat/completions", "/embeddings", "/messages", "/models", "/"})
public class GatewayServlet extends HttpServlet {

    @Inject
    Gateway gateway;

    @Inject
    @ConfigProperty(name = "clawmanager.gateway.max-body-bytes", defaultValue = "8388608")
    int maxBody;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long start = System.nanoTime();
        String path = req.getServletPath();
        try {
            switch (path) {
                case "/models" -> models(req, resp, start);
                case "/chat/completions", "/embeddings", "/messages" -> post(req, resp, path, start);
                default -> error(resp, start, 404, "Unknown request URL.", "unknown_url", null);
            }
        } catch (DomainException e) {
            if (!resp.isCommitted()) {
                if ("/messages".equals(path)) {
                    anthropicError(resp, start, e);
                } else {
                    error(resp, start, e);
                }
            }
        }
    }

    private void models(HttpServletRequest req, HttpServletResponse resp, long start) throws IOException {
        if (!"GET".equals(req.getMethod())) {
            error(resp, start, 405, "Method not allowed for this URL.", "method_not_allowed", null);
            return;
        }
        var key = gateway.authenticate(req.getHeader("Authorization"), req.getHeader("x-api-key"));
        byte[] body = gateway.models(key).getBytes(StandardCharsets.UTF_8);
        resp.setHeader("X-Gateway-Overhead-Ms", ms(start));
        resp.setContentType("application/json");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private void post(HttpServletRequest req, HttpServletResponse resp, String path, long start) throws IOException {
        if (!"POST".equals(req.getMethod())) {
            error(resp, start, 405, "Method not allowed for this URL.", "method_not_allowed", null);
            return;
        }
        String type = req.getContentType();
        if (type != null && !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            error(resp, start, 415, "The request body must be application/json.", "unsupported_media_type", null);
            return;
        }
        byte[] body = read(req);
        if (body == null) {
            error(resp, start, 413, "The request body exceeds the limit of " + maxBody + " bytes.",
                    "request_too_large", null);
            return;
        }
        ResponseSink sink = new ServletSink(resp);
        if ("/messages".equals(path)) {
            gateway.handleMessages(req.getHeader("Authorization"), req.getHeader("x-api-key"), body, start, sink);
            return;
        }
        gateway.handle("/embeddings".equals(path) ? Gateway.Endpoint.EMBEDDINGS : Gateway.Endpoint.CHAT,
                req.getHeader("Authorization"), req.getHeader("x-api-key"), body, start, sink);
    }

    /** The body, or null when it is larger than the limit (checked while reading: chunked bodies too). */
    private byte[] read(HttpServletRequest req) throws IOException {
        long declared = req.getContentLengthLong();
        if (declared > maxBody) {
            return null;
        }
        try (InputStream in = req.getInputStream()) {
            byte[] b = in.readNBytes(maxBody + 1);
            return b.length > maxBody ? null : b;
        }
    }

    static String ms(long start) {
        return String.format(Locale.ROOT, "%.3f", (System.nanoTime() - start) / 1_000_000.0);
    }

    static void error(HttpServletResponse resp, long start, DomainException e) throws IOException {
        int status = GatewayErrorMapper.status(e);
        if (e instanceof RateLimitedException r) {
            resp.setHeader("Retry-After", Long.toString(Math.max(1, r.retryAfter().toSeconds())));
        }
        error(resp, start, status, e.getMessage(), e.code(), (String) e.details().get("param"));
        if (e.kind() == ErrorKind.UNAUTHENTICATED) {
            resp.setHeader("WWW-Authenticate", "Bearer");
        }
    }

    /** Anthropic's error shape for {@code /v1/messages}: {@code {"type":"error","error":{"type","message"}}}. */
    static void anthropicError(HttpServletResponse resp, long start, DomainException e) throws IOException {
        int status = GatewayErrorMapper.status(e);
        if (e instanceof RateLimitedException r) {
            resp.setHeader("Retry-After", Long.toString(Math.max(1, r.retryAfter().toSeconds())));
        }
        String type = switch (status) {
            case 400, 413 -> "invalid_request_error";
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 429 -> "rate_limit_error";
            case 503 -> "overloaded_error";
            default -> "api_error";
        };
        byte[] body = Json.createObjectBuilder().add("type", "error").add("error", Json.createObjectBuilder()
                .add("type", type).add("message", e.getMessage())).build().toString().getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setHeader("X-Gateway-Overhead-Ms", ms(start));
        resp.setContentType("application/json");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    static void error(HttpServletResponse resp, long start, int status, String message, String code, String param)
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
        byte[] body = Json.createObjectBuilder().add("error", err).build().toString().getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setHeader("X-Gateway-Overhead-Ms", ms(start));
        resp.setContentType("application/json");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** Adapts the servlet response to the boundary's sink: headers, then a flushed body stream. */
    static final class ServletSink implements ResponseSink {
        private final HttpServletResponse resp;

        ServletSink(HttpServletResponse resp) {
            this.resp = resp;
        }

        @Override
        public void header(String name, String value) {
            resp.setHeader(name, value);
        }

        @Override
        public OutputStream start(int status, String contentType) throws IOException {
            resp.setStatus(status);
            resp.setContentType(contentType);
            return resp.getOutputStream();
        }
    }
}
