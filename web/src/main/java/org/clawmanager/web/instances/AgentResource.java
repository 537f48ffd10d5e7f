package org.clawmanager.web.instances;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.clawmanager.instances.boundary.AgentMessages;
import org.clawmanager.instances.boundary.AgentProtocol;
import org.clawmanager.instances.boundary.CommandLongPoll;
import org.clawmanager.instances.boundary.CommandView;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Agent protocol v1 (docs/agent-protocol.md). Agents authenticate with the {@code X-Agent-Token} header (bootstrap
 * token for register, session token otherwise), not with user access tokens; the boundary checks it. The heartbeat,
 * by far the busiest call, is the plain {@link HeartbeatServlet}.
 */
@Path("agent/v1")
@Tag(name = "agent", description = "Agent protocol v1: registration, heartbeats, state reports, commands")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class AgentResource {

    static final String TOKEN = "X-Agent-Token";

    @EJB
    AgentProtocol protocol;

    @Inject
    CommandLongPoll longPoll;

    @POST
    @Path("register")
    public AgentMessages.Registration register(@HeaderParam(TOKEN) String token, AgentMessages.RegisterRequest r) {
        return protocol.register(token, r);
    }

    @POST
    @Path("state")
    public Response report(@HeaderParam(TOKEN) String token, AgentMessages.StateReport report) {
        protocol.report(token, report);
        return Response.noContent().build();
    }

    /** Long poll: the next command (200), or 204 when none arrived within {@code wait} seconds (max 25). */
    @GET
    @Path("commands/next")
    public void next(@HeaderParam(TOKEN) String token, @QueryParam("wait") Integer waitSeconds,
                     @Suspended AsyncResponse response) {
        Duration wait = Duration.ofSeconds(waitSeconds == null ? 25 : Math.max(0, Math.min(waitSeconds, 60)));
        response.setTimeout(wait.toSeconds() + 10, TimeUnit.SECONDS);
        try {
            longPoll.next(token, wait,
                    next -> response.resume(next.<Response>map(c -> Response.ok(c).build())
                            .orElseGet(() -> Response.noContent().build())),
                    response::resume);
        } catch (RuntimeException e) {
            response.resume(e);
        }
    }

    @POST
    @Path("commands/{id}/start")
    public CommandView start(@HeaderParam(TOKEN) String token, @PathParam("id") long id) {
        return protocol.start(token, id);
    }

    @POST
    @Path("commands/{id}/finish")
    public CommandView finish(@HeaderParam(TOKEN) String token, @PathParam("id") long id, AgentMessages.Finish f) {
        return protocol.finish(token, id, f);
    }
}
