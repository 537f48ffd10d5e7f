package org.clawmanager.web.gateway;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.clawmanager.gateway.boundary.CreatedKey;
import org.clawmanager.gateway.boundary.GatewayKeys;
import org.clawmanager.gateway.boundary.KeyRequest;
import org.clawmanager.gateway.boundary.KeyView;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("gateway/keys")
@Tag(name = "gateway", description = "AI gateway: keys, providers, models, policies, audit and cost")
@SecurityRequirement(name = "bearer")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "operator", "user"})
public class GatewayKeysResource {

    @EJB
    GatewayKeys keys;

    @Context
    UriInfo uri;

    /** The caller's keys; {@code all=true} lists everyone's (admins only). */
    @GET
    public List<KeyView> list(@QueryParam("all") boolean all) {
        return keys.list(all);
    }

    /** Creates a key; the answer carries the secret ({@code key}) — the only time it is shown. */
    @POST
    public Response create(KeyRequest request) {
        CreatedKey created = keys.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public KeyView get(@PathParam("id") long id) {
        return keys.get(id);
    }

    @POST
    @Path("{id}/rotate")
    public CreatedKey rotate(@PathParam("id") long id) {
        return keys.rotate(id);
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") long id) {
        keys.revoke(id);
        return Response.noContent().build();
    }
}
