package org.clawmanager.web.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clawmanager.identity.boundary.Authentication;
import org.clawmanager.identity.boundary.ChangePasswordRequest;
import org.clawmanager.identity.boundary.LoginRequest;
import org.clawmanager.identity.boundary.RefreshRequest;
import org.clawmanager.identity.boundary.TokenPair;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("auth")
@Tag(name = "auth", description = "Login, token refresh, logout, password change")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @EJB
    Authentication authentication;

    @POST
    @Path("login")
    @PermitAll
    public TokenPair login(LoginRequest request) {
        return authentication.login(request);
    }

    @POST
    @Path("refresh")
    @PermitAll
    public TokenPair refresh(RefreshRequest request) {
        return authentication.refresh(request);
    }

    @POST
    @Path("logout")
    @RolesAllowed({"admin", "operator", "user"})
    @SecurityRequirement(name = "bearer")
    public Response logout() {
        authentication.logout();
        return Response.noContent().build();
    }

    @POST
    @Path("password")
    @RolesAllowed({"admin", "operator", "user"})
    @SecurityRequirement(name = "bearer")
    public TokenPair changePassword(ChangePasswordRequest request) {
        return authentication.changePassword(request);
    }

    @GET
    @Path("jwks")
    @PermitAll
    public Response jwks() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        return Response.ok(authentication.jwks()).cacheControl(cache).build();
    }
}
