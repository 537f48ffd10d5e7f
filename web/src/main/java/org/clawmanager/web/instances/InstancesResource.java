package org.clawmanager.web.instances;

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
import org.clawmanager.instances.boundary.BatchCreateRequest;
import org.clawmanager.instances.boundary.BatchDeleteRequest;
import org.clawmanager.instances.boundary.CommandRequest;
import org.clawmanager.instances.boundary.CommandView;
import org.clawmanager.instances.boundary.InstanceCommands;
import org.clawmanager.instances.boundary.InstanceView;
import org.clawmanager.instances.boundary.Instances;
import org.clawmanager.platform.paging.Page;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("instances")
@Tag(name = "instances", description = "Agent runtime instances, their lifecycle and commands")
@SecurityRequirement(name = "bearer")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "operator", "user"})
public class InstancesResource {

    @EJB
    Instances instances;

    @EJB
    InstanceCommands commands;

    @Context
    UriInfo uri;

    @GET
    public Page<InstanceView> list(@QueryParam("ownerId") Long ownerId, @QueryParam("status") String status,
                                   @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return instances.list(ownerId, status, Page.page(page), Page.size(size, 50));
    }

    @POST
    public Response create(org.clawmanager.instances.boundary.CreateInstanceRequest request) {
        InstanceView created = instances.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @POST
    @Path("batch")
    public Response createBatch(BatchCreateRequest request) {
        return Response.status(201).entity(instances.createBatch(request)).build();
    }

    @POST
    @Path("batch-delete")
    public Response deleteBatch(BatchDeleteRequest request) {
        return Response.accepted(instances.deleteBatch(request)).build();
    }

    @GET
    @Path("{id}")
    public InstanceView get(@PathParam("id") long id) {
        return instances.get(id);
    }

    @POST
    @Path("{id}/start")
    public Response start(@PathParam("id") long id) {
        return Response.accepted(instances.start(id)).build();
    }

    @POST
    @Path("{id}/stop")
    public Response stop(@PathParam("id") long id) {
        return Response.accepted(instances.stop(id)).build();
    }

    @POST
    @Path("{id}/restart")
    public Response restart(@PathParam("id") long id) {
        return Response.accepted(instances.restart(id)).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        return Response.accepted(instances.delete(id)).build();
    }

    @POST
    @Path("{id}/commands")
    public Response issue(@PathParam("id") long id, CommandRequest request) {
        CommandView c = commands.issue(id, request);
        return Response.status(202).location(uri.getAbsolutePathBuilder().path(String.valueOf(c.id())).build())
                .entity(c).build();
    }

    @GET
    @Path("{id}/commands")
    public List<CommandView> listCommands(@PathParam("id") long id, @QueryParam("limit") Integer limit) {
        return commands.list(id, limit == null ? 50 : Math.max(1, Math.min(limit, 200)));
    }

    @GET
    @Path("{id}/commands/{commandId}")
    public CommandView command(@PathParam("id") long id, @PathParam("commandId") long commandId) {
        return commands.get(id, commandId);
    }

    @POST
    @Path("{id}/commands/{commandId}/cancel")
    public CommandView cancel(@PathParam("id") long id, @PathParam("commandId") long commandId) {
        return commands.cancel(id, commandId);
    }
}
