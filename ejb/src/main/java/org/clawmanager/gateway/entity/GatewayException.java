package org.clawmanager.gateway.entity;

import java.util.Map;
import org.clawmanager.platform.errors.DomainException;
import org.clawmanager.platform.errors.ErrorKind;

/** Gateway errors with OpenAI-style codes (e.g. {@code model_not_found}) and an optional {@code param}. */
public class GatewayException extends DomainException {

    public GatewayException(ErrorKind kind, String code, String message) {
        super(kind, code, message);
    }

    public GatewayException(ErrorKind kind, String code, String message, String param) {
        super(kind, code, message, param == null ? Map.of() : Map.of("param", param));
    }

    public static GatewayException invalid(String param, String message) {
        return new GatewayException(ErrorKind.INVALID_INPUT, "invalid_value", message, param);
    }
}
