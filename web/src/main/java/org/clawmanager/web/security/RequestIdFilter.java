package org.clawmanager.web.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clawmanager.platform.caller.Caller;
import org.clawmanager.platform.caller.CallerContext;

/**
 * Gives every request an id (the client's {@code X-Request-Id} when it is sane), returns it in the response and
 * records where the request came from, before anything else can fail.
 */
@Provider
@PreMatching
@Priority(100)
public class RequestIdFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = "clawmanager.requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    @Inject
    CallerContext callerContext;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String offered = request.getHeaderString(HEADER);
        String id = offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        request.setProperty(ATTRIBUTE, id);
        String agent = request.getHeaderString("User-Agent");
        callerContext.set(Caller.ANONYMOUS.withNetwork(servletRequest.getRemoteAddr(), agent, id));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(ATTRIBUTE);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
    }

    public static String requestId(HttpServletRequest request) {
        Object id = request == null ? null : request.getAttribute(ATTRIBUTE);
        return id == null ? UUID.randomUUID().toString() : id.toString();
    }
}
