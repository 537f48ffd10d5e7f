package org.clawmanager.gateway.errors;

import org.clawmanager.gateway.boundary.Gateway;
import org.clawmanager.platform.errors.DomainException;

/**
 * How domain errors leave the gateway: the HTTP status of each error kind and the OpenAI error {@code type} of each
 * status, so OpenAI SDKs raise their matching exception classes.
 */
public final class GatewayErrorMapper {

    private GatewayErrorMapper() {
    }

    public static int status(DomainException d) {
        return Gateway.status(d.kind());
    }

    public static String type(int status) {
        return switch (status) {
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 429 -> "rate_limit_error";
            case 400, 405, 409, 413, 415 -> "invalid_request_error";
            default -> "api_error";
        };
    }
}
