package org.clawmanager.web.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.clawmanager.audit.boundary.AuditEntryView;
import org.clawmanager.audit.boundary.AuditLog;
import org.clawmanager.audit.boundary.AuditQuery;
import org.clawmanager.platform.errors.InvalidInputException;
import org.clawmanager.platform.paging.Page;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("audit")
@Tag(name = "audit", description = "Admin audit log of every change made by a person")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class AuditResource {

    @EJB
    AuditLog auditLog;

    /** Newest first. {@code action} accepts a trailing '*' (for example {@code user.*}); times are ISO-8601 instants. */
    @GET
    public Page<AuditEntryView> search(@QueryParam("actor") String actor, @QueryParam("action") String action,
                                       @QueryParam("targetType") String targetType,
                                       @QueryParam("targetId") String targetId, @QueryParam("outcome") String outcome,
                                       @QueryParam("from") String from, @QueryParam("to") String to,
                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return auditLog.search(new AuditQuery(blank(actor), blank(action), blank(targetType), blank(targetId),
                blank(outcome), instant("from", from), instant("to", to), Page.page(page), Page.size(size, 50)));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be an ISO-8601 instant such as 2026-11-24T00:00:00Z");
        }
    }
}
