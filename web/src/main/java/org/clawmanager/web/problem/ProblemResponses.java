package org.clawmanager.web.problem;

import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import org.clawmanager.platform.errors.ErrorKind;

/** Builds problem responses; used by the mapper and by filters that reject a request before a resource runs. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static int status(ErrorKind kind) {
        return switch (kind) {
            case INVALID_INPUT -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case PAYLOAD_TOO_LARGE -> 413;
            case QUOTA_EXCEEDED -> 422;
            case RATE_LIMITED -> 429;
            case UPSTREAM_FAILED -> 502;
            case UNAVAILABLE -> 503;
            case UPSTREAM_TIMEOUT -> 504;
        };
    }

    public static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }

    public static Response build(int status, String code, String detail, String requestId, Map<String, Object> details) {
        Response.ResponseBuilder rb = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, code, title(status), detail, requestId, details));
        if (status == 401) {
            rb.header("WWW-Authenticate", "Bearer realm=\"clawmanager\"");
        }
        return rb.build();
    }

    public static Response rateLimited(String code, String detail, String requestId, Duration retryAfter,
                                       Map<String, Object> details) {
        return Response.fromResponse(build(429, code, detail, requestId, details))
                .header("Retry-After", Math.max(1, retryAfter.toSeconds())).build();
    }
}
