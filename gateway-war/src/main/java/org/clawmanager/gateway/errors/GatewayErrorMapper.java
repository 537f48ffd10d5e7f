package org.clawmanager.gateway.errors;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clawmanager.platform.errors.DomainException;
import org.clawmanager.platform.errors.RateLimitedException;

/** The gateway's one error mapper: every failure leaves as an OpenAI error envelope with the matching status. */
@Provider
public class GatewayErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(GatewayErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof DomainException d) {
            int status = status(d);
            Response.ResponseBuilder rb = respond(status, d.getMessage(), type(status), d.code(),
                    (String) d.details().get("param"));
            if (d instanceof RateLimitedException r) {
                rb.header("Retry-After", Math.max(1, r.retryAfter().toSeconds()));
            }
            return rb.build();
        }
        if (e instanceof ConstraintViolationException cve) {
            var v = cve.getConstraintViolations().iterator().next();
            String param = v.getPropertyPath().toString().replaceFirst("^[^.]*\\.[^.]*\\.?", "");
            return respond(400, param + " " + v.getMessage(), "invalid_request_error", "invalid_value", param).build();
        }
        if (isMalformed(thrown)) {
            return respond(400, "We could not parse the JSON body of your request.", "invalid_request_error",
                    "invalid_json", null).build();
        }
        if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            int status = wae.getResponse().getStatus();
            String message = switch (status) {
                case 404 -> "Unknown request URL. Please check the URL and method.";
                case 405 -> "Method not allowed for this URL.";
                case 415 -> "The request body must be application/json.";
                default -> "Invalid request.";
            };
            return respond(status, message, "invalid_request_error", status == 404 ? "unknown_url" : null, null).build();
        }
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "gateway request " + id + " failed", thrown);
        return respond(500, "The gateway could not complete the request (" + id + ").", "server_error", null, null)
                .build();
    }

    public static Response.ResponseBuilder respond(int status, String message, String type, String code, String param) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(OpenAiError.of(message, type, code, param));
    }

    public static int status(DomainException d) {
        return switch (d.kind()) {
            case INVALID_INPUT -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case PAYLOAD_TOO_LARGE -> 413;
            case QUOTA_EXCEEDED, RATE_LIMITED -> 429;
            case UPSTREAM_FAILED -> 502;
            case UNAVAILABLE -> 503;
            case UPSTREAM_TIMEOUT -> 504;
        };
    }

    public static String type(int status) {
        return switch (status) {
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 429 -> "rate_limit_error";
            case 400, 409, 413 -> "invalid_request_error";
            default -> "api_error";
        };
    }

    private static Throwable unwrap(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof DomainException || c instanceof ConstraintViolationException) {
                return c;
            }
        }
        return t;
    }

    private static boolean isMalformed(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof JsonbException || c instanceof JsonParsingException || c instanceof jakarta.json.JsonException) {
                return true;
            }
        }
        return false;
    }
}
