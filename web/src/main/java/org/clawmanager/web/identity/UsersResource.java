package org.clawmanager.web.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.clawmanager.identity.boundary.CreateUserRequest;
import org.clawmanager.identity.boundary.CreatedUser;
import org.clawmanager.identity.boundary.ImportReport;
import org.clawmanager.identity.boundary.ProfileRequest;
import org.clawmanager.identity.boundary.QuotaRequest;
import org.clawmanager.identity.boundary.QuotaView;
import org.clawmanager.identity.boundary.RoleRequest;
import org.clawmanager.identity.boundary.UpdateUserRequest;
import org.clawmanager.identity.boundary.UserImport;
import org.clawmanager.identity.boundary.UserView;
import org.clawmanager.identity.boundary.Users;
import org.clawmanager.platform.paging.Page;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("users")
@Tag(name = "users", description = "Accounts, roles, quotas, CSV import")
@SecurityRequirement(name = "bearer")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class UsersResource {


    @EJB
    Users users;

    @EJB
    UserImport userImport;

    @Context
    UriInfo uri;

    @GET
    public Page<UserView> list(@QueryParam("q") String search, @QueryParam("role") String role,
                               @QueryParam("status") String status, @QueryParam("page") Integer page,
                               @QueryParam("size") Integer size) {
        return users.list(search, role, status, Page.page(page), Page.size(size, 50));
    }

    @POST
    public Response create(CreateUserRequest request) {
        CreatedUser created = users.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.user().id())).build())
                .entity(created).build();
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public ImportReport importCsv(String csv) {
        return userImport.importCsv(csv);
    }

    @GET
    @Path("me")
    @RolesAllowed({"admin", "operator", "user"})
    public UserView me() {
        return users.me();
    }

    @PATCH
    @Path("me")
    @RolesAllowed({"admin", "operator", "user"})
    public UserView updateMe(ProfileRequest request) {
        return users.updateMe(request);
    }

    @GET
    @Path("me/quota")
    @RolesAllowed({"admin", "operator", "user"})
    public QuotaView myQuota() {
        return users.myQuota();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"admin", "operator", "user"})
    public UserView get(@PathParam("id") long id) {
        return users.get(id);
    }

    @PATCH
    @Path("{id}")
    public UserView update(@PathParam("id") long id, UpdateUserRequest request) {
        return users.update(id, request);
    }

    @PUT
    @Path("{id}/role")
    public UserView changeRole(@PathParam("id") long id, RoleRequest request) {
        return users.changeRole(id, request);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        users.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/quota")
    @RolesAllowed({"admin", "operator", "user"})
    public QuotaView quota(@PathParam("id") long id) {
        return users.quota(id);
    }

    @PUT
    @Path("{id}/quota")
    public QuotaView updateQuota(@PathParam("id") long id, QuotaRequest request) {
        return users.updateQuota(id, request);
    }
}
