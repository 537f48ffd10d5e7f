package org.clawmanager.gateway.models;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.clawmanager.platform.errors.AuthenticationException;

/** {@code GET /v1/models}: the models this caller may use. */
@Path("models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelsResource {

    @GET
    public Object list(@HeaderParam("Authorization") String authorization) {
        throw new AuthenticationException("invalid_api_key", "Incorrect API key provided.");
    }
}
