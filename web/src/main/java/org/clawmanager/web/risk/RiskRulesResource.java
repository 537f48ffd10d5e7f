package org.clawmanager.web.risk;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.clawmanager.risk.boundary.BulkEnableRequest;
import org.clawmanager.risk.boundary.RiskRuleRequest;
import org.clawmanager.risk.boundary.RiskRuleView;
import org.clawmanager.risk.boundary.RiskRules;
import org.clawmanager.risk.boundary.RiskTestRequest;
import org.clawmanager.risk.boundary.RiskTestResult;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("gateway/risk-rules")
@Tag(name = "risk-rules", description = "Risk-control rules of the AI gateway: list, edit, enable, test")
@SecurityRequirement(name = "bearer")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class RiskRulesResource {

    @EJB
    RiskRules rules;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({"admin", "operator"})
    public List<RiskRuleView> list() {
        return rules.list();
    }

    @GET
    @Path("detectors")
    @RolesAllowed({"admin", "operator"})
    public Map<String, String> detectors() {
        return rules.detectors();
    }

    @POST
    public Response create(RiskRuleRequest request) {
        RiskRuleView created = rules.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.ruleId()).build()).entity(created).build();
    }

    @POST
    @Path("bulk-enable")
    public List<RiskRuleView> bulkEnable(BulkEnableRequest request) {
        return rules.setEnabled(request);
    }

    @POST
    @Path("test")
    @RolesAllowed({"admin", "operator"})
    public RiskTestResult test(RiskTestRequest request) {
        return rules.test(request);
    }

    @GET
    @Path("{ruleId}")
    @RolesAllowed({"admin", "operator"})
    public RiskRuleView get(@PathParam("ruleId") String ruleId) {
        return rules.get(ruleId);
    }

    @PUT
    @Path("{ruleId}")
    public RiskRuleView update(@PathParam("ruleId") String ruleId, RiskRuleRequest request) {
        return rules.update(ruleId, request);
    }

    @POST
    @Path("{ruleId}/enable")
    public RiskRuleView enable(@PathParam("ruleId") String ruleId) {
        return rules.setEnabled(ruleId, true);
    }

    @POST
    @Path("{ruleId}/disable")
    public RiskRuleView disable(@PathParam("ruleId") String ruleId) {
        return rules.setEnabled(ruleId, false);
    }

    @DELETE
    @Path("{ruleId}")
    public Response delete(@PathParam("ruleId") String ruleId) {
        rules.delete(ruleId);
        return Response.noContent().build();
    }
}
