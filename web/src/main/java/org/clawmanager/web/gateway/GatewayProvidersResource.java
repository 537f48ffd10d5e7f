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
import java.util.Map;
import org.clawmanager.gateway.boundary.GatewayProviders;
import org.clawmanager.gateway.boundary.ModelRequest;
import org.clawmanager.gateway.boundary.ModelView;
import org.clawmanager.gateway.boundary.ProviderRequest;
import org.clawmanager.gateway.boundary.ProviderView;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("gateway")
@Tag(name = "gateway")
@SecurityRequirement(name = "bearer")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class GatewayProvidersResource {

    @EJB
    GatewayProviders providers;

    @GET
    @Path("providers")
    public List<ProviderView> providers() {
        return providers.providers();
    }

    @POST
    @Path("providers")
    public Response createProvider(ProviderRequest request) {
        return Response.status(201).entity(providers.createProvider(request)).build();
    }

    @PUT
    @Path("providers/{id}")
    public ProviderView updateProvider(@PathParam("id") long id, ProviderRequest request) {
        return providers.updateProvider(id, request);
    }

    @DELETE
    @Path("providers/{id}")
    public Response deleteProvider(@PathParam("id") long id) {
        providers.deleteProvider(id);
        return Response.noContent().build();
    }

    /** The provider's own model list (GET /models upstream). */
    @POST
    @Path("providers/{id}/discover")
    public Map<String, List<String>> discover(@PathParam("id") long id) {
        return Map.of("models", providers.discover(id));
    }

    @GET
    @Path("models")
    public List<ModelView> models() {
        return providers.models();
    }

    @POST
    @Path("models")
    public Response createModel(ModelRequest request) {
        return Response.status(201).entity(providers.createModel(request)).build();
    }

    @PUT
    @Path("models/{id}")
    public ModelView updateModel(@PathParam("id") long id, ModelRequest request) {
        return providers.updateModel(id, request);
    }

    @DELETE
    @Path("models/{id}")
    public Response deleteModel(@PathParam("id") long id) {
        providers.deleteModel(id);
        return Response.noContent().build();
    }
}
