package org.clawmanager.web.instances;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.clawmanager.instances.boundary.Instances;
import org.clawmanager.runtimes.boundary.Capacity;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("cluster")
@Tag(name = "cluster", description = "Capacity of the runtime driver (nodes or this host)")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "operator"})
public class ClusterResource {

    @EJB
    Instances instances;

    @GET
    @Path("capacity")
    public Capacity capacity() {
        return instances.capacity();
    }
}
