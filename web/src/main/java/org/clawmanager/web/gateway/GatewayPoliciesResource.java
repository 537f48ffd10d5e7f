package org.clawmanager.web.gateway;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.clawmanager.gateway.boundary.GatewayPolicies;
import org.clawmanager.gateway.boundary.PolicyRequests.AccessRequest;
import org.clawmanager.gateway.boundary.PolicyRequests.AliasRequest;
import org.clawmanager.gateway.boundary.PolicyRequests.LimitRequest;
import org.clawmanager.gateway.boundary.PolicyRequests.PriceRequest;
import org.clawmanager.gateway.boundary.PolicyViews.AccessView;
import org.clawmanager.gateway.boundary.PolicyViews.AliasView;
import org.clawmanager.gateway.boundary.PolicyViews.LimitView;
import org.clawmanager.gateway.boundary.PolicyViews.PriceView;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("gateway")
@Tag(name = "gateway")
@SecurityRequirement(name = "bearer")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class GatewayPoliciesResource {

    @EJB
    GatewayPolicies policies;

    @GET
    @Path("aliases")
    public List<AliasView> aliases() {
        return policies.aliases();
    }

    @PUT
    @Path("aliases")
    public AliasView putAlias(AliasRequest request) {
        return policies.putAlias(request);
    }

    @DELETE
    @Path("aliases/{alias}")
    public Response deleteAlias(@PathParam("alias") String alias) {
        policies.deleteAlias(alias);
        return Response.noContent().build();
    }

    @GET
    @Path("prices")
    public List<PriceView> prices() {
        return policies.prices();
    }

    /** Adds a price version (versions are never edited: records keep the version they were costed with). */
    @POST
    @Path("prices")
    public Response addPrice(PriceRequest request) {
        return Response.status(201).entity(policies.addPrice(request)).build();
    }

    @GET
    @Path("limits")
    public List<LimitView> limits() {
        return policies.limits();
    }

    @POST
    @Path("limits")
    public Response addLimit(LimitRequest request) {
        return Response.status(201).entity(policies.addLimit(request)).build();
    }

    @DELETE
    @Path("limits/{id}")
    public Response deleteLimit(@PathParam("id") long id) {
        policies.deleteLimit(id);
        return Response.noContent().build();
    }

    @GET
    @Path("access")
    public List<AccessView> access() {
        return policies.accessLists();
    }

    @PUT
    @Path("access")
    public AccessView putAccess(AccessRequest request) {
        return policies.putAccess(request);
    }

    @DELETE
    @Path("access/{id}")
    public Response deleteAccess(@PathParam("id") long id) {
        policies.deleteAccess(id);
        return Response.noContent().build();
    }
}
