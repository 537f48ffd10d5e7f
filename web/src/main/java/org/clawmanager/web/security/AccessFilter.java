package org.clawmanager.web.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Arrays;
import java.util.Set;
import java.util.logging.Logger;
import org.clawmanager.identity.boundary.Authentication;
import org.clawmanager.platform.caller.Caller;
import org.clawmanager.platform.caller.CallerContext;
import org.clawmanager.web.problem.ProblemResponses;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Default-deny access control for every resource method: it must declare {@code @PermitAll} or
 * {@code @RolesAllowed} (on the method or its class), otherwise nobody may call it. Establishes the {@link Caller}
 * from the validated access token and refuses tokens whose session was revoked (logout, password change).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AccessFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(AccessFilter.class.getName());

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    CallerContext callerContext;

    @EJB
    Authentication authentication;

    @Override
    public void filter(ContainerRequestContext request) {
        String requestId = RequestIdFilter.requestId(servletRequest);
        Principal principal = request.getSecurityContext().getUserPrincipal();
        if (principal instanceof JsonWebToken jwt) {
            String sid = jwt.getClaim("sid");
            if (!authentication.sessionActive(sid)) {
                request.abortWith(ProblemResponses.build(401, "session-ended",
                        "this session has ended; log in again", requestId, null));
                return;
            }
            Set<String> groups = jwt.getGroups();
            String role = groups == null || groups.isEmpty() ? null : groups.iterator().next();
            Caller anonymous = callerContext.get();
            callerContext.set(new Caller(Long.valueOf(jwt.getSubject()), jwt.getName(), role, sid,
                    anonymous.sourceIp(), anonymous.userAgent(), requestId));
        }
        Method method = resource.getResourceMethod();
        if (method == null) {
            return; // no resource matched; JAX-RS answers 404/405 through the mapper
        }
        Access access = Access.of(method, resource.getResourceClass());
        if (access.permitAll) {
            return;
        }
        if (access.roles == null) {
            LOG.severe("resource method without a role declaration refused: " + method);
            request.abortWith(ProblemResponses.build(403, "forbidden", "this operation is not open to anyone",
                    requestId, null));
            return;
        }
        if (!(principal instanceof JsonWebToken)) {
            request.abortWith(ProblemResponses.build(401, "unauthenticated", "a valid access token is required",
                    requestId, null));
            return;
        }
        if (!access.roles.contains(callerContext.get().role())) {
            request.abortWith(ProblemResponses.build(403, "forbidden", "your role does not allow this",
                    requestId, null));
        }
    }

    /** The access rule declared for a method: the method's annotation wins over its class's. */
    record Access(boolean permitAll, Set<String> roles) {
        static Access of(Method method, Class<?> type) {
            Access onMethod = declared(method);
            return onMethod != null ? onMethod : declared(type) != null ? declared(type) : new Access(false, null);
        }

        private static Access declared(AnnotatedElement element) {
            if (element.isAnnotationPresent(DenyAll.class)) {
                return new Access(false, Set.of());
            }
            if (element.isAnnotationPresent(PermitAll.class)) {
                return new Access(true, null);
            }
            RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
            return roles == null ? null : new Access(false, Set.copyOf(Arrays.asList(roles.value())));
        }
    }
}
