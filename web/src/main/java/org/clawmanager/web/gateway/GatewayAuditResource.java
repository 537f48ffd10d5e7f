package org.clawmanager.web.gateway;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.clawmanager.gateway.boundary.Analytics;
import org.clawmanager.gateway.boundary.GatewayAudit;
import org.clawmanager.gateway.boundary.RecordDetail;
import org.clawmanager.gateway.boundary.RecordQuery;
import org.clawmanager.gateway.boundary.RecordView;
import org.clawmanager.platform.errors.InvalidInputException;
import org.clawmanager.platform.paging.Page;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Gateway request records and cost analytics: people see their own, admins everyone's. */
@Path("gateway")
@Tag(name = "gateway")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "operator", "user"})
public class GatewayAuditResource {

    @EJB
    GatewayAudit audit;

    /** Newest first. {@code from}/{@code to}: ISO instants or dates (UTC). */
    @GET
    @Path("audit")
    public Page<RecordView> search(@QueryParam("userId") Long userId, @QueryParam("instanceId") Long instanceId,
                                   @QueryParam("keyId") Long keyId, @QueryParam("model") String model,
                                   @QueryParam("status") Integer status, @QueryParam("from") String from,
                                   @QueryParam("to") String to, @QueryParam("page") Integer page,
                                   @QueryParam("size") Integer size) {
        return audit.search(new RecordQuery(userId, instanceId, keyId, blank(model), status, instant("from", from),
                instant("to", to), Page.page(page), Page.size(size, 50)));
    }

    @GET
    @Path("audit/{traceId}")
    public RecordDetail get(@PathParam("traceId") String traceId) {
        return audit.get(traceId);
    }

    /** Totals and groups over a range (default: the last 30 days); groupBy day, user, instance, team, key, model. */
    @GET
    @Path("analytics")
    public Analytics analytics(@QueryParam("groupBy") String groupBy, @QueryParam("userId") Long userId,
                               @QueryParam("instanceId") Long instanceId, @QueryParam("keyId") Long keyId,
                               @QueryParam("model") String model, @QueryParam("from") String from,
                               @QueryParam("to") String to) {
        return audit.analytics(new RecordQuery(userId, instanceId, keyId, blank(model), null, instant("from", from),
                instant("to", to), 0, 1), blank(groupBy));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String v = value.trim();
            return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be an ISO-8601 instant or date such as 2026-11-24");
        }
    }
}
