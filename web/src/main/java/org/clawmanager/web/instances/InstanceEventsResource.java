package org.clawmanager.web.instances;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.clawmanager.instances.boundary.LiveUpdates;
import org.clawmanager.platform.caller.CallerContext;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Server-sent events: {@code instance} (status changes) and {@code command} (progress) of the instances the caller
 * may see, from whichever replica made the change. Browsers read it with fetch (it needs the bearer header).
 */
@Path("instances/events")
@Tag(name = "instances")
@SecurityRequirement(name = "bearer")
@RolesAllowed({"admin", "operator", "user"})
public class InstanceEventsResource {

    @Inject
    LiveUpdates live;

    @Inject
    CallerContext callerContext;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void stream(@Context SseEventSink sink, @Context Sse sse) {
        sink.send(sse.newEventBuilder().name("ready").data("{}").build());
        live.subscribe(callerContext.get(), (kind, json) -> {
            if (sink.isClosed()) {
                return false;
            }
            OutboundSseEvent event = sse.newEventBuilder().name(kind).mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(json).build();
            sink.send(event).exceptionally(t -> {
                sink.close();
                return null;
            });
            return true;
        });
    }
}
