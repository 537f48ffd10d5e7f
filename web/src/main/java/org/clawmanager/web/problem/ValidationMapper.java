package org.clawmanager.web.problem;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.clawmanager.web.security.RequestIdFilter;

/**
 * Bean Validation failures as problem+json with one entry per field. Registered for the exact exception type so it
 * takes precedence over the JAX-RS implementation's built-in plain-text mapper.
 */
@Provider
@Priority(1)
public class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        return ProblemMapper.invalid(e, RequestIdFilter.requestId(request));
    }
}
