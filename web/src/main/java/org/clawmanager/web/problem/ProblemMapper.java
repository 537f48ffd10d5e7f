package org.clawmanager.web.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clawmanager.platform.errors.DomainException;
import org.clawmanager.platform.errors.RateLimitedException;
import org.clawmanager.web.security.RequestIdFilter;

/**
 * The one place where errors of the management API become HTTP: {@code application/problem+json} for everything,
 * a safe detail for clients, the stack trace only in the server log (with the same instance id), never for 4xx.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable thrown) {
        String requestId = RequestIdFilter.requestId(request);
        Throwable e = Causes.unwrap(thrown);
        if (e instanceof RateLimitedException r) {
            return ProblemResponses.rateLimited(r.code(), r.getMessage(), requestId, r.retryAfter(), r.details());
        }
        if (e instanceof DomainException d) {
            int status = ProblemResponses.status(d.kind());
            LOG.fine(() -> "request " + requestId + ": " + status + " " + d.code() + " " + d.getMessage());
            return ProblemResponses.build(status, d.code(), d.getMessage(), requestId, d.details());
        }
        if (e instanceof ConstraintViolationException cve) {
            return invalid(cve, requestId);
        }
        if (e instanceof EJBAccessException) {
            return ProblemResponses.build(403, "forbidden", "your role does not allow this", requestId, null);
        }
        if (e instanceof PayloadTooLargeException p) {
            return ProblemResponses.build(413, "payload-too-large", p.getMessage(), requestId, null);
        }
        if (Causes.isMalformedBody(thrown)) {
            return ProblemResponses.build(400, "malformed-body",
                    "the request body is not valid JSON of the expected shape", requestId, null);
        }
        if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            return fromWebApplication(wae, requestId);
        }
        if (Causes.isConcurrentUpdate(thrown)) {
            return ProblemResponses.build(409, "concurrent-modification",
                    "someone else changed this at the same time; reload it and try again", requestId, null);
        }
        LOG.log(Level.SEVERE, "request " + requestId + " failed", thrown);
        return ProblemResponses.build(500, "internal-error",
                "the server could not complete the request; quote " + requestId + " when reporting it", requestId, null);
    }

    private static Response fromWebApplication(WebApplicationException wae, String requestId) {
        int status = wae.getResponse().getStatus();
        String code = switch (status) {
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "route-not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> "bad-request";
        };
        String detail = switch (status) {
            case 401 -> "a valid access token is required";
            case 403 -> "your role does not allow this";
            case 404 -> "no such resource";
            case 405 -> "this method is not allowed on this resource";
            case 406 -> "the requested media type cannot be produced";
            case 415 -> "the request body must be application/json";
            default -> "the request is not valid";
        };
        Response r = ProblemResponses.build(status, code, detail, requestId, null);
        Object allow = wae.getResponse().getHeaders().getFirst("Allow");
        return allow == null ? r : Response.fromResponse(r).header("Allow", allow).build();
    }

    static Response invalid(ConstraintViolationException cve, String requestId) {
        List<Map<String, String>> errors = cve.getConstraintViolations().stream()
                .map(v -> Map.of("field", field(v.getPropertyPath().toString()), "message", v.getMessage()))
                .sorted(Comparator.comparing((Map<String, String> m) -> m.get("field")))
                .toList();
        String detail = errors.size() == 1 ? errors.get(0).get("field") + ": " + errors.get(0).get("message")
                : errors.size() + " fields are invalid";
        return ProblemResponses.build(400, "invalid-input", detail, requestId, Map.of("errors", errors));
    }

    /**
     * Boundary method violations have paths like "create.request.username": the method and parameter are dropped,
     * so the client sees "username". A violation on a whole request parameter (a missing body) is "body".
     */
    static String field(String propertyPath) {
        String[] parts = propertyPath.split("\\.");
        if (parts.length >= 3) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
        String last = parts[parts.length - 1];
        return parts.length == 2 && !last.equals("request") && !last.matches("arg\\d+") ? last : "body";
    }

    /** Finds the business cause behind container wrappers. */
    static final class Causes {
        private Causes() {
        }

        static Throwable unwrap(Throwable t) {
            Throwable current = t;
            for (int i = 0; i < 10 && current != null; i++) {
                if (current instanceof DomainException || current instanceof ConstraintViolationException
                        || current instanceof EJBAccessException || current instanceof PayloadTooLargeException) {
                    return current;
                }
                current = current.getCause();
            }
            return t;
        }

        /** JPA's and EclipseLink's optimistic-lock failures (two people saving one row), matched by name. */
        static boolean isConcurrentUpdate(Throwable t) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c.getClass().getSimpleName().equals("OptimisticLockException")) {
                    return true;
                }
            }
            return false;
        }

        static boolean isMalformedBody(Throwable t) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c instanceof JsonbException || c instanceof JsonParsingException
                        || c instanceof jakarta.json.JsonException) {
                    return true;
                }
                if (c instanceof ProcessingException && c.getCause() == null) {
                    return true;
                }
            }
            return false;
        }
    }
}
