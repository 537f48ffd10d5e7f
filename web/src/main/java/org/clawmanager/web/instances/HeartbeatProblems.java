package org.clawmanager.web.instances;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.clawmanager.platform.errors.DomainException;
import org.clawmanager.web.problem.Problem;
import org.clawmanager.web.problem.ProblemResponses;

/** problem+json for {@link HeartbeatServlet}, outside JAX-RS: the same bodies and codes the ProblemMapper writes. */
final class HeartbeatProblems {

    private static final Logger LOG = Logger.getLogger(HeartbeatProblems.class.getName());
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    private static final Jsonb JSONB = JsonbBuilder.create();

    private HeartbeatProblems() {
    }

    static String requestId(HttpServletRequest req) {
        String offered = req.getHeader("X-Request-Id");
        if (offered != null && SANE.matcher(offered).matches()) {
            return offered;
        }
        // a request id only correlates log lines: no SecureRandom (and its lock) on the hottest path
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new UUID(r.nextLong(), r.nextLong()).toString();
    }

    static void write(HttpServletResponse resp, RuntimeException thrown, String requestId) throws IOException {
        for (Throwable c = thrown; c != null; c = c.getCause()) {
            if (c instanceof DomainException d) {
                write(resp, ProblemResponses.status(d.kind()), d.code(), d.getMessage(), requestId, d.details());
                return;
            }
            if (c instanceof ConstraintViolationException cve) {
                List<Map<String, String>> errors = cve.getConstraintViolations().stream()
                        .map(v -> Map.of("field", field(v.getPropertyPath().toString()), "message", v.getMessage()))
                        .sorted(Comparator.comparing((Map<String, String> m) -> m.get("field"))).toList();
                String detail = errors.size() == 1 ? errors.get(0).get("field") + ": " + errors.get(0).get("message")
                        : errors.size() + " fields are invalid";
                write(resp, 400, "invalid-input", detail, requestId, Map.of("errors", errors));
                return;
            }
            if (c instanceof EJBAccessException) {
                write(resp, 403, "forbidden", "your role does not allow this", requestId, null);
                return;
            }
        }
        LOG.log(Level.SEVERE, "request " + requestId + " failed", thrown);
        write(resp, 500, "internal-error", "the server could not complete the request; quote " + requestId
                + " when reporting it", requestId, null);
    }

    static void write(HttpServletResponse resp, int status, String code, String detail, String requestId,
                      Map<String, Object> details) throws IOException {
        if (resp.isCommitted()) {
            return;
        }
        byte[] body = JSONB.toJson(Problem.of(status, code, ProblemResponses.title(status), detail, requestId, details))
                .getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        if (status == 401) {
            resp.setHeader("WWW-Authenticate", "Bearer realm=\"clawmanager\"");
        }
        resp.setContentType(Problem.MEDIA_TYPE);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** "heartbeat.beat.runtimeStatus" → "runtimeStatus" (method and parameter dropped, as in the ProblemMapper). */
    private static String field(String propertyPath) {
        String[] parts = propertyPath.split("\\.");
        return parts.length >= 3 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : "body";
    }
}
